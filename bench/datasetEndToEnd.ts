// The data check end to end, as a user runs it (issue 19): `npm run --silent check-data -- FILE --json`
// against the bare pass (bench/barePass.mjs), wall clock from the command to its exit, start-up included.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './dataset';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BARE_SCRIPT = fileURLToPath(new URL('./barePass.mjs', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Wall clock of one command from its start to its exit, and the peak memory it reports (if any). */
function timed(command: string, args: string[]): Promise<{ ms: number; peakMb: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TUNESMITH_REPORT_PEAK_MEMORY: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 && code !== 1)
        return reject(new Error(`${command} ${args.join(' ')}: exit ${code}\n${stderr}`));
      const peak = /peak-rss-kb (\d+)/.exec(stderr);
      resolve({ ms, peakMb: peak ? Number(peak[1]) / 1024 : null });
    });
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Issue 19: the check as a user runs it (`npm run --silent check-data -- FILE --json`, wall clock from
 * the command to the report, start-up included) against the bare pass run the same way
 * (`node bench/barePass.mjs FILE`), alternating, median of RUNS each.
 */
export async function endToEndRows(path: string, label: string): Promise<BenchResult[]> {
  const { ensureCliBuilt } = (await import(pathToFileURL(`${ROOT}/scripts/buildCli.mjs`).href)) as {
    ensureCliBuilt(): Promise<void>;
  };
  await ensureCliBuilt(); // a build after a source change is not part of a user's usual run
  const bares: number[] = [];
  const checks: { ms: number; peakMb: number | null }[] = [];
  for (let i = 0; i < RUNS; i++) {
    bares.push((await timed(process.execPath, [BARE_SCRIPT, path])).ms);
    checks.push(await timed(NPM, ['run', '--silent', 'check-data', '--', path, '--json']));
  }
  const bare = median(bares);
  const check = median(checks.map((c) => c.ms));
  const peaks = checks.map((c) => c.peakMb).filter((p): p is number => p !== null);
  const s = (ms: number) => round(ms / 1000);
  return [
    {
      name: `check-data / bare pass, wall clock (${label})`,
      value: round(check / bare),
      unit: '×',
      target: 1.5,
      pass: check / bare <= 1.5,
      note: `median of ${RUNS} alternating runs: npm run check-data ${s(check)} s (${checks.map((c) => s(c.ms)).join(' / ')}), bare ${s(bare)} s (${bares.map(s).join(' / ')})`,
    },
    {
      name: `check-data peak memory, as run (${label})`,
      value: round(Math.max(...peaks), 0),
      unit: 'MB',
      target: 300,
      pass: peaks.length === RUNS && Math.max(...peaks) <= 300,
      note: 'whole process: main thread and the check worker',
    },
  ];
}

/** The command's peak memory on one file (main thread and worker), one run as a user runs it. */
export async function cliPeakRow(path: string, label: string): Promise<BenchResult> {
  const run = await timed(NPM, ['run', '--silent', 'check-data', '--', path, '--json']);
  return {
    name: `check-data peak memory, as run (${label})`,
    value: run.peakMb === null ? Number.NaN : round(run.peakMb, 0),
    unit: 'MB',
    target: 300,
    pass: run.peakMb !== null && run.peakMb <= 300,
    note: `one run, wall ${round(run.ms / 1000)} s`,
  };
}
