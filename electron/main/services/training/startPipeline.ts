// A run from "start" to a tracked job: stage the exact bytes on disk, upload (or reuse) each part, then
// create the job under the run's clientRef. Each step is saved before the call it prepares, so after a
// restart or crash `resumeRun` picks up where the stored phase says and never creates a second job:
//   uploading → (files saved) → creating → (clientRef already saved; create is duplicate-free and looks
//   the reference up first) → tracking.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, appError, type IpcError } from '../../../../shared/ipc/errors';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { FineTuningProvider } from '../providers/Provider';
import { snapshotOf } from './jobSync';
import type { TrainingDataSource } from './TrainingDataSource';
import { findRun, updateRun, type TrainingFile } from './TrainingStore';
import { toJsonl, uploadOnce, type Sleep } from './Uploader';

export interface PipelineDeps {
  store: TrainingFile;
  source: TrainingDataSource;
  stagingDir: string;
  sleep: Sleep;
  providerFor(run: TrainingRun): FineTuningProvider;
  accountKey(run: TrainingRun): string;
  changed(run: TrainingRun): void;
  /** The job exists: start watching it. */
  tracked(run: TrainingRun): void;
  /** Creating failed in a way that may pass: look again later (the poller's schedule). */
  retryLater(run: TrainingRun): void;
  /** Tests only: runs after the provider created the job and before it is saved here (crash injection). */
  afterJobCreated?: (run: TrainingRun) => Promise<void>;
}

const stagedPath = (dir: string, runId: string, part: 'train' | 'validation') =>
  path.join(dir, `${runId}-${part}.jsonl`);

/** Writes the bytes to upload, once: a resumed run uploads exactly what the user confirmed. */
export async function stageRun(
  deps: PipelineDeps,
  run: TrainingRun,
  provider: FineTuningProvider,
): Promise<void> {
  if (!run.source) return;
  await fs.mkdir(deps.stagingDir, { recursive: true, mode: 0o700 });
  for (const part of ['train', 'validation'] as const) {
    const examples = await deps.source.examplesOf(run.source.id, part);
    if (examples.length === 0) continue;
    const converted = provider.convert(
      examples.map((e) => e.example),
      run.request.baseModel,
    );
    await fs.writeFile(stagedPath(deps.stagingDir, run.id, part), toJsonl(converted.examples), {
      mode: 0o600,
    });
  }
}

async function readStaged(deps: PipelineDeps, run: TrainingRun, part: 'train' | 'validation') {
  try {
    return new Uint8Array(await fs.readFile(stagedPath(deps.stagingDir, run.id, part)));
  } catch {
    return null;
  }
}

async function unstage(deps: PipelineDeps, runId: string) {
  for (const part of ['train', 'validation'] as const)
    await fs.rm(stagedPath(deps.stagingDir, runId, part), { force: true });
}

const save = async (deps: PipelineDeps, id: string, change: (run: TrainingRun) => TrainingRun) => {
  const run = await updateRun(deps.store, id, change);
  if (run) deps.changed(run);
  return run;
};

/** Continues a run from its stored phase until its job is tracked, or it stops. */
export async function resumeRun(deps: PipelineDeps, runId: string, signal: AbortSignal): Promise<void> {
  try {
    let run = findRun(deps.store, runId);
    if (!run) return;
    const provider = deps.providerFor(run);
    if (run.phase === 'uploading') {
      for (const part of ['train', 'validation'] as const) {
        if (run.files[part]) continue;
        const content = await readStaged(deps, run, part);
        if (!content) {
          if (part === 'train') throw appError('not_found');
          continue;
        }
        const fileId = await uploadOnce(
          { store: deps.store, sleep: deps.sleep },
          {
            provider,
            accountKey: deps.accountKey(run),
            filename: `tunesmith-${run.id}-${part}.jsonl`,
            content,
            signal,
            onProgress: (sentBytes, totalBytes, reused) =>
              void save(deps, runId, (r) => ({ ...r, upload: { part, sentBytes, totalBytes, reused } })),
          },
        );
        run = await save(deps, runId, (r) => ({ ...r, files: { ...r.files, [part]: fileId } }));
        if (!run) return;
      }
      run = await save(deps, runId, (r) => ({ ...r, phase: 'creating' }));
      if (!run) return;
    }
    if (run.phase === 'creating') {
      const trainingFileId = run.files.train;
      if (!trainingFileId) throw appError('not_found');
      // The clientRef (the run id) was saved with the run before any call: if this create's answer is
      // lost to a crash, the next start finds the job by it instead of creating another.
      const job = await provider.createJob(
        {
          clientRef: run.id,
          baseModel: run.request.baseModel,
          trainingFileId,
          ...(run.files.validation ? { validationFileId: run.files.validation } : {}),
          ...(run.request.suffix ? { suffix: run.request.suffix } : {}),
          epochs: run.request.epochs,
          batchSize: run.request.batchSize,
          learningRateMultiplier: run.request.learningRateMultiplier,
          ...(run.request.seed !== null ? { seed: run.request.seed } : {}),
          ...(run.request.options ? { options: run.request.options } : {}),
        },
        { signal },
      );
      await deps.afterJobCreated?.(run);
      run = await save(deps, runId, (r) => ({
        ...r,
        phase: 'tracking',
        upload: null,
        startError: null,
        job: snapshotOf(job),
      }));
      if (run) deps.tracked(run);
      await unstage(deps, runId);
    }
  } catch (error) {
    await stop(deps, runId, error, signal);
  }
}

/** Failures after which a job may exist or may yet be created: keep the run in `creating` and try later. */
const TRANSIENT = new Set(['offline', 'timeout', 'server_error', 'rate_limited']);

async function stop(deps: PipelineDeps, runId: string, error: unknown, signal: AbortSignal) {
  const cancelled = signal.aborted || (error instanceof AppError && error.ipcError.code === 'cancelled');
  const startError: IpcError = error instanceof AppError ? error.ipcError : { code: 'internal' };
  if (!cancelled && findRun(deps.store, runId)?.phase === 'creating' && TRANSIENT.has(startError.code)) {
    // The job may exist (an answer lost on the way) or the provider is briefly away: stopping here could
    // orphan a paid job. Stay in `creating`; the poller retries, and create looks the clientRef up first.
    const run = await save(deps, runId, (r) => ({ ...r, startError }));
    if (run) deps.retryLater(run);
    return;
  }
  await save(deps, runId, (r) => ({
    ...r,
    phase: 'stopped',
    stopReason: cancelled ? 'upload_cancelled' : 'start_failed',
    startError: cancelled ? null : startError,
    upload: null,
  }));
  await unstage(deps, runId);
}
