// /v1/fine-tunes as Together serves it (reference §3.3, together-ai `resources/fine-tuning.ts`): create, list
// (`{data}`, no pagination), retrieve, cancel, delete, events, checkpoints, metrics, estimate-price,
// models/limits. The views are in ../jobs/jobView.ts, the weights download in ./download.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { toUnixSeconds } from '../../clock';
import { type TogetherContext, type TogetherEnv, readTogetherJson } from '../context';
import { togetherErrors } from '../errors';
import { eventView, limitsOf, togetherJobView } from '../jobs/jobView';
import { TERMINAL_TOGETHER_STATUSES, requestCancel, submitted } from '../jobs/lifecycle';
import type { TogetherBaseModel } from '../settings';
import type { TogetherFile, TogetherJob } from '../state';

const CreateBody = z.object({
  model: z.string().min(1),
  training_file: z.string().min(1),
  validation_file: z.string().nullish(),
  n_epochs: z.number().int().min(1).optional(),
  n_evals: z.number().int().min(0).optional(),
  n_checkpoints: z.number().int().min(1).optional(),
  batch_size: z.union([z.number().int().min(1), z.literal('max')]).optional(),
  learning_rate: z.number().positive().optional(),
  suffix: z.string().max(64, 'suffix must be at most 64 characters').optional(),
  random_seed: z.number().int().nullish(),
  training_method: z
    .object({
      method: z.enum(['sft', 'dpo']),
      train_on_inputs: z.union([z.boolean(), z.literal('auto')]).optional(),
    })
    .passthrough()
    .optional(),
  training_type: z
    .object({
      type: z.enum(['Lora', 'Full']),
      lora_r: z.number().int().min(1).optional(),
      lora_alpha: z.number().optional(),
    })
    .passthrough()
    .optional(),
});

const EstimateBody = z.object({
  training_file: z.string().min(1),
  validation_file: z.string().nullish(),
  model: z.string().optional(),
  n_epochs: z.number().int().min(1).optional(),
  n_evals: z.number().int().min(0).optional(),
});

/** Processed tokens: n_epochs × training tokens + n_evals × validation tokens (pricing docs). */
function billedTokens(
  training: TogetherFile,
  validation: TogetherFile | undefined,
  epochs: number,
  evals: number,
) {
  return epochs * training.tokens + evals * (validation?.tokens ?? 0);
}

export function togetherFineTuneRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  const live = () => ctx.store.state.jobs.filter((j) => !j.deleted);
  const requireJob = (id: string) => {
    const job = live().find((j) => j.id === id);
    if (!job) throw togetherErrors.notFound(`Fine-tune job ${id} not found`);
    return job;
  };
  const requireBase = (name: string | undefined) => {
    const base = ctx.settings.catalog.find((m) => m.name === name);
    if (!base) throw togetherErrors.notFound(`Model ${name ?? '(none)'} is not available for fine-tuning`);
    return base;
  };
  const requireFile = (id: string, param: string) => {
    const file = ctx.store.state.files.find((f) => f.id === id && f.contentBase64 !== null);
    if (!file) throw togetherErrors.badRequest(`File ${id} not found`, param);
    return file;
  };
  /** Price and whether the account's limit allows it. */
  const estimate = (base: TogetherBaseModel | undefined, tokens: number) => {
    const price = (tokens * (base?.loraPricePerM ?? 0)) / 1e6;
    return { price, allowed: price <= ctx.settings.userLimitUsd };
  };

  app.post('/fine-tunes', async (c) => {
    const body = await readTogetherJson(c, CreateBody);
    ctx.advance();
    const base = requireBase(body.model);
    const limits = limitsOf(base);
    const training = requireFile(body.training_file, 'training_file');
    const validation = body.validation_file
      ? requireFile(body.validation_file, 'validation_file')
      : undefined;
    const checked: [TogetherFile, string][] = [[training, 'training_file']];
    if (validation) checked.push([validation, 'validation_file']);
    for (const [file, param] of checked) {
      if (file.processingStatus === 'FAILED' || file.processingStatus === 'INVALID_FORMAT')
        throw togetherErrors.badRequest(
          `File ${file.id} did not pass validation: ${file.validationReport?.error ?? file.processingStatus}`,
          param,
        );
      if (file.processingStatus !== 'COMPLETED' && ctx.settings.unprocessedFileOnCreate === 'reject')
        throw togetherErrors.badRequest(
          `File ${file.id} is still being processed; try again when it is COMPLETED`,
          param,
        );
    }
    const nEpochs = body.n_epochs ?? 1;
    if (nEpochs > limits.max_num_epochs)
      throw togetherErrors.badRequest(`n_epochs must be at most ${limits.max_num_epochs}`, 'n_epochs');
    const learningRate = body.learning_rate ?? 1e-5;
    if (learningRate < limits.min_learning_rate || learningRate > limits.max_learning_rate)
      throw togetherErrors.badRequest(
        `learning_rate must be between ${limits.min_learning_rate} and ${limits.max_learning_rate}`,
        'learning_rate',
      );
    // Full training has its own batch bounds (`full_training`); LoRA's apply otherwise.
    const batchLimits =
      body.training_type?.type === 'Full' && limits.full_training
        ? limits.full_training
        : limits.lora_training;
    const batchSize =
      body.batch_size === undefined || body.batch_size === 'max'
        ? batchLimits.max_batch_size
        : body.batch_size;
    if (batchSize < batchLimits.min_batch_size || batchSize > batchLimits.max_batch_size)
      throw togetherErrors.badRequest(
        `batch_size must be between ${batchLimits.min_batch_size} and ${batchLimits.max_batch_size} for ${base.name}`,
        'batch_size',
      );
    const loraR = body.training_type?.lora_r ?? 8;
    if (loraR > limits.lora_training.max_rank)
      throw togetherErrors.badRequest(`lora_r must be at most ${limits.lora_training.max_rank}`, 'lora_r');
    if (body.training_type?.type === 'Full' && !limits.supports_full_training)
      throw togetherErrors.badRequest(`Full fine-tuning is not supported for ${base.name}`, 'training_type');
    if (training.validationReport?.dataset_has_tools && !base.supportsTools)
      throw togetherErrors.badRequest(
        `The dataset contains tools, which ${base.name} does not support`,
        'training_file',
      );
    const nEvals = body.n_evals ?? 0;
    const tokenCount = billedTokens(training, validation, nEpochs, nEvals);
    const { price, allowed } = estimate(base, tokenCount);
    if (!allowed)
      throw togetherErrors.overLimit(
        `The estimated price $${price.toFixed(2)} exceeds your limit of $${ctx.settings.userLimitUsd.toFixed(2)}`,
      );
    const now = ctx.clock.now();
    const id = `ft-${randomUUID()}`;
    const tail = randomBytes(4).toString('hex');
    const job: TogetherJob = {
      id,
      createdAtMs: now,
      updatedAtMs: now,
      startedAtMs: null,
      model: base.name,
      suffix: body.suffix ?? null,
      trainingFile: training.id,
      validationFile: validation?.id ?? null,
      nEpochs,
      nEvals,
      nCheckpoints: body.n_checkpoints ?? 1,
      batchSize,
      learningRate,
      loraR,
      loraAlpha: body.training_type?.lora_alpha ?? loraR * 2,
      trainingType: body.training_type?.type ?? 'Lora',
      trainOnInputs: body.training_method?.train_on_inputs ?? 'auto',
      seed: body.random_seed ?? 42,
      status: 'pending',
      phaseStartedAtMs: now,
      stepsDone: 0,
      totalSteps: 0,
      stepsPerEpoch: 1,
      tokenCount,
      totalPriceUsd: 0,
      modelOutputName: `${ctx.settings.owner}/${base.name.split('/').at(-1)}-${body.suffix ? `${body.suffix}-` : ''}${tail}`,
      modelObjectId: `ml_${randomBytes(12).toString('hex')}`,
      modelRevisionId: `rv_${randomBytes(12).toString('hex')}`,
      adapterObjectId: `ml_${randomBytes(12).toString('hex')}`,
      adapterRevisionId: `rv_${randomBytes(12).toString('hex')}`,
      curve: [],
      examples: [],
      events: [],
      checkpointSteps: [],
      deleted: false,
    };
    submitted(job);
    ctx.store.state.jobs.push(job);
    ctx.store.changed();
    return c.json(togetherJobView(ctx, job, false));
  });

  app.get('/fine-tunes', (c) => {
    ctx.advance();
    return c.json({ data: live().map((j) => togetherJobView(ctx, j, false)) });
  });

  app.post('/fine-tunes/estimate-price', async (c) => {
    const body = await readTogetherJson(c, EstimateBody);
    ctx.advance();
    const base = body.model ? requireBase(body.model) : undefined;
    const unavailable = (reason: string) =>
      c.json({ estimation_available: false, unavailable_reason: reason });
    const training = requireFile(body.training_file, 'training_file');
    if (training.processingStatus === 'FAILED' || training.processingStatus === 'INVALID_FORMAT')
      return unavailable('train_file_invalid');
    if (training.processingStatus !== 'COMPLETED') return unavailable('train_file_not_validated');
    const validation = body.validation_file
      ? requireFile(body.validation_file, 'validation_file')
      : undefined;
    if (
      validation &&
      (validation.processingStatus === 'FAILED' || validation.processingStatus === 'INVALID_FORMAT')
    )
      return unavailable('eval_file_invalid');
    if (validation && validation.processingStatus !== 'COMPLETED')
      return unavailable('eval_file_not_validated');
    const epochs = body.n_epochs ?? 1;
    const evals = body.n_evals ?? 0;
    const { price, allowed } = estimate(
      base ?? ctx.settings.catalog[0],
      billedTokens(training, validation, epochs, evals),
    );
    return c.json({
      estimation_available: true,
      estimated_total_price: Number(price.toFixed(6)),
      estimated_train_token_count: epochs * training.tokens,
      estimated_eval_token_count: evals * (validation?.tokens ?? 0),
      allowed_to_proceed: allowed,
      user_limit: ctx.settings.userLimitUsd,
    });
  });

  app.get('/fine-tunes/models/limits', (c) => c.json(limitsOf(requireBase(c.req.query('model_name')))));

  app.get('/fine-tunes/:id', (c) => {
    ctx.advance();
    return c.json(togetherJobView(ctx, requireJob(c.req.param('id')), true));
  });

  app.post('/fine-tunes/:id/cancel', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    if (TERMINAL_TOGETHER_STATUSES.has(job.status) || job.status === 'cancel_requested')
      throw togetherErrors.badRequest(`Fine-tune job ${job.id} is ${job.status} and cannot be cancelled`);
    requestCancel(job, ctx.clock.now());
    ctx.store.changed();
    return c.json(togetherJobView(ctx, job, false));
  });

  app.delete('/fine-tunes/:id', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    if (!TERMINAL_TOGETHER_STATUSES.has(job.status))
      throw togetherErrors.badRequest(
        `Fine-tune job ${job.id} is ${job.status}; cancel it before deleting it`,
      );
    job.deleted = true;
    ctx.store.changed();
    return c.json({ message: `Fine-tune job ${job.id} deleted` });
  });

  app.get('/fine-tunes/:id/events', (c) => {
    ctx.advance();
    return c.json({ data: requireJob(c.req.param('id')).events.map(eventView) });
  });

  app.get('/fine-tunes/:id/checkpoints', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    const data = job.checkpointSteps.flatMap(({ step, atMs }) => {
      const final = job.status === 'completed' && step === job.totalSteps;
      const entry = (checkpoint: 'model' | 'adapter') => ({
        checkpoint_type: final
          ? `Final (${checkpoint === 'adapter' ? 'Adapter' : 'Merged'})`
          : `Intermediate (step ${step})`,
        created_at: new Date(atMs).toISOString(),
        path: `s3://together-practice/finetune/${job.id}/${final ? 'final' : `checkpoint-${step}`}/${checkpoint}`,
        step,
        checkpoint,
      });
      return final ? [entry('model'), entry('adapter')] : [entry('adapter')];
    });
    return c.json({ data });
  });

  app.get('/fine-tunes/:id/metrics', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    const from = Number(c.req.query('global_step_from') ?? 0);
    const to = Number(c.req.query('global_step_to') ?? Number.POSITIVE_INFINITY);
    const stepMs = ctx.durations.runningMs / Math.max(1, job.totalSteps);
    const metrics = job.curve
      .filter((p) => (p['step'] ?? 0) <= job.stepsDone && (p['step'] ?? 0) >= from && (p['step'] ?? 0) <= to)
      .map((p) => {
        const step = p['step'] ?? 0;
        return {
          global_step: step,
          train_loss: p['train_loss'] ?? 0,
          ...(p['valid_loss'] !== undefined ? { eval_loss: p['valid_loss'] } : {}),
          logged_at: toUnixSeconds((job.startedAtMs ?? 0) + step * stepMs),
        };
      });
    return c.json({ metrics });
  });

  return app;
}
