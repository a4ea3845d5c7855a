// One project on disk: a small metadata file (DurableJsonFile: atomic, 0600, backup, quarantine) and a
// separate examples file, because a project can hold 100,000 examples and renaming it or re-running a
// check must not rewrite tens of megabytes. Both are written by one ThrottledWriter (≤ AUTOSAVE_MS after
// a change) and flushed on close/quit.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import { applyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { OpenProject, ProjectExample, ProjectMeta } from '../../../../shared/domain/projects/types';
import { ProjectMetaSchema } from './schemas';
import { readExamplesWithRecovery, writeExamples } from './examplesFile';
import { ThrottledWriter } from './ThrottledWriter';

/** Autosave delay: with the write itself, edits reach disk well inside the 2 s the issue allows. */
export const AUTOSAVE_MS = 1000;

export const metaPath = (dir: string) => path.join(dir, 'project.json');
export const examplesPath = (dir: string) => path.join(dir, 'examples.jsonl');

export class ProjectStore {
  private examplesDirty = false;
  /** id → position, rebuilt when examples are added, removed or reordered: one-example edits skip the scan. */
  private positions = new Map<string, number>();
  private readonly writer: ThrottledWriter;

  private constructor(
    readonly dir: string,
    private readonly metaFile: DurableJsonFile<ProjectMeta>,
    private metaValue: ProjectMeta,
    private examplesValue: ProjectExample[],
    readonly recovered: OpenProject['recovered'],
    onError: (error: unknown) => void,
    private readonly now: () => Date,
    /** Examples that could not be read when the project opened (kept in the damaged file, aside). */
    readonly setAside = 0,
  ) {
    this.writer = new ThrottledWriter(() => this.writeAll(), AUTOSAVE_MS, onError);
    this.positions = new Map(examplesValue.map((e, i) => [e.id, i]));
  }

  static async create(
    dir: string,
    meta: ProjectMeta,
    examples: ProjectExample[],
    options: { onError?: (e: unknown) => void; now?: () => Date } = {},
  ): Promise<ProjectStore> {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    // Metadata first: a crash before the examples are written leaves a project the list shows (and
    // open() says its examples are missing), never examples in a folder the list cannot see.
    const metaFile = await DurableJsonFile.open({
      file: metaPath(dir),
      version: 1,
      schema: ProjectMetaSchema,
      defaults: () => ({ ...meta, exampleCount: examples.length }),
    });
    await writeExamples(examplesPath(dir), examples);
    return new ProjectStore(
      dir,
      metaFile,
      metaFile.get(),
      examples,
      undefined,
      options.onError ?? (() => {}),
      options.now ?? (() => new Date()),
    );
  }

  static async open(
    dir: string,
    options: { onError?: (e: unknown) => void; now?: () => Date } = {},
  ): Promise<ProjectStore | null> {
    // A folder without metadata is a project only if it holds examples (older versions wrote those first,
    // so a crash during creation left them there): it opens as a recovered project instead of hiding them.
    if (!(await anyExists([metaPath(dir), examplesPath(dir), `${examplesPath(dir)}.bak`]))) return null;
    const metaFile = await DurableJsonFile.open({
      file: metaPath(dir),
      version: 1,
      schema: ProjectMetaSchema,
      // Only reached when both the file and its backup are unreadable: keep the folder usable.
      defaults: () =>
        emptyMeta(path.basename(dir), 'Recovered project', (options.now ?? (() => new Date()))()),
    });
    const read = await readExamplesWithRecovery(examplesPath(dir), options.now ?? (() => new Date()));
    const { examples, setAside } = read;
    // Metadata that counts examples the folder does not have: their file never reached the disk.
    const recovered =
      read.recovered ??
      (examples.length === 0 && metaFile.get().exampleCount > 0 ? 'examples_reset' : undefined);
    const store = new ProjectStore(
      dir,
      metaFile,
      metaFile.get(),
      examples,
      recovered,
      options.onError ?? (() => {}),
      options.now ?? (() => new Date()),
      setAside,
    );
    // What opened is written back before anyone sees it: the damaged file is already aside, so a crash
    // before autosave would otherwise leave no examples file at all for the next start.
    if (recovered) {
      store.replaceExamples(examples);
      await store.flush();
    } else if (store.metaValue.exampleCount !== examples.length)
      store.updateMeta((m) => ({ ...m, exampleCount: examples.length }));
    return store;
  }

  get meta(): ProjectMeta {
    return this.metaValue;
  }

  get examples(): readonly ProjectExample[] {
    return this.examplesValue;
  }

  get hasPendingWrites(): boolean {
    return this.writer.pending;
  }

  /** Applies an edit; throws PatchError for ids that do not exist (the renderer is out of step). */
  applyPatch(patch: ExamplesPatch): void {
    const { examples } = applyPatch(this.examplesValue, patch, (id) => this.positions.get(id));
    this.replaceExamples(examples, !!patch.remove?.length || !!patch.insert?.length);
  }

  replaceExamples(examples: ProjectExample[], reordered = true): void {
    this.examplesValue = examples;
    if (reordered) this.positions = new Map(examples.map((e, i) => [e.id, i]));
    this.examplesDirty = true;
    this.metaValue = {
      ...this.metaValue,
      exampleCount: examples.length,
      updatedAt: this.now().toISOString(),
      report: this.metaValue.report ? { ...this.metaValue.report, stale: true } : null,
    };
    this.writer.schedule();
  }

  updateMeta(change: (meta: ProjectMeta) => ProjectMeta): ProjectMeta {
    this.metaValue = { ...change(this.metaValue), updatedAt: this.now().toISOString() };
    this.writer.schedule();
    return this.metaValue;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** Stops autosave without writing (the project is being deleted). */
  discard(): void {
    this.writer.cancel();
  }

  private async writeAll(): Promise<void> {
    if (this.examplesDirty) {
      this.examplesDirty = false;
      try {
        await writeExamples(examplesPath(this.dir), this.examplesValue);
      } catch (error) {
        this.examplesDirty = true;
        throw error;
      }
    }
    await this.metaFile.set(this.metaValue);
  }
}

async function anyExists(files: string[]): Promise<boolean> {
  for (const file of files) {
    try {
      await fs.access(file);
      return true;
    } catch {
      // try the next
    }
  }
  return false;
}

export function emptyMeta(id: string, name: string, now: Date): ProjectMeta {
  return {
    id,
    name,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    source: null,
    mapping: null,
    split: null,
    provider: 'practice',
    model: 'gpt-4.1-mini-2025-04-14',
    epochs: 'auto',
    report: null,
    exampleCount: 0,
  };
}
