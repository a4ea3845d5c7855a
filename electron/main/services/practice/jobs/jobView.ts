// The `fine_tuning.job` object as OpenAI returns it, built from a stored job record.
import type { JobDurations } from '../clock';
import { toUnixSeconds } from '../clock';
import type { JobRecord } from '../state';
import { estimatedFinish } from './lifecycle';

export function jobView(job: JobRecord, durations: JobDurations, organizationId: string) {
  const hyperparameters = {
    batch_size: job.hyperparameters.batch_size,
    learning_rate_multiplier: job.hyperparameters.learning_rate_multiplier,
    n_epochs: job.hyperparameters.n_epochs,
  };
  const methodHyperparameters =
    job.methodType === 'dpo' ? { ...hyperparameters, beta: job.beta ?? 'auto' } : hyperparameters;
  return {
    object: 'fine_tuning.job' as const,
    id: job.id,
    model: job.model,
    created_at: toUnixSeconds(job.createdAtMs),
    finished_at: job.finishedAt,
    fine_tuned_model: job.fineTunedModel,
    organization_id: organizationId,
    result_files: job.resultFiles,
    // `paused` is outside the spec's enum but is what OpenAI answers (see JobStatusSchema in state.ts).
    status: job.status,
    validation_file: job.validationFile,
    training_file: job.trainingFile,
    // Real DPO jobs answer `hyperparameters: null`, which the spec forbids (required object); the practice
    // service always returns the object so every job validates against the spec.
    hyperparameters,
    trained_tokens: job.trainedTokens,
    // Real non-failed jobs answer `"error": {}` (or all-null fields), which does not validate against the
    // spec; `null` is the spec-valid choice, so the practice service reports `null` unless the job failed.
    error: job.error,
    seed: job.seed,
    estimated_finish: estimatedFinish(job, durations),
    integrations: job.integrations ?? [],
    method: { type: job.methodType, [job.methodType]: { hyperparameters: methodHyperparameters } },
    metadata: job.metadata,
  };
}

export function eventView(event: JobRecord['events'][number]) {
  return {
    object: 'fine_tuning.job.event' as const,
    id: event.id,
    created_at: event.createdAt,
    level: event.level,
    message: event.message,
    data: event.data,
    type: event.type,
  };
}

export function checkpointView(job: JobRecord, checkpoint: JobRecord['checkpoints'][number]) {
  return {
    object: 'fine_tuning.job.checkpoint' as const,
    id: checkpoint.id,
    created_at: checkpoint.createdAt,
    fine_tuned_model_checkpoint: checkpoint.fineTunedModelCheckpoint,
    fine_tuning_job_id: job.id,
    metrics: checkpoint.metrics,
    step_number: checkpoint.stepNumber,
  };
}
