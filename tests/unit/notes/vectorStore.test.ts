// The notes vector log and compact index: search finds what exact float search finds, a torn final
// record (crash mid-append) is cut off on open without losing earlier batches, a different model starts
// a new log, and compaction drops stale vectors only.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VectorFile } from '../../../electron/main/services/notes/VectorFile';
import { CompactIndex, exactSearch, normalize } from '../../../shared/domain/notes/vectorIndex';
import { syntheticPassages, syntheticQuestions } from '../../../bench/notesData';

const D = 64;
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-notes-vectors-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const row = (data: Float32Array, i: number) => data.subarray(i * D, (i + 1) * D);

describe('CompactIndex', () => {
  it('int8 + float re-rank returns the exact top 5; with the sign-bit prefilter recall@5 stays ≥ 0.95', () => {
    const d = 512; // the dimensions the app stores (NOTES_SEARCH)
    const data = syntheticPassages(3000, d, 7, 100);
    const at = (i: number) => data.subarray(i * d, (i + 1) * d);
    const index = new CompactIndex(d);
    for (let i = 0; i < 3000; i++) index.add(at(i));
    const floats = (rows: readonly number[]) => rows.map(at);
    let found = 0;
    const questions = syntheticQuestions(data, d, 20, 9);
    for (const q of questions) {
      const exact = exactSearch(data, d, q, 5).map((h) => h.row);
      expect(index.search(q, 5, floats, { candidates: 64 }).map((h) => h.row)).toEqual(exact);
      found += index
        .search(q, 5, floats, { candidates: 64, prefilter: 300 })
        .filter((h) => exact.includes(h.row)).length;
    }
    expect(found / (questions.length * 5)).toBeGreaterThanOrEqual(0.95);
  });

  it('skips rows that are not allowed (stale vectors of edited passages)', () => {
    const index = new CompactIndex(2);
    index.add(normalize([1, 0]));
    index.add(normalize([0.9, 0.1]));
    index.add(normalize([0, 1]));
    const floats = (rows: readonly number[]) =>
      rows.map((r) =>
        normalize(
          [
            [1, 0],
            [0.9, 0.1],
            [0, 1],
          ][r] as number[],
        ),
      );
    expect(index.search([1, 0], 2, floats).map((h) => h.row)).toEqual([0, 1]);
    expect(index.search([1, 0], 2, floats, { allowed: (r) => r !== 0 }).map((h) => h.row)).toEqual([1, 2]);
  });
});

describe('VectorFile', () => {
  const header = { model: 'text-embedding-3-small', dimensions: D };
  const data = syntheticPassages(30, D, 3);

  it('keeps every fsynced batch and cuts off a torn final record', async () => {
    const file = path.join(dir, 'vectors.bin');
    const log = await VectorFile.open(file, header);
    await log.append([0, 1, 2].map((i) => ({ hash: `h${i}`, vector: row(data, i) })));
    await log.append([3, 4].map((i) => ({ hash: `h${i}`, vector: row(data, i) })));
    log.close();
    // A crash in the middle of the next append: half a record reaches the disk.
    const full = await fs.stat(file);
    await fs.appendFile(file, Buffer.alloc(log.recordBytes / 2, 7));
    const reopened = await VectorFile.open(file, header);
    expect(reopened.count).toBe(5);
    expect(['h0', 'h4', 'h5'].map((h) => reopened.has(h))).toEqual([true, true, false]);
    expect((await fs.stat(file)).size).toBe(full.size);
    expect(Array.from(reopened.readRows([4])[0] as Float32Array)).toEqual(Array.from(row(data, 4)));
    reopened.close();
  });

  it('stops at a record whose checksum fails and keeps the ones before it', async () => {
    const file = path.join(dir, 'vectors.bin');
    const log = await VectorFile.open(file, header);
    await log.append([0, 1, 2].map((i) => ({ hash: `h${i}`, vector: row(data, i) })));
    log.close();
    const bytes = await fs.readFile(file);
    const damaged = 64 + log.recordBytes * 2 + 40; // a byte of the third vector
    bytes[damaged] = (bytes[damaged] as number) ^ 0xff;
    await fs.writeFile(file, bytes);
    const reopened = await VectorFile.open(file, header);
    expect(reopened.count).toBe(2);
    reopened.close();
  });

  it('starts a new log for another model, and compaction keeps only live vectors', async () => {
    const file = path.join(dir, 'vectors.bin');
    const log = await VectorFile.open(file, header);
    await log.append([0, 1, 2].map((i) => ({ hash: `h${i}`, vector: row(data, i) })));
    const compacted = await log.compact(new Set(['h0', 'h2']));
    expect([compacted.count, compacted.has('h1'), compacted.rowOf('h2')]).toEqual([2, false, 1]);
    expect(Array.from(compacted.readRows([1])[0] as Float32Array)).toEqual(Array.from(row(data, 2)));
    compacted.close();
    const other = await VectorFile.open(file, { model: 'text-embedding-3-large', dimensions: D });
    expect(other.count).toBe(0);
    other.close();
  });
});
