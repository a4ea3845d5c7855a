// A practice job's life is a pure function of the clock: every read first "advances" the job to now,
// replaying whatever should have happened since (validation, queueing, each training step, checkpoints,
// the final model). Nothing runs in the background, so a job that was running when the app closed simply
// carries on from the stored state when it is next looked at, and tests move a manual clock instead of sleeping.
import type { ChatExample } from '../../../../../shared/domain/chat';
import { type JobDurations, toUnixSeconds } from '../clock';
import { newId } from '../ids';
import type { CheckpointRecord, EventRecord, JobRecord, Metrics, ModelRecord } from '../state';
import { planJob, resultCsvBase64 } from './plan';
import { moderationFailure, validateTrainingFile, type ValidationOutcome } from './validateTrainingFile';

export interface LifecycleDeps {
  durations: JobDurations;
  /** UTF-8 text of a stored file, or undefined when it no longer exists. */
  readFileText(fileId: string): string | undefined;
  /** Examples a fine-tuned model was trained on (for continued training from an `ft:` model). */
  parentExamples(modelId: string): ChatExample[];
  /** Stores the metrics CSV as a `fine-tune-results` file and returns its id. */
  createResultFile(contentBase64: string, createdAt: number): string;
  registerModel(model: ModelRecord): void;
  /** Moderation verdict for one example, or undefined to skip moderation. */
  isFlagged?: (example: ChatExample) => boolean;
  organizationId: string;
}

/** OpenAI keeps the checkpoints of the last three epochs only. */
const KEPT_CHECKPOINTS = 3;

function addEvent(job: JobRecord, atMs: number, message: string, extra: Partial<EventRecord> = {}): void {
  job.events.push({
    id: newId.event(),
    createdAt: toUnixSeconds(atMs),
    level: 'info',
    message,
    type: 'message',
    // The spec types `data` as an object; real "message" events carry `{}` (sometimes null, which the spec forbids).
    data: {},
    ...extra,
  });
}

function failJob(
  job: JobRecord,
  atMs: number,
  error: { code: string; message: string; param: string | null },
): void {
  job.status = 'failed';
  job.error = error;
  job.finishedAt = toUnixSeconds(atMs);
  addEvent(job, atMs, error.message, { level: 'error' });
}

function validateFile(
  fileId: string,
  role: 'training' | 'validation',
  job: JobRecord,
  deps: LifecycleDeps,
): ValidationOutcome {
  const text = deps.readFileText(fileId);
  if (text === undefined) {
    return {
      ok: false,
      code: role === 'training' ? 'invalid_training_file' : 'invalid_validation_file',
      message: `The job failed due to an invalid ${role} file. File ${fileId} could not be found.`,
      param: role === 'training' ? 'training_file' : 'validation_file',
    };
  }
  const outcome = validateTrainingFile(text, { role, method: job.methodType, fileId });
  if (!outcome.ok || !deps.isFlagged) return outcome;
  const flagged = outcome.examples.flatMap((example, i) => (deps.isFlagged?.(example) ? [i + 1] : []));
  return flagged.length > 0 ? moderationFailure(role, flagged) : outcome;
}

function finishValidation(job: JobRecord, atMs: number, deps: LifecycleDeps): void {
  const training = validateFile(job.trainingFile, 'training', job, deps);
  if (!training.ok)
    return failJob(job, atMs, { code: training.code, message: training.message, param: training.param });
  if (job.validationFile) {
    const validation = validateFile(job.validationFile, 'validation', job, deps);
    if (!validation.ok)
      return failJob(job, atMs, {
        code: validation.code,
        message: validation.message,
        param: validation.param,
      });
  }
  const { hyperparameters, plan } = planJob(job, training.examples, job.validationFile !== null);
  job.hyperparameters = hyperparameters;
  job.plan = plan;
  job.status = 'queued';
  job.phaseStartedAtMs = atMs;
  addEvent(job, atMs, 'Files validated, moving job to queued state');
}

function stepMessage(point: Metrics, total: number): string {
  let text = `Step ${point.step}/${total}: training loss=${point.train_loss.toFixed(2)}`;
  if (point.valid_loss !== undefined) text += `, validation loss=${point.valid_loss.toFixed(2)}`;
  if (point.full_valid_loss !== undefined)
    text += `, full validation loss=${point.full_valid_loss.toFixed(2)}`;
  return text;
}

/** `ft:base:personal:suffix:AbCd1234` → `ft:base:personal:suffix:<new tail>:ckpt-step-N` for earlier epochs. */
function checkpointName(job: JobRecord, step: number, isFinal: boolean): string {
  if (isFinal) return job.plannedModel;
  const withoutTail = job.plannedModel.slice(0, job.plannedModel.lastIndexOf(':'));
  return `${withoutTail}:${newId.modelTail()}:ckpt-step-${step}`;
}

function runStep(job: JobRecord, step: number, atMs: number): void {
  const plan = job.plan;
  if (!plan) return;
  const point = plan.curve[Math.min(step, plan.curve.length) - 1] ?? {
    step,
    train_loss: 0,
    train_mean_token_accuracy: 1,
  };
  const metrics: Metrics = { ...point, step };
  addEvent(job, atMs, stepMessage(metrics, plan.totalSteps), {
    type: 'metrics',
    data: { ...metrics, total_steps: plan.totalSteps },
  });
  job.stepsDone = step;
  if (step % plan.stepsPerEpoch !== 0) return;
  const isFinal = step === plan.totalSteps;
  const checkpoint: CheckpointRecord = {
    id: newId.checkpoint(),
    createdAt: toUnixSeconds(atMs),
    fineTunedModelCheckpoint: checkpointName(job, step, isFinal),
    stepNumber: step,
    metrics,
  };
  job.checkpoints.push(checkpoint);
  if (job.checkpoints.length > KEPT_CHECKPOINTS)
    job.checkpoints.splice(0, job.checkpoints.length - KEPT_CHECKPOINTS);
  if (!isFinal) {
    addEvent(
      job,
      atMs,
      `Checkpoint created at step ${step} with Snapshot ID: ${checkpoint.fineTunedModelCheckpoint}`,
    );
  }
}

function succeed(job: JobRecord, atMs: number, deps: LifecycleDeps): void {
  const plan = job.plan;
  if (!plan) return;
  const epochs = typeof job.hyperparameters.n_epochs === 'number' ? job.hyperparameters.n_epochs : 1;
  job.status = 'succeeded';
  job.fineTunedModel = job.plannedModel;
  job.finishedAt = toUnixSeconds(atMs);
  job.trainedTokens = plan.billedTokensPerEpoch * epochs;
  job.resultFiles = [
    deps.createResultFile(resultCsvBase64(plan.curve.slice(0, plan.totalSteps)), job.finishedAt),
  ];
  deps.registerModel({
    id: job.plannedModel,
    created: job.finishedAt,
    // The real `owned_by` of a fine-tuned model could not be confirmed (reference §10); the org id is used.
    ownedBy: deps.organizationId,
    base: job.model,
    jobId: job.id,
    examples: [...deps.parentExamples(job.model), ...(plan.examples as ChatExample[])],
  });
  addEvent(job, atMs, `New fine-tuned model created: ${job.plannedModel}`);
  addEvent(job, atMs, 'The job has successfully completed');
}

/** Milliseconds one training step takes on the clock. */
export function stepDurationMs(job: JobRecord, durations: JobDurations): number {
  return durations.runningMs / Math.max(1, job.plan?.totalSteps ?? 1);
}

/** Brings a job up to `nowMs`. Returns true when anything changed (so the caller saves). */
export function advanceJob(job: JobRecord, nowMs: number, deps: LifecycleDeps): boolean {
  const before = job.events.length;
  const { durations } = deps;
  for (;;) {
    if (job.status === 'validating_files') {
      const at = job.phaseStartedAtMs + durations.validatingMs;
      if (nowMs < at) break;
      finishValidation(job, at, deps);
    } else if (job.status === 'queued') {
      const at = job.phaseStartedAtMs + durations.queuedMs;
      if (nowMs < at) break;
      job.status = 'running';
      job.phaseStartedAtMs = at;
      job.runStartStep = job.stepsDone;
      addEvent(job, at, 'Fine-tuning job started');
    } else if (job.status === 'running' && job.plan) {
      const stepMs = stepDurationMs(job, durations);
      while (job.stepsDone < job.plan.totalSteps) {
        const at = job.phaseStartedAtMs + (job.stepsDone + 1 - job.runStartStep) * stepMs;
        if (nowMs < at) return job.events.length !== before;
        runStep(job, job.stepsDone + 1, at);
      }
      succeed(job, job.phaseStartedAtMs + (job.plan.totalSteps - job.runStartStep) * stepMs, deps);
    } else {
      break;
    }
  }
  return job.events.length !== before;
}

/** When a running job will be done, in Unix seconds; null in any other state (as OpenAI reports it). */
export function estimatedFinish(job: JobRecord, durations: JobDurations): number | null {
  if (job.status !== 'running' || !job.plan) return null;
  const stepMs = stepDurationMs(job, durations);
  return toUnixSeconds(job.phaseStartedAtMs + (job.plan.totalSteps - job.runStartStep) * stepMs);
}

export const TERMINAL_STATUSES = new Set(['succeeded', 'failed', 'cancelled']);

export function cancelJob(job: JobRecord, nowMs: number): void {
  job.status = 'cancelled';
  job.finishedAt = toUnixSeconds(nowMs);
  addEvent(job, nowMs, 'Fine-tuning job cancelled');
}

export function pauseJob(job: JobRecord, nowMs: number): void {
  job.status = 'paused';
  addEvent(job, nowMs, 'Fine-tuning job paused');
}

/** A resumed job goes back to the queue (the spec's resume example answers `queued`) and then trains on. */
export function resumeJob(job: JobRecord, nowMs: number): void {
  job.status = job.plan ? 'queued' : 'validating_files';
  job.phaseStartedAtMs = nowMs;
  addEvent(job, nowMs, 'Fine-tuning job resumed');
}
