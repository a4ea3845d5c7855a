// The checks issue 17 added to import and check, over the dataset bench's generated ~100 MB chat JSONL
// (English, Traditional and Simplified Chinese, so both scripts are really there to be told apart):
//   - repeated_sentence: mostRepeatedSentence on every assistant answer (shared/domain/dataset/repeatedSentences.ts)
//   - mixed_chinese_scripts: ScriptTally over every example's texts, OpenCC's table built on first use
//     (shared/domain/dataset/chineseScript.ts)
//   - not_a_text_file: detectNonText on the first 64 KB, the bytes import and check read first
//     (electron/main/services/dataset/fileKind.ts), for this text file and for a PDF's first bytes
// Each check runs alone over the same parsed examples, batch by batch (the file is never held whole), and
// its CPU time is printed beside the wall time: on a machine shared with other work the wall figure
// includes waiting for a core, the CPU figure is the check's own cost.
//   node --import tsx bench/importChecks.ts
import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { ChatExample } from '../shared/domain/chat';
import { mostRepeatedSentence } from '../shared/domain/dataset/repeatedSentences';
import { ScriptTally } from '../shared/domain/dataset/chineseScript';
import { detectNonText } from '../electron/main/services/dataset/fileKind';
import { benchFile } from './datasetGen';
import type { BenchResult } from './types';

const SIZE_100MB = 100_000_000;
const BATCH = 5_000;
/** Bytes of a file the readers look at before deciding it is text (fileKind's sample). */
const HEAD_BYTES = 64 * 1024;
const DETECT_RUNS = 200;

interface Clock {
  wallMs: number;
  cpuMs: number;
}

/** Runs `work` and adds its wall and CPU (user + system) time to `clock`. */
function timed<T>(clock: Clock, work: () => T): T {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  clock.wallMs += performance.now() - wall;
  clock.cpuMs += (used.user + used.system) / 1000;
  return result;
}

async function timedAsync<T>(clock: Clock, work: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  clock.wallMs += performance.now() - wall;
  clock.cpuMs += (used.user + used.system) / 1000;
  return result;
}

const textsOf = (example: ChatExample) =>
  example.messages.flatMap((m) => (typeof m.content === 'string' ? [m.content] : []));

async function* batches(path: string): AsyncGenerator<ChatExample[]> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let batch: ChatExample[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(JSON.parse(line) as ChatExample);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function headOf(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The start of a one-page PDF, as a user's "examples.pdf" begins: the case the check must name. */
const PDF_HEAD = new TextEncoder().encode(
  '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' + ' '.repeat(2000),
);

export async function runImportChecksBench(): Promise<BenchResult[]> {
  const path = await benchFile(SIZE_100MB);
  const megabytes = statSync(path).size / 1e6;
  const repeats: Clock = { wallMs: 0, cpuMs: 0 };
  const scripts: Clock = { wallMs: 0, cpuMs: 0 };
  const tally = new ScriptTally(1000);
  let examples = 0;
  let answers = 0;
  let repeated = 0;
  for await (const batch of batches(path)) {
    timed(repeats, () => {
      for (const example of batch)
        for (const message of example.messages)
          if (message.role === 'assistant' && typeof message.content === 'string') {
            answers++;
            if (mostRepeatedSentence(message.content)) repeated++;
          }
    });
    timed(scripts, () => {
      for (let i = 0; i < batch.length; i++) tally.add(examples + i, textsOf(batch[i] as ChatExample));
    });
    examples += batch.length;
  }
  const mixed = tally.minority();

  const head = await headOf(path);
  const detectText: Clock = { wallMs: 0, cpuMs: 0 };
  const detectPdf: Clock = { wallMs: 0, cpuMs: 0 };
  await detectNonText(PDF_HEAD); // loads file-type once, as the first non-text file of a session does
  for (let i = 0; i < DETECT_RUNS; i++) {
    if ((await timedAsync(detectText, () => detectNonText(head))) !== null)
      throw new Error('text seen as binary');
    if ((await timedAsync(detectPdf, () => detectNonText(PDF_HEAD)))?.ext !== 'pdf')
      throw new Error('PDF missed');
  }

  const label = `${Math.round(megabytes)} MB`;
  const round = (x: number, digits = 0) => Number(x.toFixed(digits));
  const speed = (clock: Clock) =>
    `${round(megabytes / (clock.cpuMs / 1000))} MB/s of CPU; wall ${round(clock.wallMs)} ms`;
  return [
    {
      name: `repeated sentences CPU time (${label})`,
      value: round(repeats.cpuMs),
      unit: 'ms',
      // Issue 17 set no target: a guard at about 4× the first measurement (685 ms, 2026-12-05). The whole
      // check's budget (≤ 1.5× a bare pass) is bench/dataset.ts's, which runs these checks inside it.
      target: 3000,
      note: `${speed(repeats)}; ${answers.toLocaleString('en')} answers, ${repeated.toLocaleString('en')} repeat a sentence 3+ times`,
    },
    {
      name: `Chinese scripts CPU time (${label})`,
      value: round(scripts.cpuMs),
      unit: 'ms',
      target: 3000,
      note: `${speed(scripts)}; ${examples.toLocaleString('en')} examples, table built on first use; ${
        mixed
          ? `${mixed.traditional.toLocaleString('en')} Traditional, ${mixed.simplified.toLocaleString('en')} Simplified`
          : 'one script'
      }`,
    },
    {
      name: 'not-a-text-file test, text file (64 KB)',
      value: round(detectText.cpuMs / DETECT_RUNS, 3),
      unit: 'ms',
      target: 5,
      note: `CPU per call, mean of ${DETECT_RUNS}; wall ${round(detectText.wallMs / DETECT_RUNS, 3)} ms`,
    },
    {
      name: 'not-a-text-file test, PDF',
      value: round(detectPdf.cpuMs / DETECT_RUNS, 3),
      unit: 'ms',
      target: 5,
      note: `CPU per call after file-type is loaded, mean of ${DETECT_RUNS}; wall ${round(detectPdf.wallMs / DETECT_RUNS, 3)} ms`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runImportChecksBench())
    console.log(
      `${r.name.padEnd(44)} ${`${r.value} ${r.unit}`.padStart(10)}  ≤ ${r.target} ${r.unit}   ${r.note ?? ''}`,
    );
}
