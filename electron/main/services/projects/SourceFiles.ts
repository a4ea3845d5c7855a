// Files the user chose to import, behind opaque tokens: the renderer never names a path (it could name any
// file on disk). A token stands for a file picked in the native dialog, for bytes of a dropped file sent
// in chunks (a sandboxed renderer cannot learn a dropped file's path, and the preload stays generic), or
// for pasted Q&A text. Uploaded bytes go to a private temp folder; the user's own file is only ever read.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../../shared/ipc/errors';

export interface SourceFile {
  token: string;
  /** Shown to the user and used for format detection by extension. */
  fileName: string;
  bytes: number;
}

interface Entry extends SourceFile {
  path: string;
  /** For uploads: bytes received so far; the file is usable once it equals `bytes`. */
  received: number;
  temporary: boolean;
}

/** Largest dropped file accepted: the provider upload limit (OpenAI: 512 MB). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** One chunk of a dropped file, as base64 text: 1 MB of bytes per request keeps IPC messages small. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

const safeName = (name: string) =>
  path
    .basename(name)
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .slice(0, 120) || 'file';

export class SourceFiles {
  private readonly entries = new Map<string, Entry>();
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'imports');
  }

  /** Removes uploads left from an earlier run (they are copies, never the user's originals). */
  async cleanup(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  async addPicked(filePath: string): Promise<SourceFile> {
    const stat = await fs.stat(filePath).catch(() => null); // follows links: judged by what they point at
    if (!stat) throw appError('not_found', { path: 'file' });
    if (!stat.isFile()) throw appError('file_invalid', { params: { reason: 'not_a_regular_file' } });
    return this.add({
      fileName: path.basename(filePath),
      bytes: stat.size,
      path: filePath,
      received: stat.size,
      temporary: false,
    });
  }

  async beginUpload(fileName: string, bytes: number): Promise<SourceFile> {
    if (bytes > MAX_UPLOAD_BYTES)
      throw appError('file_invalid', { params: { reason: 'too_large', limit: MAX_UPLOAD_BYTES } });
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = safeName(fileName);
    const file = path.join(this.dir, `${randomBytes(6).toString('hex')}-${name}`);
    await fs.writeFile(file, '', { mode: 0o600 });
    return this.add({ fileName: name, bytes, path: file, received: 0, temporary: true });
  }

  /**
   * Chunks must arrive in order: the offset says where this one starts. The offset is claimed before the
   * write starts, so a second chunk for the same offset (a retry racing the first) is refused instead of
   * appended twice; a failed write gives the offset back.
   */
  async appendChunk(token: string, offset: number, base64: string): Promise<number> {
    const entry = this.entries.get(token);
    if (!entry?.temporary) throw appError('not_found', { path: 'token' });
    if (offset !== entry.received) throw appError('bad_input', { path: 'offset' });
    const data = Buffer.from(base64, 'base64');
    if (entry.received + data.length > entry.bytes) throw appError('bad_input', { path: 'data' });
    entry.received += data.length;
    try {
      // Written at its offset, not appended: the file holds exactly the bytes claimed so far.
      const handle = await fs.open(entry.path, 'r+');
      try {
        await handle.write(data, 0, data.length, offset);
      } finally {
        await handle.close();
      }
    } catch (error) {
      entry.received = offset;
      throw error;
    }
    return entry.received;
  }

  async addText(text: string): Promise<SourceFile> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.dir, `${randomBytes(6).toString('hex')}-pasted.txt`);
    await fs.writeFile(file, text, { mode: 0o600 });
    const bytes = Buffer.byteLength(text);
    return this.add({ fileName: 'pasted.txt', bytes, path: file, received: bytes, temporary: true });
  }

  /** The path of a complete source; throws not_found for unknown tokens and bad_input for partial uploads. */
  pathOf(token: string): { path: string; fileName: string; bytes: number } {
    const entry = this.entries.get(token);
    if (!entry) throw appError('not_found', { path: 'token' });
    if (entry.received !== entry.bytes) throw appError('bad_input', { path: 'token' });
    return { path: entry.path, fileName: entry.fileName, bytes: entry.bytes };
  }

  async release(token: string): Promise<void> {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (entry?.temporary) await fs.rm(entry.path, { force: true });
  }

  private add(entry: Omit<Entry, 'token'>): SourceFile {
    const token = `src-${randomBytes(8).toString('hex')}`;
    this.entries.set(token, { ...entry, token });
    return { token, fileName: entry.fileName, bytes: entry.bytes };
  }
}
