// `npm run bench`: every benchmark, one table, each figure next to its target. Exit 1 if a target is missed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runRendererBench } from './renderer';
import { meetsTarget, type BenchResult } from './types';

const results: BenchResult[] = [];
if (!existsSync(path.resolve('dist/index.html'))) {
  console.error('dist/ is missing: run `npm run build` (or `vite build --mode e2e`) first.');
  process.exit(2);
}
results.push(...(await runRendererBench()));

const datasetBench = path.resolve(import.meta.dirname, 'dataset.ts');
if (existsSync(datasetBench)) {
  const { runDatasetBench } = (await import(datasetBench)) as { runDatasetBench(): Promise<BenchResult[]> };
  results.push(...(await runDatasetBench()));
}

const examplesBench = path.resolve(import.meta.dirname, 'examplesEditor.ts');
if (existsSync(examplesBench)) {
  const { runExamplesEditorBench } = (await import(examplesBench)) as {
    runExamplesEditorBench(): Promise<BenchResult[]>;
  };
  results.push(...(await runExamplesEditorBench()));
}

const pagingBench = path.resolve(import.meta.dirname, 'projectPaging.ts');
if (existsSync(pagingBench)) {
  const { runProjectPagingBench } = (await import(pagingBench)) as {
    runProjectPagingBench(): Promise<BenchResult[]>;
  };
  results.push(...(await runProjectPagingBench()));
}

const rescueBench = path.resolve(import.meta.dirname, 'rescueRecording.ts');
if (existsSync(rescueBench)) {
  const { runRescueRecordingBench } = (await import(rescueBench)) as {
    runRescueRecordingBench(): Promise<BenchResult[]>;
  };
  results.push(...(await runRescueRecordingBench()));
}

const notesBench = path.resolve(import.meta.dirname, 'notesSearch.ts');
if (existsSync(notesBench)) {
  const { runNotesSearchBench } = (await import(notesBench)) as {
    runNotesSearchBench(): Promise<BenchResult[]>;
  };
  results.push(...(await runNotesSearchBench()));
}

// Issue 17's import checks (repeated sentences, Chinese scripts, not-a-text-file) over the 100 MB file.
const importChecksBench = path.resolve(import.meta.dirname, 'importChecks.ts');
if (existsSync(importChecksBench)) {
  const { runImportChecksBench } = (await import(importChecksBench)) as {
    runImportChecksBench(): Promise<BenchResult[]>;
  };
  results.push(...(await runImportChecksBench()));
}

let missed = 0;
console.log('\nbenchmark                                   value        target   ok');
for (const r of results) {
  const ok = meetsTarget(r);
  if (ok === false) missed++;
  const target = r.target == null ? '' : `${r.lowerIsBetter === false ? '≥' : '≤'} ${r.target} ${r.unit}`;
  console.log(
    `${r.name.padEnd(42)} ${`${r.value} ${r.unit}`.padStart(12)}  ${target.padStart(12)}   ${ok === null ? '-' : ok ? 'yes' : 'NO'}${r.note ? `   (${r.note})` : ''}`,
  );
}
process.exit(missed > 0 ? 1 : 0);
