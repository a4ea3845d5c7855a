// A JSON file that is never lost: written atomically (temp file + fsync + rename, by write-file-atomic)
// with mode 0600, versioned with numbered migrations, validated on load, and backed by the last good copy.
//
// Why not conf/electron-store directly: conf keys migrations to the app's semver and answers a corrupt
// file by clearing it (data loss). Our policy is the opposite: keep the corrupt file aside for the user,
// start from the last good backup, and say so. The file format stays the same plain JSON conf writes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';

export type LoadOutcome = 'loaded' | 'created' | 'restored-from-backup' | 'reset-to-defaults';

export interface DurableJsonFileOptions<T> {
  file: string;
  version: number;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** migrations[n] turns data of version n-1 into version n. */
  migrations?: Record<number, (data: unknown) => unknown>;
  now?: () => Date;
}

interface Envelope {
  schemaVersion: number;
  data: unknown;
}

const FILE_MODE = 0o600;

export class DurableJsonFile<T> {
  private value: T;
  private lastGoodText: string | null;
  private writeChain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: DurableJsonFileOptions<T>,
    value: T,
    lastGoodText: string | null,
    readonly outcome: LoadOutcome,
    readonly quarantinedAs: string | null,
  ) {
    this.value = value;
    this.lastGoodText = lastGoodText;
  }

  static async open<T>(options: DurableJsonFileOptions<T>): Promise<DurableJsonFile<T>> {
    await fs.mkdir(path.dirname(options.file), { recursive: true, mode: 0o700 });
    await removeLeftoverTempFiles(options.file);

    const main = await readText(options.file);
    if (main === null) {
      const file = new DurableJsonFile(options, options.defaults(), null, 'created', null);
      await file.persist();
      return file;
    }
    const parsed = decode(main, options);
    if (parsed.ok) {
      const file = new DurableJsonFile(options, parsed.value, main, 'loaded', null);
      if (parsed.migrated) await file.persist();
      return file;
    }

    const quarantinedAs = `${options.file}.corrupt-${stamp(options.now?.() ?? new Date())}`;
    await fs.rename(options.file, quarantinedAs);
    const backupText = await readText(backupPath(options.file));
    const backup = backupText === null ? null : decode(backupText, options);
    const file =
      backup?.ok === true
        ? new DurableJsonFile(options, backup.value, null, 'restored-from-backup', quarantinedAs)
        : new DurableJsonFile(options, options.defaults(), null, 'reset-to-defaults', quarantinedAs);
    await file.persist();
    return file;
  }

  get(): T {
    return this.value;
  }

  /** Applies a change and resolves once it is safely on disk. Writes are serialized in call order. */
  async update(change: (current: T) => T): Promise<T> {
    const next = this.options.schema.parse(change(this.value));
    this.value = next;
    await this.persist();
    return next;
  }

  set(value: T): Promise<T> {
    return this.update(() => value);
  }

  private persist(): Promise<void> {
    const text = JSON.stringify({ schemaVersion: this.options.version, data: this.value } satisfies Envelope);
    const run = async () => {
      // The previous good content becomes the backup before the new content replaces it, so that a file
      // damaged later (disk, another program) can fall back one write.
      if (this.lastGoodText !== null) {
        await writeFileAtomic(backupPath(this.options.file), this.lastGoodText, { mode: FILE_MODE });
      }
      await writeFileAtomic(this.options.file, text, { mode: FILE_MODE });
      this.lastGoodText = text;
    };
    this.writeChain = this.writeChain.then(run, run);
    return this.writeChain;
  }
}

type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false };

function decode<T>(text: string, options: DurableJsonFileOptions<T>): Decoded<T> {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    return { ok: false };
  }
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.schemaVersion !== 'number') {
    return { ok: false };
  }
  // A file from a newer app version is not ours to interpret; treating it as corrupt keeps it aside intact.
  if (envelope.schemaVersion > options.version) return { ok: false };
  let data = envelope.data;
  for (let v = envelope.schemaVersion + 1; v <= options.version; v++) {
    const migrate = options.migrations?.[v];
    if (!migrate) return { ok: false };
    data = migrate(data);
  }
  const result = options.schema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data, migrated: envelope.schemaVersion !== options.version }
    : { ok: false };
}

async function readText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const backupPath = (file: string) => `${file}.bak`;
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** write-file-atomic names its temp files `<file>.<uint32>`; one left behind means a write was cut off. */
async function removeLeftoverTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.bak)?\\.\\d+$`);
  for (const name of await fs.readdir(dir)) {
    if (pattern.test(name)) await fs.rm(path.join(dir, name), { force: true });
  }
}
