// How Together shows a fine-tune job, its events and a base's limits (together-ai `resources/fine-tuning.ts`):
// ISO timestamps, the truncated job for create/list/cancel and the full one for retrieve.
import type { TogetherContext } from '../context';
import type { TogetherBaseModel } from '../settings';
import type { TogetherJob } from '../state';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Bounds per base (`FinetuneModelLimits`); the numbers are unverified, the shape is the SDK's. */
export function limitsOf(base: TogetherBaseModel) {
  const big = base.sizeB > 16;
  return {
    max_num_epochs: 20,
    max_num_evals: 100,
    max_num_checkpoints: 20,
    min_learning_rate: 1e-6,
    max_learning_rate: 1e-2,
    max_seq_length_sft: big ? 8192 : 16384,
    max_seq_length_dpo: big ? 4096 : 8192,
    min_max_seq_length: 512,
    default_gradient_accumulation_steps: 1,
    merge_output_lora: !big,
    supports_full_training: !big,
    supports_reasoning: base.supportsReasoning,
    supports_tools: base.supportsTools,
    supports_vision: false,
    lora_training: {
      min_batch_size: 8,
      max_batch_size: big ? 16 : 32,
      max_batch_size_dpo: big ? 8 : 16,
      max_rank: 64,
      target_modules: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
    },
    // Full training updates every weight, so it fits fewer examples per batch than LoRA (numbers unverified);
    // absent where the base has no full training, as in the SDK's `full_training?`.
    ...(big ? {} : { full_training: { min_batch_size: 8, max_batch_size: 16, max_batch_size_dpo: 8 } }),
  };
}

export function togetherJobView(ctx: TogetherContext, job: TogetherJob, full: boolean) {
  const slug = ctx.settings.projectSlug;
  const progressAvailable = job.status === 'running' && job.totalSteps > 0;
  const secondsRemaining = progressAvailable
    ? Math.ceil((ctx.durations.runningMs * (job.totalSteps - job.stepsDone)) / job.totalSteps / 1000)
    : 0;
  const base = {
    id: job.id,
    status: job.status,
    created_at: iso(job.createdAtMs),
    updated_at: iso(job.updatedAtMs),
    started_at: iso(job.startedAtMs) ?? undefined,
    user_id: `user_${ctx.settings.owner}`,
    owner_address: `${ctx.settings.owner}@practice.invalid`,
    model: job.model,
    model_output_name: job.modelOutputName,
    suffix: job.suffix ?? undefined,
    training_file: job.trainingFile,
    validation_file: job.validationFile ?? '',
    n_epochs: job.nEpochs,
    n_evals: job.nEvals,
    n_checkpoints: job.nCheckpoints,
    batch_size: job.batchSize,
    learning_rate: job.learningRate,
    random_seed: job.seed,
    training_method: { method: 'sft', train_on_inputs: job.trainOnInputs },
    training_type:
      job.trainingType === 'Lora'
        ? {
            type: 'Lora',
            lora_r: job.loraR,
            lora_alpha: job.loraAlpha,
            lora_dropout: 0,
            lora_trainable_modules: 'all-linear',
          }
        : { type: 'Full' },
    token_count: job.tokenCount,
    total_price: Number(job.totalPriceUsd.toFixed(6)),
    progress: { estimate_available: progressAvailable, seconds_remaining: secondsRemaining },
  };
  if (!full) return base;
  const done = job.status === 'completed';
  return {
    ...base,
    job_id: job.id,
    epochs_completed: Math.floor(job.stepsDone / Math.max(1, job.stepsPerEpoch)),
    queue_depth: job.status === 'queued' ? 1 : 0,
    trainingfile_numlines:
      ctx.store.state.files.find((f) => f.id === job.trainingFile)?.validationReport?.nlines ?? 0,
    trainingfile_size: ctx.store.state.files.find((f) => f.id === job.trainingFile)?.bytes ?? 0,
    model_output_path: `s3://together-practice/finetune/${job.id}/${job.modelOutputName}`,
    ...(done
      ? {
          model_object_id: job.modelObjectId,
          model_object_name: `${slug}/${job.modelOutputName.split('/').at(-1)}`,
          model_object_revision_id: job.modelRevisionId,
          adapter_object_id: job.adapterObjectId,
          adapter_object_name: `${slug}/${job.modelOutputName.split('/').at(-1)}-adapter`,
          adapter_object_revision_id: job.adapterRevisionId,
        }
      : {}),
    events: job.events.map(eventView),
  };
}

export function eventView(e: TogetherJob['events'][number]) {
  return {
    object: 'fine-tune-event',
    created_at: new Date(e.atMs).toISOString(),
    message: e.message,
    type: e.type,
    level: e.level,
    ...(e.step !== undefined ? { step: e.step } : {}),
    ...(e.totalSteps !== undefined ? { total_steps: e.totalSteps } : {}),
    ...(e.checkpointPath ? { checkpoint_path: e.checkpointPath } : {}),
    ...(e.modelPath ? { model_path: e.modelPath } : {}),
  };
}
