// Dataset benchmark (issue #5, point 8). Checks a generated ~100 MB chat JSONL and, over the same file,
// a bare parse-and-count-tokens pass; each pass runs in a fresh child process so its peak memory is its
// own. Then it runs the same check in the app's way (DatasetWorkerClient, a worker thread) while this
// thread's event-loop delay is monitored. BENCH_FULL=1 adds a 512 MB file (several minutes).
//   node --import tsx bench/dataset.ts        (bench/run.ts calls runDatasetBench())
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { promisify } from 'node:util';
import { DatasetWorkerClient } from '../electron/main/services/dataset/DatasetWorkerClient';
import { benchFile } from './datasetGen';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target; null for figures reported for context. */
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

async function measure(mode: 'bare' | 'check', path: string): Promise<ChildMeasurement> {
  // --max-semi-space-size=4 gives the child the young generation the app's worker gets (WORKER_LIMITS).
  const args = ['--max-semi-space-size=4', '--import', 'tsx', CHILD, mode, path];
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
async function eventLoopDelays(path: string, smallPath: string) {
  const client = new DatasetWorkerClient();
  await client.run({ kind: 'check', path: smallPath, options: {} }); // loads the worker's modules
  const stopCheck = delayMonitor();
  const started = performance.now();
  const result = await client.run({ kind: 'check', path, options: { model: 'gpt-4o-mini-2024-07-18' } });
  const checkMs = performance.now() - started;
  const during = stopCheck();
  await client.dispose();
  if (!result.ok) throw new Error(`worker check failed: ${result.error.code}`);
  const stopIdle = delayMonitor();
  await new Promise((resolve) => setTimeout(resolve, Math.min(checkMs, 20_000)));
  const idle = stopIdle();
  return { during, idle, checkMs };
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runDatasetBench(): Promise<BenchResult[]> {
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
  if (process.env.BENCH_FULL === '1') {
    const big = await benchFile(SIZE_512MB);
    const full = await measure('check', big);
    results.push({
      name: `full check peak memory (${mb(statSync(big).size)} MB)`,
      value: round(full.maxRssMb, 0),
      unit: 'MB',
      target: 300,
      pass: full.maxRssMb <= 300,
      note: `${full.examples.toLocaleString('en-US')} examples, CPU ${round(full.cpuMs / 1000)} s, wall ${round(full.ms / 1000)} s`,
    });
  } else {
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
  const results = await runDatasetBench();
  process.stdout.write(formatBenchTable(results) + '\n');
}
