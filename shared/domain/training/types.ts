// What Tunesmith remembers about a training run, shared by main (which persists and updates it) and the
// renderer (which shows it). A "run" begins the moment the user confirms the cost, before any job exists:
// the upload and the create call belong to it, so a crash at any point can be resumed from what is stored.
import type { Money } from '../pricing/cost';
import type { RunOptions } from './runOptions';
import type { ProviderId } from '../pricing/catalog';
import type { JobStatus } from '../providers/status';
import type { IpcError } from '../../ipc/errors';

/**
 * Where a run is in its life on this machine:
 *  - `uploading`: training data is being sent (or will be resent after a restart);
 *  - `creating`: files are there, the job is being created under the run's clientRef;
 *  - `tracking`: a job exists; the poller follows it until it ends;
 *  - `stopped`: it ended before a job existed (upload cancelled, or the provider refused to start).
 */
export type RunPhase = 'uploading' | 'creating' | 'tracking' | 'stopped';

export interface RunRequest {
  baseModel: string;
  suffix: string | null;
  epochs: number | 'auto';
  batchSize: number | 'auto';
  learningRateMultiplier: number | 'auto';
  seed: number | null;
  /** Provider-only settings (runOptions.ts). */
  options?: RunOptions;
}

export interface MetricPoint {
  step: number;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validLoss: number | null;
  validAccuracy: number | null;
  /** Loss over the whole validation part, reported at each epoch's end: far steadier than `validLoss`,
   *  which is scored on one small batch. Absent when the provider did not report it. */
  fullValidLoss?: number | null;
}

export interface RunEvent {
  id: string;
  createdAt: number;
  level: 'info' | 'warn' | 'error';
  message: string;
}

export interface RunCheckpoint {
  id: string;
  createdAt: number;
  model: string;
  step: number;
  metrics: MetricPoint | null;
}

export interface JobSnapshot {
  id: string;
  status: JobStatus;
  rawStatus: string;
  pending: 'pause' | 'cancel' | null;
  baseModel: string;
  fineTunedModel: string | null;
  createdAt: number;
  finishedAt: number | null;
  estimatedFinishAt: number | null;
  trainedTokens: number | null;
  epochs: number | null;
  error: { code: string | null; message: string; param: string | null } | null;
}

export interface UploadProgress {
  part: 'train' | 'validation';
  sentBytes: number;
  totalBytes: number;
  /** The file was already on this account (same content hash): nothing is sent. */
  reused: boolean;
}

export interface TrainingRun {
  /** Also the clientRef the job carries in its metadata, so a lost answer can be found again. */
  id: string;
  provider: ProviderId;
  source: { id: string; name: string; trainCount: number; validationCount: number } | null;
  request: RunRequest;
  createdAt: number;
  phase: RunPhase;
  stopReason: 'upload_cancelled' | 'start_failed' | null;
  /** Why the start failed (a code the renderer words), when phase is `stopped`. */
  startError: IpcError | null;
  upload: UploadProgress | null;
  files: { train: string | null; validation: string | null };
  job: JobSnapshot | null;
  progress: { step: number; totalSteps: number } | null;
  /** Newest event id already stored: the next look only asks for what came after it. */
  eventCursor: string | null;
  /** Message events, oldest first (metrics events become `metrics` instead). */
  events: RunEvent[];
  metrics: MetricPoint[];
  checkpoints: RunCheckpoint[];
  /** The finish/failure notification was shown (never twice, not even after a restart). */
  notified: boolean;
  /** Found on the account rather than started here. */
  imported: boolean;
  /** Estimated training cost when the run was confirmed, in the currency it is billed in; null when imported. */
  estimatedCost: Money | null;
}

/** A run still needs main's attention (uploading, creating, or a job that has not ended). */
export function isRunActive(run: Pick<TrainingRun, 'phase' | 'job'>): boolean {
  if (run.phase === 'stopped') return false;
  if (run.phase !== 'tracking') return true;
  const status = run.job?.status;
  return status !== 'succeeded' && status !== 'failed' && status !== 'cancelled';
}
