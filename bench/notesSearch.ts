// Notes search at 100,000 passages (issue 16 §3): p95 search time, index memory and recall@5 against exact
// float search, for the method the app uses (sign-bit prefilter → int8 re-score → float re-rank from the
// vectors file; shared/domain/notes/vectorIndex.ts) and, for comparison, exact float search over the
// vectors held in memory. The vectors go through the app's own VectorFile (written, fsynced, re-opened),
// so the figures include reading the candidates' floats back from disk.
//
// The maintained vector indexes in the package list were tried first and cannot be used here:
// hnswlib-wasm 0.8.2 is built for the web only ("not compiled for this environment" under Node);
// hnswlib-node, faiss-node and usearch compile or fetch a native addon in an install script (and usearch
// needs Node 22). Wall time is printed with CPU time beside it: on a machine shared with other work the
// wall figure includes waiting for a core, the CPU figure is the search's own cost.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VectorFile } from '../electron/main/services/notes/VectorFile';
import { exactSearch } from '../shared/domain/notes/vectorIndex';
import { NOTES_SEARCH } from '../shared/domain/notes/searchSettings';
import { syntheticPassages, syntheticQuestions } from './notesData';
import type { BenchResult } from './types';

const PASSAGES = 100_000;
const QUESTIONS = 200;
const WARM_UP = 10;
const K = 5;

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? NaN;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

export async function runNotesSearchBench(): Promise<BenchResult[]> {
  const d = NOTES_SEARCH.dimensions;
  const floats = syntheticPassages(PASSAGES, d);
  const questions = syntheticQuestions(floats, d, QUESTIONS + WARM_UP);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-bench-notes-'));
  try {
    const file = path.join(dir, 'vectors.bin');
    const header = { model: 'bench', dimensions: d };
    const writer = await VectorFile.open(file, header);
    for (let first = 0; first < PASSAGES; first += 1000) {
      const batch = [];
      for (let i = first; i < Math.min(PASSAGES, first + 1000); i++)
        batch.push({ hash: `p${i}`, vector: floats.subarray(i * d, (i + 1) * d) });
      await writer.append(batch);
    }
    writer.close();
    const openedAt = performance.now();
    const vectors = await VectorFile.open(file, header);
    const openMs = performance.now() - openedAt;

    const wall: number[] = [];
    const cpu: number[] = [];
    const exactWall: number[] = [];
    let found = 0;
    questions.forEach((q, i) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const hits = vectors.index.search(q, K, (rows) => vectors.readRows(rows), NOTES_SEARCH);
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      const exactStart = performance.now();
      const exact = exactSearch(floats, d, q, K);
      const exactElapsed = performance.now() - exactStart;
      if (i < WARM_UP) return;
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
      exactWall.push(exactElapsed);
      const truth = new Set(exact.map((h) => h.row));
      found += hits.filter((h) => truth.has(h.row)).length;
    });
    // The same index without the sign-bit prefilter (an int8 scan of every passage), for the choice.
    const int8Wall = questions.slice(WARM_UP, WARM_UP + 50).map((q) => {
      const start = performance.now();
      vectors.index.search(q, K, (rows) => vectors.readRows(rows), { candidates: NOTES_SEARCH.candidates });
      return performance.now() - start;
    });
    vectors.close();
    const note = `${PASSAGES.toLocaleString('en')} passages × ${d} dims, ${QUESTIONS} questions`;
    return [
      { name: 'notes search p95 (100k passages)', value: round(p95(wall)), unit: 'ms', target: 50, note },
      {
        name: 'notes search p95 CPU time',
        value: round(p95(cpu)),
        unit: 'ms',
        note: `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
      },
      {
        name: 'notes index memory (100k passages)',
        value: round(vectors.index.bytes / 1e6),
        unit: 'MB',
        target: 150,
        note: 'sign bits + int8 codes + scales; floats stay on disk',
      },
      {
        name: 'notes recall@5 vs exact float search',
        value: round(found / (QUESTIONS * K), 3),
        unit: '',
        target: 0.95,
        lowerIsBetter: false,
      },
      { name: 'notes: int8 scan p95, no prefilter (compare)', value: round(p95(int8Wall)), unit: 'ms' },
      { name: 'notes: open 100k vectors from disk', value: Math.round(openMs), unit: 'ms' },
      {
        name: 'notes: exact float search p95 (compare)',
        value: round(p95(exactWall)),
        unit: 'ms',
        note: `needs ${round(floats.byteLength / 1e6)} MB of floats in memory`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
