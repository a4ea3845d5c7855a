// A Together practice job's life as a pure function of the clock (advanced on every read, nothing in the
// background): pending → queued → running → compressing → uploading → completed, with error / user_error
// and cancel_requested → cancelled (state machine and the 27 event types: reference §3.3). Event wording is
// unverified; the `type`s, `step` / `total_steps` and the order follow the SDK's enum.
import type { ChatExample } from '../../../../../../shared/domain/chat';
import { trainingCurve } from '../../brain';
import { hash32 } from '../../brain/random';
import type { TogetherDurations, TogetherSimulatorSettings } from '../settings';
import type { TogetherEvent, TogetherFile, TogetherJob, TogetherJobStatus } from '../state';
import { validateTogetherData } from './validateData';

export interface TogetherJobDeps {
  settings: TogetherSimulatorSettings;
  durations: TogetherDurations;
  findFile(id: string): TogetherFile | undefined;
  countExampleTokens(example: ChatExample): number;
}

export const TERMINAL_TOGETHER_STATUSES: ReadonlySet<TogetherJobStatus> = new Set([
  'completed',
  'cancelled',
  'error',
  'user_error',
]);

function addEvent(
  job: TogetherJob,
  atMs: number,
  type: string,
  message: string,
  extra: Partial<TogetherEvent> = {},
) {
  job.events.push({ atMs, type, message, level: 'info', ...extra });
  job.updatedAtMs = atMs;
}

/** A file's processing: PENDING → QUEUED → RUNNING → COMPLETED | FAILED | INVALID_FORMAT. True when it changed. */
export function advanceTogetherFile(file: TogetherFile, nowMs: number, deps: TogetherJobDeps): boolean {
  if (file.receivedAtMs === null || file.contentBase64 === null) return false;
  const order = ['PENDING', 'QUEUED', 'RUNNING'] as const;
  const index = order.indexOf(file.processingStatus as (typeof order)[number]);
  if (index < 0) return false;
  const reached = Math.min(3, Math.floor((nowMs - file.receivedAtMs) / deps.durations.fileStepMs));
  if (reached <= index) return false;
  if (reached < 3) {
    file.processingStatus = order[reached] ?? 'RUNNING';
    return true;
  }
  const outcome = validateTogetherData(
    file.id,
    Buffer.from(file.contentBase64, 'base64'),
    deps.countExampleTokens,
  );
  file.processingStatus = outcome.status;
  file.validationReport = outcome.report;
  file.examples = outcome.examples;
  file.tokens = outcome.tokens;
  return true;
}

export function submitted(job: TogetherJob): void {
  addEvent(job, job.createdAtMs, 'job_pending', 'Fine tune request created');
}

function fail(job: TogetherJob, atMs: number, status: 'error' | 'user_error', message: string): void {
  job.status = status;
  addEvent(job, atMs, 'job_error', message, { level: 'error' });
}

/** queued → running: fetch the base and the data, plan the steps and the loss curve. */
function start(job: TogetherJob, atMs: number, deps: TogetherJobDeps): void {
  job.status = 'running';
  job.startedAtMs = atMs;
  job.phaseStartedAtMs = atMs;
  addEvent(job, atMs, 'job_start', `Job started at ${new Date(atMs).toISOString()}`);
  addEvent(job, atMs, 'model_downloading', `Downloading model data for ${job.model}`);
  addEvent(job, atMs, 'model_download_complete', 'Model data downloaded');
  addEvent(job, atMs, 'training_data_downloading', 'Downloading training data');
  const training = deps.findFile(job.trainingFile);
  if (!training || training.processingStatus !== 'COMPLETED')
    return fail(
      job,
      atMs,
      'user_error',
      `Training file ${job.trainingFile} could not be read or is not valid`,
    );
  addEvent(job, atMs, 'training_data_download_complete', 'Training data downloaded');
  if (job.validationFile) {
    addEvent(job, atMs, 'validation_data_downloading', 'Downloading validation data');
    const validation = deps.findFile(job.validationFile);
    if (!validation || validation.processingStatus !== 'COMPLETED')
      return fail(
        job,
        atMs,
        'user_error',
        `Validation file ${job.validationFile} could not be read or is not valid`,
      );
    addEvent(job, atMs, 'validation_data_download_complete', 'Validation data downloaded');
  }
  const examples = training.examples as ChatExample[];
  job.examples = examples;
  job.stepsPerEpoch = Math.max(1, Math.ceil(examples.length / job.batchSize));
  job.totalSteps = job.stepsPerEpoch * job.nEpochs;
  job.curve = trainingCurve({
    exampleCount: examples.length,
    epochs: job.nEpochs,
    batchSize: job.batchSize,
    seed: job.seed || hash32(job.id),
    hasValidation: job.validationFile !== null && job.nEvals > 0,
    averageExampleTokens: training.tokens / Math.max(1, examples.length),
  }).map((p) => ({
    step: p.step,
    train_loss: p.train_loss,
    ...(p.valid_loss !== undefined ? { valid_loss: p.valid_loss } : {}),
  }));
  addEvent(job, atMs, 'training_start', 'Training started', { totalSteps: job.totalSteps });
}

/** Steps at which a checkpoint is saved: n_checkpoints spread evenly, the last one at the end. */
function checkpointSteps(job: TogetherJob): Set<number> {
  const count = Math.max(1, Math.min(job.nCheckpoints, job.totalSteps));
  return new Set(Array.from({ length: count }, (_, i) => Math.round(((i + 1) * job.totalSteps) / count)));
}

function runStep(job: TogetherJob, step: number, atMs: number, saves: Set<number>): void {
  job.stepsDone = step;
  job.updatedAtMs = atMs;
  if (step % job.stepsPerEpoch === 0)
    addEvent(job, atMs, 'epoch_complete', `Epoch completed, at step ${step}`, {
      step,
      totalSteps: job.totalSteps,
    });
  if (saves.has(step) && step < job.totalSteps) {
    job.checkpointSteps.push({ step, atMs });
    addEvent(job, atMs, 'checkpoint_save', `New checkpoint saved at step ${step}`, {
      step,
      totalSteps: job.totalSteps,
      checkpointPath: `${job.modelOutputName}/checkpoints/${step}`,
    });
  }
}

const pricePerToken = (job: TogetherJob, deps: TogetherJobDeps) =>
  (deps.settings.catalog.find((m) => m.name === job.model)?.loraPricePerM ?? 0) / 1e6;

/** Brings a job up to `nowMs`; true when anything changed. */
export function advanceTogetherJob(job: TogetherJob, nowMs: number, deps: TogetherJobDeps): boolean {
  const before = `${job.status}:${job.stepsDone}:${job.events.length}`;
  const d = deps.durations;
  const phaseEnd = (ms: number) => job.phaseStartedAtMs + ms;
  for (;;) {
    if (job.status === 'pending' && nowMs >= phaseEnd(d.pendingMs)) {
      job.status = 'queued';
      job.phaseStartedAtMs = phaseEnd(d.pendingMs);
      job.updatedAtMs = job.phaseStartedAtMs;
    } else if (job.status === 'queued' && nowMs >= phaseEnd(d.queuedMs)) {
      start(job, phaseEnd(d.queuedMs), deps);
    } else if (job.status === 'running') {
      const stepMs = d.runningMs / Math.max(1, job.totalSteps);
      const saves = checkpointSteps(job);
      while (job.stepsDone < job.totalSteps) {
        const at = job.phaseStartedAtMs + (job.stepsDone + 1) * stepMs;
        if (nowMs < at) break;
        runStep(job, job.stepsDone + 1, at, saves);
      }
      if (job.stepsDone < job.totalSteps) break;
      const end = job.phaseStartedAtMs + job.totalSteps * stepMs;
      if (deps.settings.jobOutcome === 'error') {
        fail(job, end, 'error', 'Training failed due to an internal error. Please contact support.');
        break;
      }
      addEvent(job, end, 'training_complete', 'Training completed', {
        step: job.totalSteps,
        totalSteps: job.totalSteps,
      });
      job.status = 'compressing';
      job.phaseStartedAtMs = end;
      addEvent(job, end, 'model_compressing', 'Compressing output model');
    } else if (job.status === 'compressing' && nowMs >= phaseEnd(d.compressingMs)) {
      const at = phaseEnd(d.compressingMs);
      addEvent(job, at, 'model_compression_complete', 'Model compression complete');
      addEvent(job, at, 'model_uploading', 'Uploading output model');
      job.status = 'uploading';
      job.phaseStartedAtMs = at;
    } else if (job.status === 'uploading' && nowMs >= phaseEnd(d.uploadingMs)) {
      const at = phaseEnd(d.uploadingMs);
      addEvent(job, at, 'model_upload_complete', 'Model upload complete', { modelPath: job.modelOutputName });
      job.checkpointSteps.push({ step: job.totalSteps, atMs: at });
      job.status = 'completed';
      job.totalPriceUsd = job.tokenCount * pricePerToken(job, deps);
      addEvent(job, at, 'job_complete', `Job finished at ${new Date(at).toISOString()}`);
    } else if (job.status === 'cancel_requested' && nowMs >= phaseEnd(d.cancelMs)) {
      const at = phaseEnd(d.cancelMs);
      job.status = 'cancelled';
      // A cancelled job bills the steps it completed (pricing docs).
      job.totalPriceUsd =
        (job.tokenCount * pricePerToken(job, deps) * job.stepsDone) / Math.max(1, job.totalSteps);
      addEvent(job, at, 'job_stopped', 'Job stopped');
    } else {
      break;
    }
  }
  return `${job.status}:${job.stepsDone}:${job.events.length}` !== before;
}

/** POST cancel: the job stops where it is and becomes `cancelled` once the worker confirms. */
export function requestCancel(job: TogetherJob, nowMs: number): void {
  job.status = 'cancel_requested';
  job.phaseStartedAtMs = nowMs;
  addEvent(job, nowMs, 'cancel_requested', 'Cancel requested');
}
