// The vectors of one notes collection, on disk beside the project: `vectors.bin`, an append-only log of
// (passage hash, CRC, float32 vector) records after a 64-byte header naming the model and dimensions.
//
// Why a log and not a JSON file: embedding 100,000 passages takes many paid calls, and a crash or a
// cancel must keep every batch already paid for. Each batch is appended and fsynced before it counts as
// done, so an interrupted run resumes where it stopped (passages whose hash has a record are skipped).
// A torn final record (crash mid-append) fails its CRC and is cut off on the next open; nothing before
// it is touched. Rewriting the log without stale records (passages since edited or removed) goes
// through a temp file, fsync and rename, like the examples file, so the old log stays whole until then.
//
// Only int8 codes live in memory (CompactIndex); the float vectors are read back from the file for the
// few candidates search re-ranks, so 100,000 vectors of 512 dimensions need ~58 MB, not 205 MB.
import { closeSync, openSync, readSync, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { CompactIndex } from '../../../../shared/domain/notes/vectorIndex';

const MAGIC = 0x564e5354; // "TSNV"
const VERSION = 1;
const HEADER_BYTES = 64;
const MODEL_BYTES = 48;
const HASH_BYTES = 32;
const FILE_MODE = 0o600;

export interface VectorFileHeader {
  model: string;
  dimensions: number;
}

function headerBytes(header: VectorFileHeader): Buffer {
  const out = Buffer.alloc(HEADER_BYTES);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(header.dimensions, 8);
  out.write(header.model.slice(0, MODEL_BYTES), 16, 'utf8');
  return out;
}

function readHeader(buf: Buffer): VectorFileHeader | null {
  if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== VERSION)
    return null;
  const model = buf
    .subarray(16, 16 + MODEL_BYTES)
    .toString('utf8')
    .replace(/\0+$/, '');
  return { model, dimensions: buf.readUInt32LE(8) };
}

export class VectorFile {
  /** hash → row of its newest record (an edited passage appends a new record; the old one goes stale). */
  private readonly rows = new Map<string, number>();
  private readonly hashes: string[] = [];
  private fd: number | null = null;

  private constructor(
    readonly file: string,
    readonly header: VectorFileHeader,
    readonly index: CompactIndex,
  ) {}

  get recordBytes(): number {
    return HASH_BYTES + 4 + this.header.dimensions * 4;
  }

  get count(): number {
    return this.hashes.length;
  }

  has(hash: string): boolean {
    return this.rows.has(hash);
  }

  rowOf(hash: string): number | undefined {
    return this.rows.get(hash);
  }

  hashAt(row: number): string | undefined {
    return this.hashes[row];
  }

  /**
   * Opens the log, or starts a new one when there is none or it was made with another model or size
   * (vectors of different models cannot be compared; the old file is replaced only by the next append).
   */
  static async open(file: string, header: VectorFileHeader): Promise<VectorFile> {
    let handle: FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await writeWhole(file, headerBytes(header));
      return new VectorFile(file, header, new CompactIndex(header.dimensions));
    }
    const vectors = new VectorFile(file, header, new CompactIndex(header.dimensions));
    let end = HEADER_BYTES;
    let length: number;
    try {
      length = (await handle.stat()).size;
      const head = Buffer.alloc(HEADER_BYTES);
      await handle.read(head, 0, HEADER_BYTES, 0);
      const found = readHeader(head);
      if (!found || found.model !== header.model || found.dimensions !== header.dimensions) {
        await handle.close();
        await writeWhole(file, headerBytes(header));
        return vectors;
      }
      // Read in chunks of whole records: opening 100,000 vectors never holds the 200 MB file in memory.
      const size = vectors.recordBytes;
      const whole = Math.floor((length - HEADER_BYTES) / size);
      vectors.index.reserve(whole);
      const perChunk = Math.max(1, Math.floor((4 * 1024 * 1024) / size));
      const chunk = Buffer.alloc(perChunk * size);
      reading: for (let first = 0; first < whole; first += perChunk) {
        const count = Math.min(perChunk, whole - first);
        await handle.read(chunk, 0, count * size, HEADER_BYTES + first * size);
        for (let r = 0; r < count; r++) {
          const record = chunk.subarray(r * size, (r + 1) * size);
          const body = record.subarray(HASH_BYTES + 4);
          if (crc32(body) !== record.readUInt32LE(HASH_BYTES)) break reading;
          // A view, not a copy: records are 4-byte aligned (36-byte prefix, 4-byte floats) in a chunk of its own.
          const floats = new Float32Array(body.buffer, body.byteOffset, header.dimensions);
          vectors.remember(record.subarray(0, HASH_BYTES).toString('latin1').replace(/\0+$/, ''), floats);
          end += size;
        }
      }
    } finally {
      await handle.close().catch(() => undefined);
    }
    if (end < length) await fs.truncate(file, end); // a torn or damaged tail from an interrupted run
    return vectors;
  }

  private remember(hash: string, vector: ArrayLike<number>): void {
    const row = this.index.add(vector);
    this.hashes.push(hash);
    this.rows.set(hash, row);
  }

  /** Appends one batch and fsyncs it; only then are the vectors part of the collection. */
  async append(batch: readonly { hash: string; vector: ArrayLike<number> }[]): Promise<void> {
    if (batch.length === 0) return;
    const size = this.recordBytes;
    const out = Buffer.alloc(size * batch.length);
    batch.forEach(({ hash, vector }, i) => {
      if (vector.length !== this.header.dimensions)
        throw new Error('vector has the wrong number of dimensions');
      const at = i * size;
      out.write(hash.slice(0, HASH_BYTES), at, 'latin1');
      const floats = Buffer.from(Float32Array.from(vector).buffer);
      floats.copy(out, at + HASH_BYTES + 4);
      out.writeUInt32LE(crc32(floats), at + HASH_BYTES);
    });
    const handle = await fs.open(this.file, 'a', FILE_MODE);
    try {
      await handle.write(out);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const { hash, vector } of batch) this.remember(hash, vector);
  }

  /** The float vectors of the given rows, read from the file (search re-ranks a few dozen). */
  readRows(rows: readonly number[]): Float32Array[] {
    this.fd ??= openSync(this.file, 'r');
    const size = this.recordBytes;
    const buf = Buffer.alloc(size);
    return rows.map((row) => {
      readSync(this.fd as number, buf, 0, size, HEADER_BYTES + row * size);
      return new Float32Array(buf.buffer.slice(buf.byteOffset + HASH_BYTES + 4, buf.byteOffset + size));
    });
  }

  /** Rewrites the log with only the records of `keep` (stale ones dropped), atomically. */
  async compact(keep: ReadonlySet<string>): Promise<VectorFile> {
    const live = [...this.rows.entries()].filter(([hash]) => keep.has(hash));
    if (live.length === this.count) return this;
    const vectors = this.readRows(live.map(([, row]) => row));
    const size = this.recordBytes;
    const out = Buffer.alloc(HEADER_BYTES + live.length * size);
    headerBytes(this.header).copy(out, 0);
    live.forEach(([hash], i) => {
      const at = HEADER_BYTES + i * size;
      out.write(hash, at, 'latin1');
      const floats = Buffer.from((vectors[i] as Float32Array).buffer);
      out.writeUInt32LE(crc32(floats), at + HASH_BYTES);
      floats.copy(out, at + HASH_BYTES + 4);
    });
    this.close();
    await writeWhole(this.file, out);
    return VectorFile.open(this.file, this.header);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** temp file + fsync + rename: the previous file stays whole until the new one is complete. */
async function writeWhole(file: string, data: Buffer): Promise<void> {
  const temp = `${file}.writing`;
  const handle = await fs.open(temp, 'w', FILE_MODE);
  try {
    await handle.write(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}
