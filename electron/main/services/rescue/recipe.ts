// Saving a retiring model's recipe: its job's training and validation files become a new Examples project
// (each example keeps its line number; the validation file becomes the validation part, so it stays held
// out), the result file (OpenAI serves it base64-encoded) is decoded and kept with the raw files under
// rescue/<model>/, and the settings (epochs, batch size, learning-rate multiplier, suffix, the shared system
// prompt) go into the recipe. A download OpenAI refuses is recorded as refused, never as a failure of ours:
// the page says so plainly and offers to import the user's own original file instead.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import type { AtRiskModel, FileOutcome, Recipe } from '../../../../shared/domain/rescue/types';
import { commonSystemPrompt } from '../../../../shared/domain/tryout/fewShot';
import { toIpcError } from '../providers';
import type { RetiringAccountClient } from './RetiringAccountClient';

export interface ParsedLines {
  examples: { example: ChatExample; line: number }[];
  unreadable: number;
}

/** JSONL chat lines; a line that is not a chat example is counted, not guessed at. */
export function parseChatJsonl(text: string): ParsedLines {
  const examples: ParsedLines['examples'] = [];
  let unreadable = 0;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw) as ChatExample;
      if (Array.isArray(value?.messages)) examples.push({ example: value, line: i + 1 });
      else unreadable += 1;
    } catch {
      unreadable += 1;
    }
  }
  return { examples, unreadable };
}

/** The result CSV as OpenAI serves it (base64) or plain, whichever it is. */
export function decodeResultCsv(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8').trim();
  if (/^step,/.test(text)) return text;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return /^step,/.test(decoded) ? decoded.trim() : text;
}

const newExampleId = () => `ex-${randomBytes(8).toString('hex')}`;

export function toProjectExamples(
  parts: { part: 'train' | 'validation'; parsed: ParsedLines }[],
): ProjectExample[] {
  return parts.flatMap(({ part, parsed }) =>
    parsed.examples.map((e) => ({
      id: newExampleId(),
      example: e.example,
      provenance: 'imported' as const,
      sourceLine: e.line,
      split: part,
    })),
  );
}

export interface RecipeDeps {
  client: RetiringAccountClient;
  /** Where the raw files of this model are kept (created if needed). */
  keepDir: string;
  createProject(
    name: string,
    examples: ProjectExample[],
    source: { fileName: string; bytes: number },
  ): Promise<{ id: string; name: string }>;
  now(): number;
}

export async function saveRecipe(model: AtRiskModel, deps: RecipeDeps): Promise<Recipe> {
  const job = model.job;
  await fs.mkdir(deps.keepDir, { recursive: true, mode: 0o700 });
  const fetchFile = async (
    fileId: string | null | undefined,
    keepAs: string,
  ): Promise<{ outcome: FileOutcome; bytes: Uint8Array | null }> => {
    if (!fileId) return { outcome: { state: 'none' }, bytes: null };
    const download = await deps.client.download(fileId);
    if (!download.ok) {
      return {
        outcome: download.refused
          ? { state: 'refused', fileId }
          : { state: 'failed', fileId, code: toIpcError(download.error).code },
        bytes: null,
      };
    }
    await fs.writeFile(path.join(deps.keepDir, keepAs), download.bytes, { mode: 0o600 });
    return { outcome: { state: 'saved', fileId, lines: 0 }, bytes: download.bytes };
  };
  const training = await fetchFile(job?.trainingFile, 'training.jsonl');
  const validation = await fetchFile(job?.validationFile, 'validation.jsonl');
  const result = await fetchFile(job?.resultFiles[0], 'step_metrics.csv.base64');
  const parse = (bytes: Uint8Array | null) =>
    bytes ? parseChatJsonl(Buffer.from(bytes).toString('utf8')) : { examples: [], unreadable: 0 };
  const trainParsed = parse(training.bytes);
  const validParsed = parse(validation.bytes);
  if (training.outcome.state === 'saved') training.outcome.lines = trainParsed.examples.length;
  if (validation.outcome.state === 'saved') validation.outcome.lines = validParsed.examples.length;
  let resultRows = 0;
  if (result.bytes) {
    const csv = decodeResultCsv(result.bytes);
    await fs.writeFile(path.join(deps.keepDir, 'step_metrics.csv'), csv, { mode: 0o600 });
    resultRows = Math.max(0, csv.split('\n').length - 1);
    if (result.outcome.state === 'saved') result.outcome.lines = resultRows;
  }
  const examples = toProjectExamples([
    { part: 'train', parsed: trainParsed },
    { part: 'validation', parsed: validParsed },
  ]);
  const project =
    examples.length > 0
      ? await deps.createProject(projectNameOf(model.id), examples, {
          fileName: `${job?.suffix ?? 'model'}-train.jsonl`,
          bytes: training.bytes?.byteLength ?? 0,
        })
      : null;
  return {
    projectId: project?.id ?? null,
    projectName: project?.name ?? null,
    model: model.id,
    jobId: job?.id ?? null,
    training: training.outcome,
    validation: validation.outcome,
    result: result.outcome,
    resultRows,
    epochs: job?.epochs ?? null,
    batchSize: job?.batchSize ?? null,
    learningRateMultiplier: job?.learningRateMultiplier ?? null,
    suffix: job?.suffix ?? null,
    systemPrompt: commonSystemPrompt(examples.map((e) => e.example)),
    savedAt: deps.now(),
    importedOriginal: null,
  };
}

/** `Rescued: support (gpt-4o-mini-2024-07-18)`: the project says which model it came from. */
export function projectNameOf(modelId: string): string {
  const [, base = modelId, , suffix] = modelId.split(':');
  return `Rescued: ${suffix || base} (${base})`;
}

/** The recipe without any file (all refused): the settings still count. */
export function recipeSettingsOnly(model: AtRiskModel, now: number): Recipe {
  const job = model.job;
  return {
    projectId: null,
    projectName: null,
    model: model.id,
    jobId: job?.id ?? null,
    training: { state: 'none' as const },
    validation: { state: 'none' as const },
    result: { state: 'none' as const },
    resultRows: 0,
    epochs: job?.epochs ?? null,
    batchSize: job?.batchSize ?? null,
    learningRateMultiplier: job?.learningRateMultiplier ?? null,
    suffix: job?.suffix ?? null,
    systemPrompt: '',
    savedAt: now,
    importedOriginal: null,
  };
}
