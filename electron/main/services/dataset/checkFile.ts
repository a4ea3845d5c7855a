// The plain async API for checking files: what the CLI, the tests and the worker all call.
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import type { DatasetReport } from '../../../../shared/domain/dataset/report';
import type { ChatExample } from '../../../../shared/domain/chat';
import { DatasetChecker, type CheckOptions } from './checker';
import { readSource, type ReadControlOptions, type ReadOptions } from './pipeline';

export interface CheckFileOptions extends ReadOptions, Omit<CheckOptions, 'overlapWith'> {
  /** A validation file checked alongside: examples present in both are reported on the training file. */
  validationFile?: string;
}

export interface CheckFileResult {
  report: DatasetReport;
  validation?: DatasetReport;
}

function checkerSink(checker: DatasetChecker) {
  return {
    record: (value: unknown, line: number, offset?: number) => void checker.addRecord(value, line, offset),
    rereadable: (read: (offset: number) => unknown) => checker.rereadRecordsWith(read),
    issue: (
      code: Parameters<DatasetChecker['report']>[0],
      line: number | null,
      params?: Record<string, string | number>,
    ) => checker.report(code, line, null, params),
  };
}

export async function checkOneFile(
  path: string,
  options: CheckFileOptions & { overlapWith?: ReadonlyMap<number, number> },
  control: ReadControlOptions = {},
): Promise<DatasetResult<{ report: DatasetReport; checker: DatasetChecker }>> {
  const checker = new DatasetChecker(options);
  const read = await readSource(path, options, checkerSink(checker), control);
  if (!read.ok) return read;
  const { file, format, encoding, bytesRead } = read.data;
  return { ok: true, data: { report: checker.finish({ file, format, encoding, bytesRead }), checker } };
}

/** Checks a training file (and optionally its validation file) without holding either in memory. */
export async function checkFile(
  path: string,
  options: CheckFileOptions = {},
  control: ReadControlOptions = {},
): Promise<DatasetResult<CheckFileResult>> {
  if (!options.validationFile) {
    const single = await checkOneFile(path, options, control);
    return single.ok ? { ok: true, data: { report: single.data.report } } : single;
  }
  const validation = await checkOneFile(
    options.validationFile,
    { ...options, validationFile: undefined },
    control,
  );
  if (!validation.ok) return validation;
  const train = await checkOneFile(
    path,
    { ...options, overlapWith: validation.data.checker.exactHashes() },
    control,
  );
  if (!train.ok) return train;
  return { ok: true, data: { report: train.data.report, validation: validation.data.report } };
}

type InMemoryExample = { example: ChatExample; line?: number } | ChatExample;

/** The example of one entry of the in-memory lists below (undefined past their end). */
function exampleOf(item: InMemoryExample | undefined): ChatExample | undefined {
  if (item === undefined) return undefined;
  return 'example' in item ? item.example : item;
}

/** Checks examples already in memory (the editor's current state) with the same rules as a file. */
export function checkExamples(
  examples: readonly { example: ChatExample; line?: number }[] | readonly ChatExample[],
  options: CheckOptions & { file?: string } = {},
): DatasetReport {
  const checker = new DatasetChecker(options);
  checker.recallRecordsWith((index) => exampleOf(examples[index]));
  examples.forEach((item, i) => {
    const entry = 'example' in item ? item : { example: item as ChatExample, line: undefined };
    checker.addRecord(entry.example, entry.line ?? i + 1);
  });
  return checker.finish({
    file: options.file ?? '',
    format: 'jsonl',
    encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' },
    bytesRead: 0,
  });
}

/** Examples checked between progress reports and cancel checks in checkExamplesInSteps. */
const STEP = 2000;

/**
 * checkExamples for the worker (Examples page, issue 5): the same checks, but it yields every STEP
 * examples so a cancel message can arrive, and reports progress as examples done of examples total
 * (in the bytesRead/totalBytes fields the worker protocol already carries).
 */
export async function checkExamplesInSteps(
  examples: readonly { example: ChatExample; line?: number }[] | readonly ChatExample[],
  options: CheckOptions & { file?: string } = {},
  control: ReadControlOptions = {},
): Promise<DatasetResult<DatasetReport>> {
  const checker = new DatasetChecker(options);
  checker.recallRecordsWith((index) => exampleOf(examples[index]));
  for (let i = 0; i < examples.length; i++) {
    const item = examples[i] as { example: ChatExample; line?: number } | ChatExample;
    const entry = 'example' in item ? item : { example: item, line: undefined };
    checker.addRecord(entry.example, entry.line ?? i + 1);
    if ((i + 1) % STEP === 0) {
      control.onProgress?.({ bytesRead: i + 1, totalBytes: examples.length });
      await new Promise((resolve) => setImmediate(resolve));
      if (control.signal?.aborted) return { ok: false, error: { code: 'cancelled' } };
    }
  }
  control.onProgress?.({ bytesRead: examples.length, totalBytes: examples.length });
  const report = checker.finish({
    file: options.file ?? '',
    format: 'jsonl',
    encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' },
    bytesRead: 0,
  });
  return { ok: true, data: report };
}
