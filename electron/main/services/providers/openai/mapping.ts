// OpenAI's objects → the app's normalized ones (Provider.ts). Fields the SDK types do not declare but the
// API sends (`pausing`/`paused` statuses, `shutdown_date` on models, `estimated_finish`) are read defensively.
import type OpenAI from 'openai';
import type { ProviderId } from '../../../../../shared/domain/pricing/catalog';
import { normalizeJobStatus } from '../../../../../shared/domain/providers/status';
import { providerTimeToMs } from '../../../../../shared/domain/providers/time';
import type { MetricPoint, ProviderCheckpoint, ProviderEvent, ProviderJob, ProviderModel } from '../Provider';

export const CLIENT_REF_KEY = 'tunesmith_ref';

type Job = OpenAI.FineTuning.Jobs.FineTuningJob;
type JobEvent = OpenAI.FineTuning.Jobs.FineTuningJobEvent;
type Checkpoint = OpenAI.FineTuning.Jobs.Checkpoints.FineTuningJobCheckpoint;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function mapJob(provider: ProviderId, job: Job): ProviderJob {
  const loose = job as Job & { estimated_finish?: number | null; metadata?: Record<string, string> | null };
  const epochs = job.method?.supervised?.hyperparameters?.n_epochs ?? job.hyperparameters?.n_epochs;
  return {
    id: job.id,
    provider,
    status: normalizeJobStatus(provider, String(job.status)),
    baseModel: job.model,
    fineTunedModel: job.fine_tuned_model ?? null,
    createdAt: providerTimeToMs(job.created_at) ?? 0,
    finishedAt: providerTimeToMs(job.finished_at),
    estimatedFinishAt: providerTimeToMs(loose.estimated_finish),
    trainedTokens: num(job.trained_tokens),
    epochs: num(epochs),
    error:
      job.error && job.error.message
        ? { code: job.error.code ?? null, message: job.error.message, param: job.error.param ?? null }
        : null,
    clientRef: loose.metadata?.[CLIENT_REF_KEY] ?? null,
  };
}

export function mapMetrics(data: unknown): MetricPoint | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const step = num(d['step']);
  if (step === null) return null;
  return {
    step,
    trainLoss: num(d['train_loss']),
    trainAccuracy: num(d['train_mean_token_accuracy']),
    validLoss: num(d['valid_loss']) ?? num(d['full_valid_loss']),
    validAccuracy: num(d['valid_mean_token_accuracy']) ?? num(d['full_valid_mean_token_accuracy']),
  };
}

export function mapEvent(event: JobEvent): ProviderEvent {
  return {
    id: event.id,
    createdAt: providerTimeToMs(event.created_at) ?? 0,
    level: event.level,
    message: event.message,
    metrics: event.type === 'metrics' ? mapMetrics(event.data) : null,
  };
}

export function mapCheckpoint(checkpoint: Checkpoint): ProviderCheckpoint {
  return {
    id: checkpoint.id,
    createdAt: providerTimeToMs(checkpoint.created_at) ?? 0,
    model: checkpoint.fine_tuned_model_checkpoint,
    step: checkpoint.step_number,
    metrics: mapMetrics(checkpoint.metrics),
  };
}

export function mapModel(model: OpenAI.Models.Model): ProviderModel {
  const shutdown = (model as OpenAI.Models.Model & { shutdown_date?: string | null }).shutdown_date;
  return {
    id: model.id,
    createdAt: providerTimeToMs(model.created) ?? 0,
    ownedBy: model.owned_by,
    shutdownDate: typeof shutdown === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(shutdown) ? shutdown : null,
    fineTuned: model.id.startsWith('ft:'),
  };
}
