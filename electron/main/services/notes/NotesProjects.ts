// The notes of each project as loaded in memory: its store (collections.json), each collection's passages
// (read once from the per-source files) and its vectors file for the current embeddings model. Opening a
// project's notes also deletes passages files no collection lists any more: sources removed in an earlier
// session (kept then for Undo) or an add that a crash cut short.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EmbeddingChoice } from '../../../../shared/domain/notes/embedding';
import type { Passage } from '../../../../shared/domain/notes/types';
import { appError } from '../../../../shared/ipc/errors';
import { NotesStore, type StoredCollection } from './NotesStore';
import { VectorFile } from './VectorFile';

export interface Loaded {
  store: NotesStore;
  passages: Map<string, Passage[]>; // collectionId → passages (all sources)
  vectors: Map<string, VectorFile>; // collectionId → vectors for the current embeddings model
}

export class NotesProjects {
  private readonly loaded = new Map<string, Promise<Loaded>>();

  constructor(private readonly projectDir: (projectId: string) => string) {}

  load(projectId: string): Promise<Loaded> {
    let entry = this.loaded.get(projectId);
    if (!entry) {
      entry = NotesStore.open(path.join(this.projectDir(projectId), 'notes')).then(async (store) => {
        for (const c of store.collections())
          await store.pruneSources(c.id, new Set(c.sources.map((s) => s.id)));
        return { store, passages: new Map(), vectors: new Map() };
      });
      this.loaded.set(projectId, entry);
    }
    return entry;
  }

  async requireCollection(projectId: string, collectionId: string) {
    const loaded = await this.load(projectId);
    const collection = loaded.store.collection(collectionId);
    if (!collection) throw appError('not_found', { params: { what: 'collection' } });
    return { loaded, collection };
  }

  async passagesOf(loaded: Loaded, collection: StoredCollection): Promise<Passage[]> {
    let passages = loaded.passages.get(collection.id);
    if (!passages) {
      passages = [];
      for (const source of collection.sources)
        passages.push(...(await loaded.store.readPassages(collection.id, source)));
      loaded.passages.set(collection.id, passages);
    }
    return passages;
  }

  /** The collection's vectors for `choice`; a file for another model or size is closed and replaced. */
  async vectorsOf(loaded: Loaded, collectionId: string, choice: EmbeddingChoice): Promise<VectorFile> {
    const current = loaded.vectors.get(collectionId);
    if (current && current.header.model === choice.model && current.header.dimensions === choice.dimensions)
      return current;
    current?.close();
    await fs.mkdir(loaded.store.collectionDir(collectionId), { recursive: true, mode: 0o700 });
    const opened = await VectorFile.open(loaded.store.vectorsPath(collectionId), {
      model: choice.model,
      dimensions: choice.dimensions,
    });
    loaded.vectors.set(collectionId, opened);
    return opened;
  }

  dispose(): void {
    void Promise.all(
      [...this.loaded.values()].map(async (l) => {
        for (const v of (await l).vectors.values()) v.close();
      }),
    );
  }
}
