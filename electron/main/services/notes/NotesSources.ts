// Notes (issue 16): how sources enter and leave a collection: files (dialog), a dropped file's private copy,
// pasted text, the project's examples, and removal with Undo. Split out of NotesService (which keeps the
// public methods and forwards here) so each file stays one concern: this one never embeds or searches.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ChatExample } from '../../../../shared/domain/chat';
import { splitIntoPassages } from '../../../../shared/domain/notes/split';
import {
  NOTES_LIMITS,
  type AddResult,
  type ImportOutcome,
  type NoteSource,
  type NoteSourceView,
} from '../../../../shared/domain/notes/types';
import { appError } from '../../../../shared/ipc/errors';
import { importDocument } from './importDocument';
import { importExamples } from './importers/examples';
import { importPasted } from './importers/pasted';
import type { NotesProjects } from './NotesProjects';

export interface NotesSourcesPorts {
  examplesOf(projectId: string): Promise<readonly { example: ChatExample }[]>;
  now(): Date;
}

/** A source as the renderer sees it: its main-only path left out. */
export const sourceView = ({ path: _path, ...rest }: NoteSource): NoteSourceView => rest;

export class NotesSources {
  /** Sources removed in this session, kept (with their place in the list) so Undo brings them back. */
  private readonly removed = new Map<string, { source: NoteSource; index: number }>();

  constructor(
    private readonly projects: NotesProjects,
    private readonly ports: NotesSourcesPorts,
  ) {}

  /** Adds files one by one; a file that cannot be read is reported and the others are still added. */
  async addFiles(projectId: string, collectionId: string, files: readonly string[]): Promise<AddResult> {
    const result: AddResult = { added: [], problems: [] };
    for (const file of files) {
      const outcome = await importDocument(file);
      await this.addOutcome(
        projectId,
        collectionId,
        outcome,
        { name: path.basename(file), path: file, bytes: outcome.bytes },
        result,
      );
    }
    return result;
  }

  /** A dropped file, read from the private copy main received; that copy is not kept as the source's path. */
  async addUpload(
    projectId: string,
    collectionId: string,
    upload: { path: string; name: string },
  ): Promise<AddResult> {
    const result: AddResult = { added: [], problems: [] };
    const outcome = await importDocument(upload.path, upload.name);
    await this.addOutcome(
      projectId,
      collectionId,
      outcome,
      { name: upload.name, path: null, bytes: outcome.bytes },
      result,
    );
    return result;
  }

  /** Pasted text as a source named by the user, split like a .txt file. */
  async addText(projectId: string, collectionId: string, name: string, text: string): Promise<AddResult> {
    const shown = name.trim();
    if (!shown) throw appError('bad_input', { path: 'name' });
    const result: AddResult = { added: [], problems: [] };
    const outcome = importPasted(text, shown);
    await this.addOutcome(
      projectId,
      collectionId,
      outcome,
      { name: shown, path: null, bytes: outcome.bytes },
      result,
    );
    return result;
  }

  /** The project's own examples as one source (re-adding replaces the previous copy). */
  async addExamples(projectId: string, collectionId: string, name: string): Promise<AddResult> {
    const result: AddResult = { added: [], problems: [] };
    const examples = (await this.ports.examplesOf(projectId)).map((e) => e.example);
    const { collection } = await this.projects.requireCollection(projectId, collectionId);
    const previous = collection.sources.find((s) => s.kind === 'examples');
    if (previous) {
      await this.dropSource(projectId, collectionId, previous.id);
      await (await this.projects.load(projectId)).store.removePassages(collectionId, previous.id);
    }
    await this.addOutcome(
      projectId,
      collectionId,
      importExamples(examples, name),
      { name, path: null, bytes: 0 },
      result,
    );
    return result;
  }

  private async addOutcome(
    projectId: string,
    collectionId: string,
    outcome: ImportOutcome,
    file: { name: string; path: string | null; bytes: number },
    result: AddResult,
  ): Promise<void> {
    if (!outcome.ok) {
      result.problems.push(outcome.problem);
      return;
    }
    const { loaded, collection } = await this.projects.requireCollection(projectId, collectionId);
    const sourceId = `src-${randomUUID().slice(0, 8)}`;
    const passages = splitIntoPassages(sourceId, outcome.blocks);
    const existing = (await this.projects.passagesOf(loaded, collection)).length;
    if (existing + passages.length > NOTES_LIMITS.maxPassagesPerCollection) {
      result.problems.push({
        code: 'too_many_passages',
        file: file.name,
        params: { passages: passages.length, room: NOTES_LIMITS.maxPassagesPerCollection - existing },
      });
      return;
    }
    await loaded.store.writePassages(collectionId, sourceId, passages);
    const source: NoteSource = {
      id: sourceId,
      kind: outcome.kind,
      name: file.name,
      path: file.path,
      bytes: file.bytes,
      addedAt: this.ports.now().toISOString(),
      passages: passages.length,
      encoding: outcome.encoding,
    };
    await loaded.store.saveCollections(
      loaded.store
        .collections()
        .map((c) => (c.id === collectionId ? { ...c, sources: [...c.sources, source] } : c)),
    );
    loaded.passages.get(collectionId)?.push(...passages);
    result.added.push(sourceView(source));
  }

  /**
   * Takes a source out of the collection. Its passages file stays until the project is next opened (and its
   * vectors until a compaction), so `restoreSource` can undo this without reading or paying for anything.
   */
  async removeSource(projectId: string, collectionId: string, sourceId: string): Promise<void> {
    const removed = await this.dropSource(projectId, collectionId, sourceId);
    this.removed.set(`${projectId}/${collectionId}/${sourceId}`, removed);
  }

  /** Undo of `removeSource` in this session: the source returns to its place with the same passages. */
  async restoreSource(projectId: string, collectionId: string, sourceId: string): Promise<NoteSourceView> {
    const key = `${projectId}/${collectionId}/${sourceId}`;
    const removed = this.removed.get(key);
    if (!removed) throw appError('not_found', { params: { what: 'source' } });
    const { loaded } = await this.projects.requireCollection(projectId, collectionId);
    await loaded.store.readPassages(collectionId, removed.source); // still there and valid, or this throws
    await loaded.store.saveCollections(
      loaded.store.collections().map((c) => {
        if (c.id !== collectionId) return c;
        const sources = [...c.sources];
        sources.splice(Math.min(removed.index, sources.length), 0, removed.source);
        return { ...c, sources };
      }),
    );
    loaded.passages.delete(collectionId); // re-read in source order on next use
    this.removed.delete(key);
    return sourceView(removed.source);
  }

  private async dropSource(projectId: string, collectionId: string, sourceId: string) {
    const { loaded, collection } = await this.projects.requireCollection(projectId, collectionId);
    const index = collection.sources.findIndex((s) => s.id === sourceId);
    const source = collection.sources[index];
    if (!source) throw appError('not_found', { params: { what: 'source' } });
    await loaded.store.saveCollections(
      loaded.store
        .collections()
        .map((c) =>
          c.id === collectionId ? { ...c, sources: c.sources.filter((s) => s.id !== sourceId) } : c,
        ),
    );
    loaded.passages.set(
      collectionId,
      (loaded.passages.get(collectionId) ?? []).filter((p) => p.sourceId !== sourceId),
    );
    return { source, index };
  }
}
