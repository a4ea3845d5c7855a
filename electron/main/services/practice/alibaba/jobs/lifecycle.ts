// A practice fine-tune's life as a pure function of the clock, like the OpenAI practice jobs: every read
// first advances the job to "now", replaying the checks, the queue, each training step (one log line each)
// and the final model, with the times they were due. Nothing runs in the background.
//
// PENDING (files checked) → QUEUING → RUNNING → SUCCEEDED, or FAILED (bad data), or CANCELED at any point.
import type { ChatExample } from '../../../../../../shared/domain/chat';
import { hash32 } from '../../brain/random';
import { trainingCurve } from '../../brain';
import { pythonDict } from '../format';
import type { AlibabaDurations, AlibabaSimulatorSettings } from '../settings';
import type { AlibabaJob, AlibabaModel } from '../state';
import { validateTrainingData } from './validateData';

export interface JobDeps {
  settings: AlibabaSimulatorSettings;
  durations: AlibabaDurations;
  /** UTF-8 text of one of the owner's files, or undefined when it does not exist (any more). */
  readFile(owner: string, fileId: string): string | undefined;
  /** Examples an earlier fine-tune was trained on (continued training). */
  parentExamples(modelId: string): ChatExample[];
  /** Tokens of one example as the model's tokenizer counts them. */
  countExampleTokens(example: ChatExample): number;
  registerModel(model: AlibabaModel): void;
}

export const TERMINAL_JOB_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);

/** The model id a job produces: `qwen3-14b-suffix-ft-202410291653-1c7f` (or without the suffix part). */
export function finetunedOutputName(model: string, suffix: string | null, jobId: string): string {
  return suffix ? `${model}-${suffix}-${jobId}` : `${model}-${jobId}`;
}

function fail(job: AlibabaJob, atMs: number, code: string, message: string): void {
  job.status = 'FAILED';
  job.endedAtMs = atMs;
  job.error = { code, message };
  job.logs.push(message, 'Fine-tune job failed.');
}

function readExamples(job: AlibabaJob, fileIds: string[], deps: JobDeps) {
  const examples: ChatExample[] = [];
  for (const id of fileIds) {
    const text = deps.readFile(job.owner, id);
    if (text === undefined) return { ok: false as const, message: `File ${id} not found.` };
    const outcome = validateTrainingData(text, deps.settings);
    if (!outcome.ok) return { ok: false as const, message: `File ${id}: ${outcome.message}` };
    examples.push(...outcome.examples);
  }
  return { ok: true as const, examples };
}

/** Checks the data and decides the run: epochs, steps, tokens and the losses it will log. */
export function checkAndPlan(job: AlibabaJob, deps: JobDeps): { ok: true } | { ok: false; message: string } {
  const training = readExamples(job, job.trainingFileIds, deps);
  if (!training.ok) return training;
  const validation = readExamples(job, job.validationFileIds, deps);
  if (!validation.ok) return validation;
  const hp = job.hyperParameters;
  const defaults = deps.settings.defaultHyperParameters;
  const epochs = Number(hp['n_epochs'] ?? defaults.n_epochs);
  const batchSize = Number(hp['batch_size'] ?? defaults.batch_size);
  const maxLength = Number(hp['max_length'] ?? defaults.max_length);
  const learningRate = Number(hp['learning_rate'] ?? defaults.learning_rate);
  const examples = training.examples;
  // Examples longer than max_length are cut to it, so they are billed at most max_length tokens.
  const tokensPerEpoch = examples.reduce(
    (sum, example) => sum + Math.min(maxLength, deps.countExampleTokens(example)),
    0,
  );
  const stepsPerEpoch = Math.ceil(examples.length / batchSize);
  const hasValidation = validation.examples.length > 0 || hp['split'] !== undefined;
  const curve = trainingCurve({
    exampleCount: examples.length,
    epochs,
    batchSize,
    seed: hash32(job.id, 0xa11ba),
    hasValidation,
    averageExampleTokens: tokensPerEpoch / examples.length,
  });
  job.plan = {
    exampleCount: examples.length,
    epochs,
    batchSize,
    learningRate,
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * epochs,
    tokensPerEpoch,
    trainLoss: curve.map((p) => p.train_loss),
    evalLoss: curve.map((p) => p.full_valid_loss ?? null),
    examples,
  };
  return { ok: true };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function logStep(job: AlibabaJob, step: number, deps: JobDeps): void {
  const plan = job.plan;
  if (!plan) return;
  const epoch = round4(step / plan.stepsPerEpoch);
  job.logs.push(
    pythonDict([
      [deps.settings.stepLossKey, round4(plan.trainLoss[step - 1] ?? 0)],
      ['learning_rate', plan.learningRate],
      ['epoch', epoch],
      ['global_step', { int: step }],
    ]),
  );
  const evalLoss = plan.evalLoss[step - 1];
  if (evalLoss !== null && evalLoss !== undefined) {
    job.logs.push(
      pythonDict([
        ['eval_loss', round4(evalLoss)],
        ['epoch', epoch],
        ['global_step', { int: step }],
      ]),
    );
  }
}

function succeed(job: AlibabaJob, atMs: number, deps: JobDeps): void {
  const plan = job.plan;
  if (!plan) return;
  const runtimeSeconds = deps.durations.runningMs / 1000;
  const meanLoss = plan.trainLoss.reduce((a, b) => a + b, 0) / Math.max(1, plan.trainLoss.length);
  job.usage = plan.tokensPerEpoch * plan.epochs;
  job.logs.push(
    pythonDict([
      ['train_runtime', round4(runtimeSeconds)],
      [
        'train_samples_per_second',
        Math.round(((plan.exampleCount * plan.epochs) / runtimeSeconds) * 1000) / 1000,
      ],
      ['train_steps_per_second', Math.round((plan.totalSteps / runtimeSeconds) * 1000) / 1000],
      ['train_loss', meanLoss],
      ['epoch', plan.epochs],
    ]),
    `Actual number of consumed tokens is ${job.usage}`,
    'Fine-tune job succeeded.',
  );
  job.status = 'SUCCEEDED';
  job.endedAtMs = atMs;
  deps.registerModel({
    id: job.finetunedOutput,
    owner: job.owner,
    baseModel: job.baseModel,
    trainingType: job.trainingType,
    jobId: job.id,
    examples: [...deps.parentExamples(job.model), ...(plan.examples as ChatExample[])],
  });
}

/** Brings a job up to `nowMs`; true when anything changed (so the caller saves). */
export function advanceJob(job: AlibabaJob, nowMs: number, deps: JobDeps): boolean {
  const before = `${job.status}:${job.logs.length}`;
  const { durations } = deps;
  for (;;) {
    if (job.status === 'PENDING') {
      const at = job.phaseStartedAtMs + durations.pendingMs;
      if (nowMs < at) break;
      const checked = checkAndPlan(job, deps);
      if (!checked.ok) {
        fail(job, at, 'InvalidTrainingData', checked.message);
        break;
      }
      job.logs.push(
        `Training data check passed: ${job.plan?.exampleCount ?? 0} examples, ${job.plan?.tokensPerEpoch ?? 0} tokens per epoch.`,
      );
      job.status = 'QUEUING';
      job.phaseStartedAtMs = at;
    } else if (job.status === 'QUEUING') {
      const at = job.phaseStartedAtMs + durations.queuingMs;
      if (nowMs < at) break;
      job.status = 'RUNNING';
      job.phaseStartedAtMs = at;
      job.logs.push(`Start training ${job.baseModel} (${job.trainingType}).`);
    } else if (job.status === 'RUNNING' && job.plan) {
      const stepMs = durations.runningMs / Math.max(1, job.plan.totalSteps);
      while (job.stepsDone < job.plan.totalSteps) {
        const at = job.phaseStartedAtMs + (job.stepsDone + 1) * stepMs;
        if (nowMs < at) return `${job.status}:${job.logs.length}` !== before;
        job.stepsDone += 1;
        logStep(job, job.stepsDone, deps);
      }
      succeed(job, job.phaseStartedAtMs + job.plan.totalSteps * stepMs, deps);
    } else {
      break;
    }
  }
  return `${job.status}:${job.logs.length}` !== before;
}

/** Cancels a job that has not finished; a job that trained bills the tokens of the steps it did. */
export function cancelJob(job: AlibabaJob, nowMs: number): void {
  const plan = job.plan;
  job.usage = plan ? Math.round((plan.tokensPerEpoch * plan.epochs * job.stepsDone) / plan.totalSteps) : 0;
  job.status = 'CANCELED';
  job.endedAtMs = nowMs;
  job.logs.push('Fine-tune job canceled.');
}
