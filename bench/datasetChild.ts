// One measured pass in a fresh process, so peak memory (maxRSS) belongs to that pass alone:
//   node --import tsx bench/datasetChild.ts <bare|check|bare-qwen|check-qwen> <file>
// Prints one JSON line: {ms, cpuMs, maxRssMb, baselineRssMb, examples, tokens}. Loading the code is
// excluded from the times, loading the tokenizer tables is not (each pass loads only the one it uses);
// baselineRssMb is the memory after loading the code.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { countExampleTokens, type TokenEncoding } from '../shared/domain/tokens';
import type { ChatExample } from '../shared/domain/chat';
import { checkFile } from '../electron/main/services/dataset/checkFile';

/**
 * The least a check can do, as bench/barePass.mjs does it: read lines, parse JSON, count every message's
 * tokens with gpt-tokenizer's own o200k countTokens (not the check's counting). With `encoding`, the
 * same pass counts whole examples the check's way in that encoding (the Qwen speed figure).
 */
async function bare(path: string, encoding?: TokenEncoding) {
  const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
  let examples = 0;
  let tokens = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const example = JSON.parse(line) as ChatExample;
    if (encoding) tokens += countExampleTokens(example, encoding);
    else
      for (const message of example.messages) {
        const content = message.content;
        tokens += countTokens(typeof content === 'string' ? content : JSON.stringify(content ?? ''));
      }
    examples++;
  }
  return { examples, tokens };
}

async function full(path: string, model: string) {
  const result = await checkFile(path, { model });
  if (!result.ok) throw new Error(result.error.code);
  return { examples: result.data.report.examples, tokens: result.data.report.tokens.total };
}

const [mode, path] = process.argv.slice(2);
const MODES = {
  bare: () => bare(path as string),
  check: () => full(path as string, 'gpt-4o-mini-2024-07-18'),
  'bare-qwen': () => bare(path as string, 'qwen'),
  'check-qwen': () => full(path as string, 'qwen3-14b'),
} as const;
if (!path || !(mode && mode in MODES)) {
  process.stderr.write('usage: datasetChild.ts <bare|check|bare-qwen|check-qwen> <file>\n');
  process.exit(2);
}
// CPU time is reported next to wall time because the build machines are shared: wall time swings with
// other processes' load, CPU time measures this pass's own work.
const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const counts = await MODES[mode as keyof typeof MODES]();
const cpu = process.cpuUsage(cpuBefore);
const ms = performance.now() - started;
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMb, baselineRssMb, ...counts }) + '\n');
