// A Nebius practice job's life as a pure function of the clock (advanced on every read, nothing in the
// background). As observed: the job answers `running` at once and its datasets are checked inside `running`;
// four plain events ("Job is submitted", "Dataset 'validation'/'training' processed successfully", "Training
// completed successfully"); one checkpoint per epoch with metrics and downloadable weight files; no
// `fine_tuned_model` ever (a model to chat with comes from /v0/models).
import { randomUUID } from 'node:crypto';
import type { ChatExample } from '../../../../../../shared/domain/chat';
import { trainingCurve } from '../../brain';
import { hash32 } from '../../brain/random';
import { toUnixSeconds } from '../../clock';
import type { NebiusDurations, NebiusSimulatorSettings } from '../settings';
import type { NebiusEvent, NebiusJob } from '../state';
import { validateNebiusData } from './validateData';

export interface NebiusJobDeps {
  settings: NebiusSimulatorSettings;
  durations: NebiusDurations;
  readFile(id: string): string | undefined;
  countExampleTokens(example: ChatExample): number;
  storeFile(input: { filename: string; purpose: string; bytes: Uint8Array; createdAt: number }): string;
}

export const TERMINAL_NEBIUS_STATUSES = new Set(['succeeded', 'failed', 'cancelled']);

function addEvent(job: NebiusJob, atMs: number, message: string, extra: Partial<NebiusEvent> = {}): void {
  job.events.push({
    id: `ftevent-${randomUUID()}`,
    createdAt: toUnixSeconds(atMs),
    level: 'info',
    message,
    type: 'message',
    data: null,
    ...extra,
  });
}

export function submitted(job: NebiusJob): void {
  addEvent(job, job.createdAtMs, 'Job is submitted');
}

function fail(job: NebiusJob, atMs: number, message: string, param: string): void {
  job.status = 'failed';
  job.finishedAtMs = atMs;
  job.error = { code: 'invalid_training_file', message, param };
  addEvent(job, atMs, message, { level: 'error' });
}

function processDatasets(job: NebiusJob, atMs: number, deps: NebiusJobDeps): void {
  const contextLength = Number(job.hyperparameters['context_length']);
  const check = (id: string) => {
    const text = deps.readFile(id);
    if (text === undefined) return { ok: false as const, message: `File ${id} not found` };
    return validateNebiusData(text, {
      contextLength,
      allowToolCalls: deps.settings.allowToolCalls,
      countTokens: deps.countExampleTokens,
    });
  };
  let validationTokens = 0;
  if (job.validationFile) {
    const validation = check(job.validationFile);
    if (!validation.ok) return fail(job, atMs, validation.message, 'validation_file');
    validationTokens = validation.tokens;
    addEvent(job, atMs, "Dataset 'validation' processed successfully");
  }
  const training = check(job.trainingFile);
  if (!training.ok) return fail(job, atMs, training.message, 'training_file');
  addEvent(job, atMs, "Dataset 'training' processed successfully");
  const epochs = Number(job.hyperparameters['n_epochs']);
  const batchSize = Number(job.hyperparameters['batch_size']);
  const stepsPerEpoch = Math.ceil(training.examples.length / batchSize);
  const curve = trainingCurve({
    exampleCount: training.examples.length,
    epochs,
    batchSize,
    seed: job.seed || hash32(job.id),
    hasValidation: job.validationFile !== null,
    averageExampleTokens: training.tokens / training.examples.length,
  });
  job.plan = {
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * epochs,
    trainedTokensTotal:
      (training.tokens + (deps.settings.billValidationTokens ? validationTokens : 0)) * epochs,
    curve: curve.map((p) => ({
      step: p.step,
      train_loss: p.train_loss,
      valid_loss: p.valid_loss ?? null,
      full_valid_loss: p.full_valid_loss ?? null,
      train_mean_token_accuracy: p.train_mean_token_accuracy,
      valid_mean_token_accuracy: p.valid_mean_token_accuracy ?? null,
      full_valid_mean_token_accuracy: p.full_valid_mean_token_accuracy ?? null,
    })),
    examples: training.examples,
  };
  job.datasetsProcessed = true;
  job.phaseStartedAtMs = atMs;
}

/** Weight files of one checkpoint, named `checkpoint/<file>` as the cookbook's `split('/')[1]` expects. */
function checkpointFiles(job: NebiusJob, atMs: number, deps: NebiusJobDeps): string[] {
  const lora = job.hyperparameters['lora'] === true;
  const config = lora
    ? {
        base_model_name_or_path: job.model,
        peft_type: 'LORA',
        r: job.hyperparameters['lora_r'],
        lora_alpha: job.hyperparameters['lora_alpha'],
        lora_dropout: job.hyperparameters['lora_dropout'],
        task_type: 'CAUSAL_LM',
      }
    : { _name_or_path: job.model, architectures: ['CausalLM'] };
  const files: [string, Uint8Array][] = [
    [lora ? 'adapter_config.json' : 'config.json', Buffer.from(JSON.stringify(config, null, 2))],
    // Practice weights: a valid empty safetensors file (8-byte header length, then "{}" padded).
    [
      lora ? 'adapter_model.safetensors' : 'model.safetensors',
      Buffer.from([8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32]),
    ],
  ];
  return files.map(([name, bytes]) =>
    deps.storeFile({
      filename: `checkpoint/${name}`,
      purpose: 'fine-tune-results',
      bytes,
      createdAt: toUnixSeconds(atMs),
    }),
  );
}

function runStep(job: NebiusJob, step: number, atMs: number, deps: NebiusJobDeps): void {
  const plan = job.plan;
  if (!plan) return;
  job.trainedSteps = step;
  if (step % plan.stepsPerEpoch !== 0) return;
  const metrics = plan.curve[step - 1] ?? plan.curve.at(-1);
  if (!metrics) return;
  job.checkpoints.push({
    id: `ftckpt_${randomUUID()}`,
    createdAt: toUnixSeconds(atMs),
    stepNumber: step,
    metrics,
    resultFiles: checkpointFiles(job, atMs, deps),
  });
  if (deps.settings.metricsEvents)
    addEvent(job, atMs, `Step ${step}/${plan.totalSteps}`, { type: 'metrics', data: { ...metrics } });
}

/** Brings a job up to `nowMs`; true when anything changed. */
export function advanceNebiusJob(job: NebiusJob, nowMs: number, deps: NebiusJobDeps): boolean {
  const before = `${job.status}:${job.trainedSteps}:${job.events.length}`;
  const { durations } = deps;
  for (;;) {
    if (job.status === 'validating_files' || job.status === 'queued') {
      const at =
        job.phaseStartedAtMs + (job.status === 'queued' ? durations.queuedMs : durations.validatingMs);
      if (nowMs < at) break;
      job.status = job.status === 'queued' ? 'running' : 'queued';
      job.phaseStartedAtMs = at;
    } else if (job.status === 'running' && !job.datasetsProcessed) {
      const at = job.phaseStartedAtMs + durations.datasetMs;
      if (nowMs < at) break;
      processDatasets(job, at, deps);
    } else if (job.status === 'running' && job.plan) {
      const stepMs = durations.runningMs / Math.max(1, job.plan.totalSteps);
      while (job.trainedSteps < job.plan.totalSteps) {
        const at = job.phaseStartedAtMs + (job.trainedSteps + 1) * stepMs;
        if (nowMs < at) return `${job.status}:${job.trainedSteps}:${job.events.length}` !== before;
        runStep(job, job.trainedSteps + 1, at, deps);
      }
      const end = job.phaseStartedAtMs + job.plan.totalSteps * stepMs;
      job.status = 'succeeded';
      job.finishedAtMs = end;
      addEvent(job, end, 'Training completed successfully');
    } else {
      break;
    }
  }
  return `${job.status}:${job.trainedSteps}:${job.events.length}` !== before;
}

/** Tokens processed so far (observed 0 while a job starts; the billing basis at the end). */
export function trainedTokens(job: NebiusJob): number {
  const plan = job.plan;
  if (!plan) return 0;
  return Math.round((plan.trainedTokensTotal * job.trainedSteps) / Math.max(1, plan.totalSteps));
}

/** "Immediately cancel". */
export function cancelNebiusJob(job: NebiusJob, nowMs: number): void {
  job.status = 'cancelled';
  job.finishedAtMs = nowMs;
  addEvent(job, nowMs, 'Job is cancelled');
}
