// "Save the trained weights": a trained model's files downloaded into a folder the user picks, the size
// said first, progress reported, and resumable: each file is written to `<name>.part` and renamed when it
// is whole, so a later save continues a `.part` from its length (asking the provider for that byte
// range; a provider that answers from the start is written from the start) and skips finished files.
// A small README.txt beside the files says what they are and which base model they need.
// Provider-neutral: providers supply TrainedWeights (types.ts); no Electron here.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../../shared/ipc/errors';
import type { TrainedWeights } from './types';

export interface WeightsProgress {
  model: string;
  file: string;
  doneBytes: number;
  totalBytes: number;
}

export interface WeightsSummary {
  model: string;
  baseModel: string;
  files: { name: string; bytes: number }[];
  totalBytes: number;
}

export interface WeightsSaved extends WeightsSummary {
  /** The folder the files were written to (inside the one the user picked). */
  folder: string;
  /** Bytes that were already on disk from an earlier, interrupted save. */
  resumedBytes: number;
}

export interface WeightsServiceDeps {
  /** The trained model's files, from its provider. */
  weights(provider: string, model: string, signal?: AbortSignal): Promise<TrainedWeights>;
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  onProgress(progress: WeightsProgress): void;
  now(): Date;
  /** Least time between two progress reports (the last one is always sent). */
  progressEveryMs?: number;
}

/** A file name that cannot leave its folder. */
const SAFE_NAME = /^(?!\.{1,2}$)[^/\\:*?"<>|\0]{1,200}$/;

export function summarize(weights: TrainedWeights): WeightsSummary {
  const files = weights.files.map((f) => ({ name: f.name, bytes: f.bytes }));
  return {
    model: weights.model,
    baseModel: weights.baseModel,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}

/** The folder inside the chosen one: named after the model, so two saves never mix their files. */
export const folderNameFor = (model: string): string =>
  `weights-${model.replace(/[^\w.-]+/g, '_').slice(0, 120)}`;

export function readmeText(weights: TrainedWeights, savedAt: Date): string {
  return [
    `Trained weights saved by Tunesmith on ${savedAt.toISOString().slice(0, 10)}`,
    '',
    `Provider:      ${weights.provider}`,
    `Trained model: ${weights.model}`,
    `Base model:    ${weights.baseModel}`,
    `What these are: ${weights.format}`,
    '',
    'These files are not a model on their own: they change the base model above. To use them, load that',
    'exact base model and apply these files on top of it (for a LoRA adapter, with a library such as',
    'Hugging Face PEFT, or a server that accepts LoRA adapters). Another base model will not work.',
    '',
    'Files:',
    ...weights.files.map((f) => `  ${f.name}  (${f.bytes} bytes)`),
    '',
  ].join('\n');
}

export class WeightsService {
  constructor(private readonly deps: WeightsServiceDeps) {}

  /** What "Save the trained weights" would download, shown before anything is written. */
  async describe(provider: string, model: string, signal?: AbortSignal): Promise<WeightsSummary> {
    return summarize(await this.deps.weights(provider, model, signal));
  }

  /** Asks for a folder and downloads into it; null when the user cancelled the folder choice. */
  async save(provider: string, model: string, signal?: AbortSignal): Promise<WeightsSaved | null> {
    const weights = await this.deps.weights(provider, model, signal);
    const chosen = await this.deps.chooseFolder();
    if (!chosen) return null;
    return this.download(weights, path.join(chosen, folderNameFor(model)), signal);
  }

  async download(weights: TrainedWeights, folder: string, signal?: AbortSignal): Promise<WeightsSaved> {
    for (const file of weights.files)
      if (!SAFE_NAME.test(file.name)) throw appError('bad_input', { path: 'file' });
    await fs.mkdir(folder, { recursive: true });
    const summary = summarize(weights);
    let done = 0;
    let resumed = 0;
    let lastReport = -Infinity;
    const every = this.deps.progressEveryMs ?? 200;
    const report = (file: string, force = false) => {
      const now = this.deps.now().getTime();
      if (!force && now - lastReport < every) return;
      lastReport = now;
      this.deps.onProgress({ model: weights.model, file, doneBytes: done, totalBytes: summary.totalBytes });
    };
    for (const file of weights.files) {
      const target = path.join(folder, file.name);
      const part = `${target}.part`;
      if ((await sizeOf(target)) === file.bytes) {
        done += file.bytes;
        resumed += file.bytes;
        report(file.name, true);
        continue;
      }
      let have = await sizeOf(part);
      if (have !== null && have > file.bytes) have = 0;
      const read = await file.open(have ?? 0, signal);
      // The provider started from 0 (it ignored the range): the partial file is rewritten from 0.
      const start = read.start === (have ?? 0) ? (have ?? 0) : 0;
      resumed += start;
      done += start;
      // Each chunk is on disk before the next is read, so an interrupted save leaves an exact `.part`.
      const handle = await fs.open(part, start > 0 ? 'a' : 'w');
      try {
        for await (const chunk of read.body) {
          if (signal?.aborted) throw appError('cancelled');
          await handle.write(chunk);
          done += chunk.byteLength;
          report(file.name);
        }
      } finally {
        await handle.close();
      }
      const written = await sizeOf(part);
      // A short or long file is not kept as whole: the next save continues or restarts it.
      if (written !== file.bytes) throw appError('server_error');
      await fs.rename(part, target);
      report(file.name, true);
    }
    await fs.writeFile(path.join(folder, 'README.txt'), readmeText(weights, this.deps.now()), 'utf8');
    return { ...summary, folder, resumedBytes: resumed };
  }
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return null;
  }
}
