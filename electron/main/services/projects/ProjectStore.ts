// One project on disk: a small metadata file (DurableJsonFile: atomic, 0600, backup, quarantine) and a
// separate examples file, because a project can hold 100,000 examples and renaming it or re-running a
// check must not rewrite tens of megabytes. Both are written by one ThrottledWriter (≤ AUTOSAVE_MS after
// a change) and flushed on close/quit.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import { applyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { OpenProject, ProjectExample, ProjectMeta } from '../../../../shared/domain/projects/types';
import { ProjectExampleSchema, ProjectMetaSchema } from './schemas';
import { ThrottledWriter } from './ThrottledWriter';

/** Autosave delay: with the write itself, edits reach disk well inside the 2 s the issue allows. */
export const AUTOSAVE_MS = 1000;
const EXAMPLES_FORMAT = 'tunesmith-examples';
const EXAMPLES_VERSION = 1;
const FILE_MODE = 0o600;

export const metaPath = (dir: string) => path.join(dir, 'project.json');
export const examplesPath = (dir: string) => path.join(dir, 'examples.jsonl');
const backupPath = (file: string) => `${file}.bak`;

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
    await writeExamples(examplesPath(dir), examples);
    const metaFile = await DurableJsonFile.open({
      file: metaPath(dir),
      version: 1,
      schema: ProjectMetaSchema,
      defaults: () => meta,
    });
    await metaFile.set({ ...meta, exampleCount: examples.length });
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
    try {
      await fs.access(metaPath(dir));
    } catch {
      return null;
    }
    const metaFile = await DurableJsonFile.open({
      file: metaPath(dir),
      version: 1,
      schema: ProjectMetaSchema,
      // Only reached when both the file and its backup are unreadable: keep the folder usable.
      defaults: () =>
        emptyMeta(path.basename(dir), 'Recovered project', (options.now ?? (() => new Date()))()),
    });
    const { examples, recovered } = await readExamplesWithRecovery(
      examplesPath(dir),
      options.now ?? (() => new Date()),
    );
    const store = new ProjectStore(
      dir,
      metaFile,
      metaFile.get(),
      examples,
      recovered,
      options.onError ?? (() => {}),
      options.now ?? (() => new Date()),
    );
    // A restored copy is written back at once so the next start does not have to recover again.
    if (recovered) store.replaceExamples(examples);
    else if (store.metaValue.exampleCount !== examples.length)
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

/** Examples serialized per write call: small enough that main's event loop never waits long. */
const WRITE_BATCH = 1000;

/**
 * JSONL, one example a line after a header line, streamed in batches to a temporary file (a 100k-example
 * project is ~30 MB: one JSON.stringify of it would block the main process for a noticeable time) and
 * fsynced. Then the previous file becomes the backup and the new one takes its name, each by a rename.
 * A crash while writing leaves the old file untouched; a crash between the renames leaves the backup,
 * which open() restores.
 */
async function writeExamples(file: string, examples: readonly ProjectExample[]): Promise<void> {
  const temp = `${file}.writing`;
  const handle = await fs.open(temp, 'w', FILE_MODE);
  try {
    const header = JSON.stringify({
      format: EXAMPLES_FORMAT,
      version: EXAMPLES_VERSION,
      count: examples.length,
    });
    await handle.write(header + '\n');
    for (let i = 0; i < examples.length; i += WRITE_BATCH) {
      let chunk = '';
      for (const e of examples.slice(i, i + WRITE_BATCH)) chunk += JSON.stringify(e) + '\n';
      await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(file, backupPath(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.rename(temp, file);
}

type ReadOutcome = { ok: true; examples: ProjectExample[] } | { ok: false; missing: boolean };

async function readExamples(file: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true };
    throw error;
  }
  const lines = text.split('\n');
  try {
    const header = JSON.parse(lines[0] ?? '') as { format?: string; version?: number; count?: number };
    if (header.format !== EXAMPLES_FORMAT || header.version !== EXAMPLES_VERSION)
      return { ok: false, missing: false };
    const examples: ProjectExample[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === '') continue;
      const parsed = ProjectExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) return { ok: false, missing: false };
      examples.push(parsed.data);
    }
    // A file cut short (it should not be, the write is atomic) is damaged, not merely smaller.
    if (examples.length !== header.count) return { ok: false, missing: false };
    return { ok: true, examples };
  } catch {
    return { ok: false, missing: false };
  }
}

async function readExamplesWithRecovery(
  file: string,
  now: () => Date,
): Promise<{ examples: ProjectExample[]; recovered: OpenProject['recovered'] }> {
  const main = await readExamples(file);
  if (main.ok) return { examples: main.examples, recovered: undefined };
  if (!main.missing) await fs.rename(file, `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`);
  const backup = await readExamples(backupPath(file));
  if (backup.ok) return { examples: backup.examples, recovered: 'examples_restored_from_backup' };
  return { examples: [], recovered: 'examples_reset' };
}
