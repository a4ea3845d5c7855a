// Nebius's objects → the app's normalized ones. Jobs, events and checkpoints are OpenAI's shapes (the
// OpenAI mapping is reused) with Nebius's differences: no `fine_tuned_model` (the chat-able model is
// deployed from "<job>:<checkpoint>", so that pair is what the app calls the trained model), no metadata
// (our reference rides in the suffix), and the loss lives in checkpoint metrics.
import { createHash } from 'node:crypto';
import type OpenAI from 'openai';
import type { DeploymentState, ProviderDeploymentInfo } from '../../../../../shared/domain/deployments/types';
import { normalizeJobStatus } from '../../../../../shared/domain/providers/status';
import { providerTimeToMs } from '../../../../../shared/domain/providers/time';
import { mapMetrics } from '../openai/mapping';
import type { MetricPoint, ProviderCheckpoint, ProviderEvent, ProviderJob } from '../Provider';
import type { NebiusCustomModel } from './rest';

type Job = OpenAI.FineTuning.Jobs.FineTuningJob;
type Checkpoint = OpenAI.FineTuning.Jobs.Checkpoints.FineTuningJobCheckpoint;

const SUFFIX_MAX = 64;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Ten hex digits of the reference's hash: what the suffix carries (the reference itself may be long). */
export const refToken = (clientRef: string): string =>
  createHash('sha256').update(clientRef).digest('hex').slice(0, 10);

/** The user's suffix (cleaned) followed by `ts<token>`, within Nebius's 64 characters. */
export function suffixFor(clientRef: string, suffix?: string): string {
  const tag = `ts${refToken(clientRef)}`;
  const own = (suffix ?? '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return own ? `${own.slice(0, SUFFIX_MAX - tag.length - 1)}-${tag}` : tag;
}

/** The reference token a job's suffix carries, if it is one of ours. */
export function refOf(job: { suffix?: string | null }): string | null {
  return /(?:^|-)ts([0-9a-f]{10})$/.exec(job.suffix ?? '')?.[1] ?? null;
}

/** The trained model's name in the app: the `/v0/models` source of its final checkpoint. */
export const trainedModelName = (jobId: string, checkpointId: string): string => `${jobId}:${checkpointId}`;

export function splitTrainedModel(model: string): { jobId: string; checkpointId: string } | null {
  const [jobId, checkpointId, ...rest] = model.split(':');
  return jobId?.startsWith('ftjob-') && checkpointId && rest.length === 0 ? { jobId, checkpointId } : null;
}

export function mapJob(job: Job, fineTunedModel: string | null = null): ProviderJob {
  const loose = job as Job & {
    estimated_finish?: number | null;
    hyperparameters?: { n_epochs?: unknown } | null;
  };
  return {
    id: job.id,
    provider: 'nebius',
    status: normalizeJobStatus('nebius', String(job.status)),
    baseModel: job.model,
    fineTunedModel,
    createdAt: providerTimeToMs(job.created_at) ?? 0,
    finishedAt: providerTimeToMs(job.finished_at),
    estimatedFinishAt: providerTimeToMs(loose.estimated_finish),
    trainedTokens: num(job.trained_tokens),
    epochs: num(loose.hyperparameters?.n_epochs),
    error:
      job.error && job.error.message
        ? { code: job.error.code ?? null, message: job.error.message, param: job.error.param ?? null }
        : null,
    clientRef: null,
  };
}

export function mapCheckpoint(jobId: string, checkpoint: Checkpoint): ProviderCheckpoint {
  return {
    id: checkpoint.id,
    createdAt: providerTimeToMs(checkpoint.created_at) ?? 0,
    model: trainedModelName(jobId, checkpoint.id),
    step: checkpoint.step_number,
    metrics: checkpointMetrics(checkpoint),
  };
}

/** A checkpoint's metrics at its step (the metrics' own `step` when present). */
export function checkpointMetrics(checkpoint: Checkpoint): MetricPoint | null {
  const metrics = (checkpoint.metrics ?? {}) as Record<string, unknown>;
  return mapMetrics({ ...metrics, step: num(metrics['step']) ?? checkpoint.step_number });
}

/**
 * A checkpoint's loss as an event, so the training view's loss chart (fed by metric events) shows it like
 * any provider's. Its id is stable, so a repeated read never duplicates it.
 */
export function checkpointEvent(checkpoint: ProviderCheckpoint): ProviderEvent {
  return {
    id: `ckpt-metrics-${checkpoint.id}`,
    createdAt: checkpoint.createdAt,
    level: 'info',
    message: `Checkpoint saved at step ${checkpoint.step}`,
    metrics: checkpoint.metrics,
  };
}

const STATES: Record<string, DeploymentState> = {
  validating: 'deploying',
  active: 'ready',
  error: 'failed',
  deleted: 'stopped',
};

export function mapCustomModel(model: NebiusCustomModel, fallbackSource = ''): ProviderDeploymentInfo {
  const raw = model.status ?? 'validating';
  return {
    id: model.name,
    model: model.source ?? fallbackSource,
    chatModel: model.name,
    state: STATES[raw] ?? 'deploying',
    raw,
    createdAt: providerTimeToMs(model.created_at ?? null),
  };
}
