// Reads single JSONL records back from a file by byte offset, so a check can compare two examples
// exactly without keeping either in memory: near-duplicate candidates found by sketches are confirmed
// on their real text (a few hundred bytes read per candidate, from the OS page cache in practice).
// Synchronous on purpose: it runs inside a record callback of the streaming read, in the worker thread
// (or a CLI/test), where a short blocking pread costs less than turning every record into a promise.
import { closeSync, openSync, readSync } from 'node:fs';
import type { EncodingName } from '../../../../shared/domain/dataset/report';
import { parseJsonSafe } from '../../../../shared/domain/dataset/safeJson';
import { decodeLine } from './encoding';

/** Most chat examples fit; longer lines double the buffer until their line feed is in it. */
const FIRST_READ_BYTES = 4 * 1024;

/**
 * Recently read lines, direct-mapped by offset: candidates are usually the first example of a band
 * key, so the same few thousand early examples come back again and again. On the 100 MB bench file a
 * 2,048-slot cache answers about half the reads; a pread costs ~10 µs here, a hit under 1 µs. Fixed
 * 4 MB outside the JS heap, so caching adds no garbage for the collector.
 */
const CACHE_BITS = 11;
const CACHE_SLOTS = 1 << CACHE_BITS;
const CACHE_LINE_BYTES = 2048;

export class RecordReader {
  private fd: number | null = null;
  private buffer = Buffer.allocUnsafe(FIRST_READ_BYTES);
  private cache: Buffer | null = null;
  private readonly cachedOffsets = new Float64Array(CACHE_SLOTS).fill(-1);
  private readonly cachedLengths = new Int32Array(CACHE_SLOTS);

  constructor(
    private readonly path: string,
    private readonly encoding: EncodingName,
    private readonly maxLineBytes: number,
  ) {}

  /** The JSON value of the line that starts at `offset`, or undefined if it cannot be read as JSON. */
  read(offset: number): unknown {
    try {
      const line = this.lineAt(offset);
      if (line === null) return undefined;
      return parseJsonSafe(decodeLine(line, this.encoding).text);
    } catch {
      return undefined; // the file changed or vanished since the first read: no exact comparison
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The bytes from `offset` to the next line feed (without it and a preceding CR); null if too long. */
  private lineAt(offset: number): Buffer | null {
    this.cache ??= Buffer.allocUnsafeSlow(CACHE_SLOTS * CACHE_LINE_BYTES);
    const slot = Math.imul(offset, 0x9e3779b1) >>> (32 - CACHE_BITS); // offsets are int32 here
    const start = slot * CACHE_LINE_BYTES;
    if (this.cachedOffsets[slot] === offset)
      return this.cache.subarray(start, start + (this.cachedLengths[slot] as number));
    const line = this.readLine(offset);
    if (line !== null && line.length <= CACHE_LINE_BYTES) {
      line.copy(this.cache, start);
      this.cachedOffsets[slot] = offset;
      this.cachedLengths[slot] = line.length;
    }
    return line;
  }

  private readLine(offset: number): Buffer | null {
    this.fd ??= openSync(this.path, 'r');
    let length = 0;
    for (;;) {
      if (length === this.buffer.length) {
        if (this.buffer.length > this.maxLineBytes) return null;
        const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(bigger);
        this.buffer = bigger;
      }
      const read = readSync(this.fd, this.buffer, length, this.buffer.length - length, offset + length);
      const newline = this.buffer.indexOf(0x0a, length);
      length += read;
      if (newline !== -1 && newline < length) return this.trimmed(newline);
      if (read === 0) return this.trimmed(length);
    }
  }

  private trimmed(end: number): Buffer {
    const cr = end > 0 && this.buffer[end - 1] === 0x0d;
    const line = this.buffer.subarray(0, cr ? end - 1 : end);
    // Keep the buffer small between reads: one very long line should not pin megabytes.
    if (this.buffer.length > FIRST_READ_BYTES) this.buffer = Buffer.allocUnsafe(FIRST_READ_BYTES);
    return line;
  }
}
