// Dataset benchmark (issue #5, point 8). Checks a generated ~100 MB chat JSONL and, over the same file,
// a bare parse-and-count-tokens pass; each pass runs in a fresh child process so its peak memory is its
// own. Then it runs the same check in the app's way (DatasetWorkerClient, a worker thread) while this
// thread's event-loop delay is monitored, and measures near-duplicate accuracy on generated pairs.
// BENCH_FULL=1 adds a 512 MB file (several minutes; BENCH_FULL_RUNS=3 repeats it, keeping the highest).
//   node --import tsx bench/dataset.ts [100mb] [near] [512mb] [e2e] [qwen]   (no part: all; run.ts calls
//   runDatasetBench(), which runs 512mb only with BENCH_FULL=1)
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { promisify } from 'node:util';
import { DatasetWorkerClient, WORKER_LIMITS } from '../electron/main/services/dataset/DatasetWorkerClient';
import { checkExamples } from '../electron/main/services/dataset/checkFile';
import {
  exactSimilarity,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicateTexts,
} from '../shared/domain/dataset/nearDup';
import type { ChatExample } from '../shared/domain/chat';
import { benchFile, nearDuplicatePairs, type NearDuplicatePair } from './datasetGen';
import { cliPeakRow, endToEndRows } from './datasetEndToEnd';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The issue's target; null for figures reported for context. */
  target: number | null;
  /** true when value ≤ target; null when there is no target or the measurement was skipped. */
  pass: boolean | null;
  note?: string;
}

interface ChildMeasurement {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  baselineRssMb: number;
  examples: number;
  tokens: number;
}

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./datasetChild.ts', import.meta.url));
const SIZE_100MB = 100_000_000;
const SMALL_FILE = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Just under the OpenAI Files API limit of 512 MiB, so the file is accepted. */
const SIZE_512MB = 530_000_000;
const FULL_RUNS = Number(process.env.BENCH_FULL_RUNS ?? 1);

type ChildMode = 'bare' | 'check' | 'bare-qwen' | 'check-qwen';

async function measure(mode: ChildMode, path: string): Promise<ChildMeasurement> {
  // The child gets the heap limits the app's worker gets (WORKER_LIMITS): V8's young generation is
  // three semi-spaces, and the old-generation cap also sets how far V8 lets garbage grow before a
  // full collection, so without both the child's peak would not be the worker's.
  const args = [
    `--max-semi-space-size=${WORKER_LIMITS.maxYoungGenerationSizeMb / 3}`,
    `--max-old-space-size=${WORKER_LIMITS.maxOldGenerationSizeMb}`,
    '--import',
    'tsx',
    CHILD,
    mode,
    path,
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as ChildMeasurement;
}

function delayMonitor() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return () => {
    histogram.disable();
    return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
  };
}

/**
 * The app starts the worker when the Examples page opens (warmUp), so the measured window is the check
 * itself. The same window with the worker idle is measured too: on a shared machine the scheduler alone
 * can delay a timer by tens of milliseconds, and that baseline tells the two apart.
 */
async function eventLoopDelays(path: string, smallPath: string, model = 'gpt-4o-mini-2024-07-18') {
  const client = new DatasetWorkerClient();
  await client.run({ kind: 'check', path: smallPath, options: { model } }); // loads the worker's modules
  const stopCheck = delayMonitor();
  const started = performance.now();
  const result = await client.run({ kind: 'check', path, options: { model } });
  const checkMs = performance.now() - started;
  const during = stopCheck();
  await client.dispose();
  if (!result.ok) throw new Error(`worker check failed: ${result.error.code}`);
  const stopIdle = delayMonitor();
  await new Promise((resolve) => setTimeout(resolve, Math.min(checkMs, 20_000)));
  const idle = stopIdle();
  return { during, idle, checkMs };
}

export interface NearDuplicateAccuracy {
  /** Pairs with true similarity ≥ 0.85 that were not reported, of all such pairs. */
  falseNegativeRate: number;
  /** Pairs with true similarity ≤ 0.5 that were reported, of all such pairs. */
  falsePositiveRate: number;
  similar: number;
  dissimilar: number;
  /** Pairs with true similarity within 0.1 of the 0.7 threshold that land on the wrong side of it. */
  borderlineWrongRate: number;
  borderline: number;
  /** Largest |reported − true| similarity over reported pairs, in percentage points. */
  worstReportedError: number;
  /** The same rates for one-sentence texts only, where sketches are noisiest. */
  short: { falseNegativeRate: number; falsePositiveRate: number };
}

const pairExample = (text: string): ChatExample => ({
  messages: [
    { role: 'user', content: text },
    { role: 'assistant', content: 'OK' },
  ],
});

/**
 * Runs each generated pair through a fresh checker (the code the app runs) and compares what it
 * reports with the true Jaccard similarity over the engine's shingles.
 */
export function nearDuplicateAccuracy(pairs: readonly NearDuplicatePair[] = nearDuplicatePairs(400)) {
  const tally = () => ({ similar: 0, missed: 0, dissimilar: 0, flagged: 0, borderline: 0, wrong: 0 });
  const all = tally();
  const short = tally();
  let worstReportedError = 0;
  for (const pair of pairs) {
    const a = pairExample(pair.a);
    const b = pairExample(pair.b);
    const truth = exactSimilarity(nearDuplicateTexts(a), nearDuplicateTexts(b));
    const report = checkExamples([a, b]);
    const near = report.issues.find((issue) => issue.code === 'duplicate_near');
    if (near) {
      const reported = Number(near.params?.similarity);
      worstReportedError = Math.max(worstReportedError, Math.abs(reported - truth * 100));
    }
    for (const t of pair.length === 'short' ? [all, short] : [all]) {
      if (truth >= 0.85) {
        t.similar++;
        if (!near) t.missed++;
      } else if (truth <= 0.5) {
        t.dissimilar++;
        if (near) t.flagged++;
      }
      if (Math.abs(truth - NEAR_DUPLICATE_THRESHOLD) <= 0.1) {
        t.borderline++;
        if (truth >= NEAR_DUPLICATE_THRESHOLD !== Boolean(near)) t.wrong++;
      }
    }
  }
  const rate = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    falseNegativeRate: rate(all.missed, all.similar),
    falsePositiveRate: rate(all.flagged, all.dissimilar),
    similar: all.similar,
    dissimilar: all.dissimilar,
    borderlineWrongRate: rate(all.wrong, all.borderline),
    borderline: all.borderline,
    worstReportedError,
    short: {
      falseNegativeRate: rate(short.missed, short.similar),
      falsePositiveRate: rate(short.flagged, short.dissimilar),
    },
  } satisfies NearDuplicateAccuracy;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export type DatasetBenchPart = '100mb' | 'near' | '512mb' | 'e2e' | 'qwen';

export async function runDatasetBench(
  parts: readonly DatasetBenchPart[] = process.env.BENCH_FULL === '1'
    ? ['100mb', 'near', '512mb']
    : ['100mb', 'near'],
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  if (parts.includes('100mb')) results.push(...(await hundredMegabyteRows()));
  else {
    // The parts of the 100 MB rows on their own (`node --import tsx bench/dataset.ts e2e qwen`).
    const path = await benchFile(SIZE_100MB);
    const label = `${mb(statSync(path).size)} MB`;
    if (parts.includes('e2e')) results.push(...(await endToEndRows(path, label)));
    if (parts.includes('qwen')) results.push(...(await qwenRows(path, await measure('bare', path), label)));
  }
  if (parts.includes('near')) results.push(...nearDuplicateRows());
  if (parts.includes('512mb')) results.push(...(await fullSizeRows()));
  else {
    results.push({
      name: 'full check peak memory (512 MB)',
      value: Number.NaN,
      unit: 'MB',
      target: 300,
      pass: null,
      note: 'skipped: generating and checking 512 MB takes several minutes; run with BENCH_FULL=1',
    });
  }
  return results;
}

function nearDuplicateRows(): BenchResult[] {
  const pairs = nearDuplicatePairs(1000);
  const accuracy = nearDuplicateAccuracy(pairs);
  const percent = (rate: number) => round(rate * 100, 1);
  return [
    {
      name: 'near duplicates missed (true similarity ≥ 0.85)',
      value: percent(accuracy.falseNegativeRate),
      unit: '%',
      target: 1,
      pass: accuracy.falseNegativeRate <= 0.01,
      note: `${accuracy.similar} of ${pairs.length} generated en/zh pairs; short texts ${percent(accuracy.short.falseNegativeRate)} %`,
    },
    {
      name: 'near duplicates flagged (true similarity ≤ 0.5)',
      value: percent(accuracy.falsePositiveRate),
      unit: '%',
      target: 1,
      pass: accuracy.falsePositiveRate <= 0.01,
      note: `${accuracy.dissimilar} pairs; short texts ${percent(accuracy.short.falsePositiveRate)} %`,
    },
    {
      name: 'near duplicates on the wrong side of 0.70',
      value: percent(accuracy.borderlineWrongRate),
      unit: '%',
      target: null,
      pass: null,
      note: `${accuracy.borderline} pairs within ±0.1 of it; worst reported similarity off by ${round(accuracy.worstReportedError, 1)} points`,
    },
  ];
}

async function fullSizeRows(): Promise<BenchResult[]> {
  const big = await benchFile(SIZE_512MB);
  const runs: ChildMeasurement[] = [];
  for (let i = 0; i < FULL_RUNS; i++) runs.push(await measure('check', big));
  const worst = runs.reduce((a, b) => (b.maxRssMb > a.maxRssMb ? b : a));
  return [
    {
      name: `full check peak memory (${mb(statSync(big).size)} MB)`,
      value: round(worst.maxRssMb, 0),
      unit: 'MB',
      target: 300,
      pass: worst.maxRssMb <= 300,
      note: `${FULL_RUNS > 1 ? `highest of ${runs.map((r) => round(r.maxRssMb, 0)).join(', ')}; ` : ''}${worst.examples.toLocaleString('en-US')} examples, CPU ${round(worst.cpuMs / 1000)} s, wall ${round(worst.ms / 1000)} s`,
    },
    await cliPeakRow(big, `${mb(statSync(big).size)} MB`),
  ];
}

async function hundredMegabyteRows(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const path = await benchFile(SIZE_100MB);
  const size = statSync(path).size;
  // Alternate the two passes and keep each one's fastest run: on a shared machine a single run can be
  // slowed by other processes, and the minimum is the closest to the pass's own cost.
  const bares: ChildMeasurement[] = [];
  const checks: ChildMeasurement[] = [];
  for (let i = 0; i < RUNS; i++) {
    bares.push(await measure('bare', path));
    checks.push(await measure('check', path));
  }
  const fastest = (runs: ChildMeasurement[]) => runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  const bare = fastest(bares);
  const check = fastest(checks);
  const peak = Math.max(...checks.map((c) => c.maxRssMb));
  const label = `${mb(size)} MB, ${check.examples.toLocaleString('en-US')} examples`;
  results.push(
    {
      name: `bare parse+tokens CPU time (${label})`,
      value: round(bare.cpuMs / 1000),
      unit: 's',
      target: null,
      pass: null,
      note: `fastest of ${RUNS}; wall ${round(bare.ms / 1000)} s`,
    },
    {
      name: `full check CPU time (${label})`,
      value: round(check.cpuMs / 1000),
      unit: 's',
      target: null,
      pass: null,
      note: `fastest of ${RUNS}; wall ${round(check.ms / 1000)} s`,
    },
    {
      name: 'full check / bare pass (CPU time)',
      value: round(check.cpuMs / bare.cpuMs),
      unit: '×',
      target: 1.5,
      pass: check.cpuMs / bare.cpuMs <= 1.5,
      note: `wall-time ratio ${round(check.ms / bare.ms)}× (shared machine: wall time varies with other load)`,
    },
    {
      name: `full check peak memory (${mb(size)} MB)`,
      value: round(peak, 0),
      unit: 'MB',
      target: 300,
      pass: peak <= 300,
      note: `highest of ${RUNS}; ${round(check.baselineRssMb, 0)} MB after loading code (incl. tsx) and tokenizers; bare pass ${round(Math.max(...bares.map((b) => b.maxRssMb)), 0)} MB`,
    },
  );
  results.push(...(await endToEndRows(path, label)));
  results.push(...(await qwenRows(path, bare, label)));
  const loop = await eventLoopDelays(path, await benchFile(SMALL_FILE));
  results.push(
    {
      name: 'main-thread worst event-loop delay during a worker check',
      value: round(loop.during.maxMs, 1),
      unit: 'ms',
      target: 50,
      pass: loop.during.maxMs <= 50,
      note: `p99 ${round(loop.during.p99Ms, 1)} ms; check took ${round(loop.checkMs / 1000)} s in the warmed-up worker`,
    },
    {
      name: 'same, main thread idle (machine noise baseline)',
      value: round(loop.idle.maxMs, 1),
      unit: 'ms',
      target: null,
      pass: null,
      note: `p99 ${round(loop.idle.p99Ms, 1)} ms, no worker running`,
    },
  );
  return results;
}

/**
 * Qwen models (Alibaba) count with Qwen's tokenizer (issue 12): its speed next to gpt-tokenizer's on
 * the same file and the same bare pass, and a Qwen check against the same memory and loop-delay
 * targets. One run each: these are CPU-heavy and the machine is shared.
 */
async function qwenRows(path: string, o200kBare: ChildMeasurement, label: string): Promise<BenchResult[]> {
  const size = statSync(path).size;
  const bareQwen = await measure('bare-qwen', path);
  const checkQwen = await measure('check-qwen', path);
  const mbPerS = (m: ChildMeasurement) => round(size / 1e6 / (m.cpuMs / 1000), 1);
  const loop = await eventLoopDelays(path, await benchFile(SMALL_FILE), 'qwen3-14b');
  return [
    {
      name: `bare parse+tokens CPU time, Qwen (${label})`,
      value: round(bareQwen.cpuMs / 1000),
      unit: 's',
      target: null,
      pass: null,
      note: `${mbPerS(bareQwen)} MB/s vs gpt-tokenizer o200k ${mbPerS(o200kBare)} MB/s (${round(o200kBare.cpuMs / 1000)} s); ${bareQwen.tokens.toLocaleString('en-US')} Qwen tokens vs ${o200kBare.tokens.toLocaleString('en-US')} o200k; includes loading the tokenizer`,
    },
    {
      name: `full check CPU time, qwen3-14b (${label})`,
      value: round(checkQwen.cpuMs / 1000),
      unit: 's',
      target: null,
      pass: null,
      note: `wall ${round(checkQwen.ms / 1000)} s`,
    },
    {
      name: `full check peak memory, qwen3-14b (${mb(size)} MB)`,
      value: round(checkQwen.maxRssMb, 0),
      unit: 'MB',
      target: 300,
      pass: checkQwen.maxRssMb <= 300,
      note: `one run; bare Qwen pass ${round(bareQwen.maxRssMb, 0)} MB`,
    },
    {
      name: 'main-thread worst loop delay, qwen3-14b worker check',
      value: round(loop.during.maxMs, 1),
      unit: 'ms',
      target: 50,
      pass: loop.during.maxMs <= 50,
      note: `p99 ${round(loop.during.p99Ms, 1)} ms; check took ${round(loop.checkMs / 1000)} s in the warmed-up worker`,
    },
  ];
}

export function formatBenchTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    Number.isNaN(r.value) ? '–' : `${r.value} ${r.unit}`,
    r.target === null ? '' : `≤ ${r.target} ${r.unit}`,
    r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const header = ['measure', 'value', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asked = process.argv.slice(2) as DatasetBenchPart[];
  const results = await runDatasetBench(asked.length > 0 ? asked : undefined);
  process.stdout.write(formatBenchTable(results) + '\n');
}
