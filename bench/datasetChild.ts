// One measured pass in a fresh process, so peak memory (maxRSS) belongs to that pass alone:
//   node --import tsx bench/datasetChild.ts <bare|check> <file>
// Prints one JSON line: {ms, cpuMs, maxRssMb, baselineRssMb, examples, tokens}. Module loading is
// excluded from the times; baselineRssMb is the memory after loading (mostly tokenizer tables).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { countExampleTokens } from '../shared/domain/tokens';
import type { ChatExample } from '../shared/domain/chat';
import { checkFile } from '../electron/main/services/dataset/checkFile';

/** The least a check can do: read lines, parse JSON, count tokens by the cookbook formula. */
async function bare(path: string) {
  let examples = 0;
  let tokens = 0;
  const lines = createInterface({
    input: createReadStream(path, { highWaterMark: 1024 * 1024 }),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    tokens += countExampleTokens(JSON.parse(line) as ChatExample, 'o200k_base');
    examples++;
  }
  return { examples, tokens };
}

async function full(path: string) {
  const result = await checkFile(path, { model: 'gpt-4o-mini-2024-07-18' });
  if (!result.ok) throw new Error(result.error.code);
  return { examples: result.data.report.examples, tokens: result.data.report.tokens.total };
}

const [mode, path] = process.argv.slice(2);
if (!path || (mode !== 'bare' && mode !== 'check')) {
  process.stderr.write('usage: datasetChild.ts <bare|check> <file>\n');
  process.exit(2);
}
// CPU time is reported next to wall time because the build machines are shared: wall time swings with
// other processes' load, CPU time measures this pass's own work.
const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const counts = mode === 'bare' ? await bare(path) : await full(path);
const cpu = process.cpuUsage(cpuBefore);
const ms = performance.now() - started;
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMb, baselineRssMb, ...counts }) + '\n');
