// /v1/fine_tuning/jobs as Nebius serves it (reference §3-§4): OpenAI's paths and list shapes, Nebius's
// hyperparameters (absolute learning_rate, lora off unless asked, all twelve echoed with defaults), extra
// fields (trained_steps, total_steps, estimated_finish), no fine_tuned_model, checkpoints with result_files.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { toUnixSeconds } from '../../clock';
import { requireBudget } from '../accounts';
import { type NebiusContext, type NebiusEnv, readNebiusJson } from '../context';
import { nebiusErrors } from '../errors';
import { TERMINAL_NEBIUS_STATUSES, cancelNebiusJob, submitted, trainedTokens } from '../jobs/lifecycle';
import type { NebiusCheckpoint, NebiusJob } from '../state';

const Hyperparameters = z
  .object({
    n_epochs: z.number().int().min(1).max(20).default(3),
    batch_size: z.number().int().min(1).max(64).default(8),
    learning_rate: z.number().min(0).default(1e-5),
    warmup_ratio: z.number().min(0).max(1).default(0),
    weight_decay: z.number().min(0).default(0),
    max_grad_norm: z.number().gt(0).default(1),
    packing: z.boolean().default(true),
    context_length: z.number().int().min(8192).max(131_072).default(8192),
    lora: z.boolean().default(false),
    lora_r: z.number().int().min(8).max(128).default(8),
    lora_alpha: z.number().int().min(8).default(8),
    lora_dropout: z.number().min(0).max(1).default(0),
    learning_rate_multiplier: z.unknown().optional(),
  })
  .passthrough();

const CreateBody = z
  .object({
    model: z.string(),
    training_file: z.string(),
    validation_file: z.string().nullish(),
    hyperparameters: Hyperparameters.nullish(),
    method: z
      .object({
        type: z.string(),
        supervised: z.object({ hyperparameters: Hyperparameters.nullish() }).nullish(),
      })
      .nullish(),
    seed: z.number().int().nullish(),
    suffix: z.string().max(64).nullish(),
  })
  .passthrough();

const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: z.string().optional(),
});

function pageAfter<T>(items: readonly T[], idOf: (t: T) => string, after: string | undefined, limit: number) {
  const start = after === undefined ? 0 : items.findIndex((i) => idOf(i) === after) + 1;
  const from = after !== undefined && start === 0 ? items.length : start;
  return { data: items.slice(from, from + limit), has_more: from + limit < items.length };
}

export function nebiusJobView(ctx: NebiusContext, job: NebiusJob) {
  const stepMs = job.plan ? ctx.durations.runningMs / Math.max(1, job.plan.totalSteps) : 0;
  const estimated =
    job.status === 'running' && job.plan
      ? toUnixSeconds(job.phaseStartedAtMs + job.plan.totalSteps * stepMs)
      : null;
  return {
    id: job.id,
    object: 'fine_tuning.job',
    created_at: toUnixSeconds(job.createdAtMs),
    finished_at: job.finishedAtMs === null ? null : toUnixSeconds(job.finishedAtMs),
    model: job.model,
    status: job.status,
    error: job.error,
    hyperparameters: job.hyperparameters,
    method: null,
    integrations: null,
    organization_id: '',
    result_files: [],
    seed: job.seed,
    suffix: job.suffix,
    trained_tokens: trainedTokens(job),
    training_file: job.trainingFile,
    validation_file: job.validationFile,
    estimated_finish: estimated,
    trained_steps: job.trainedSteps,
    total_steps: job.plan?.totalSteps ?? null,
  };
}

function checkpointView(job: NebiusJob, checkpoint: NebiusCheckpoint, withFiles: boolean) {
  return {
    id: checkpoint.id,
    object: 'fine_tuning.job.checkpoint',
    created_at: checkpoint.createdAt,
    // Format unverified; it is not a chat model either way.
    fine_tuned_model_checkpoint: `${job.model}:${job.id}:${checkpoint.id}`,
    fine_tuning_job_id: job.id,
    step_number: checkpoint.stepNumber,
    metrics: checkpoint.metrics,
    ...(withFiles ? { result_files: checkpoint.resultFiles } : {}),
  };
}

export function nebiusJobRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();
  const requireJob = (id: string) => {
    const job = ctx.store.state.jobs.find((j) => j.id === id);
    if (!job) throw nebiusErrors.notFound(`Fine-tuning job ${id} not found`);
    return job;
  };

  app.post('/fine_tuning/jobs', async (c) => {
    const { data: body } = await readNebiusJson(c, CreateBody);
    requireBudget(c.get('account'));
    if (body.hyperparameters && body.method)
      throw nebiusErrors.badRequest("Only one of 'method' or 'hyperparameters' must be provided");
    const base = ctx.settings.catalog.find((m) => m.fineTuneId === body.model);
    if (!base)
      throw nebiusErrors.unprocessable([
        {
          loc: ['body', 'model'],
          msg: 'value is not a valid enumeration member',
          type: 'enum',
          input: body.model,
          ctx: {},
        },
      ]);
    for (const [param, id] of [
      ['training_file', body.training_file],
      ['validation_file', body.validation_file],
    ] as const) {
      if (id && !ctx.store.state.files.some((f) => f.id === id))
        throw nebiusErrors.badRequest(`${param}: file ${id} not found`);
    }
    const parsed = Hyperparameters.parse(
      body.hyperparameters ?? body.method?.supervised?.hyperparameters ?? {},
    );
    const { learning_rate_multiplier: multiplier, ...hyperparameters } = parsed;
    if (multiplier !== undefined) {
      const behaviour = ctx.settings.lrMultiplierBehaviour;
      if (behaviour === 'reject422')
        throw nebiusErrors.unprocessable([
          {
            loc: ['body', 'hyperparameters', 'learning_rate_multiplier'],
            msg: 'Extra inputs are not permitted',
            type: 'extra_forbidden',
            input: multiplier,
            ctx: {},
          },
        ]);
      if (behaviour === 'treatAsAbsolute' && typeof multiplier === 'number')
        hyperparameters.learning_rate = multiplier;
    }
    const now = ctx.clock.now();
    const job: NebiusJob = {
      id: `ftjob-${randomUUID().replaceAll('-', '')}`,
      createdAtMs: now,
      model: body.model,
      trainingFile: body.training_file,
      validationFile: body.validation_file ?? null,
      hyperparameters,
      suffix: body.suffix ?? '',
      seed: body.seed ?? 0,
      status: ctx.settings.initialStatus,
      phaseStartedAtMs: now,
      finishedAtMs: null,
      trainedSteps: 0,
      datasetsProcessed: false,
      plan: null,
      error: null,
      events: [],
      checkpoints: [],
    };
    submitted(job);
    ctx.store.state.jobs.push(job);
    ctx.store.changed();
    return c.json(nebiusJobView(ctx, job));
  });

  app.get('/fine_tuning/jobs', (c) => {
    ctx.advance();
    const { limit, after } = Paging.parse(c.req.query());
    const jobs = [...ctx.store.state.jobs].reverse();
    const page = pageAfter(jobs, (j) => j.id, after, limit);
    return c.json({
      object: 'list',
      data: page.data.map((j) => nebiusJobView(ctx, j)),
      has_more: page.has_more,
    });
  });

  app.get('/fine_tuning/jobs/:id', (c) => {
    ctx.advance();
    return c.json(nebiusJobView(ctx, requireJob(c.req.param('id'))));
  });

  app.post('/fine_tuning/jobs/:id/cancel', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    if (TERMINAL_NEBIUS_STATUSES.has(job.status))
      throw nebiusErrors.badRequest(`Job ${job.id} is already ${job.status}`);
    cancelNebiusJob(job, ctx.clock.now());
    ctx.store.changed();
    return c.json(nebiusJobView(ctx, job));
  });

  app.get('/fine_tuning/jobs/:id/events', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    const { limit, after } = Paging.parse(c.req.query());
    const events = ctx.settings.eventOrder === 'asc' ? job.events : [...job.events].reverse();
    const page = pageAfter(events, (e) => e.id, after, limit);
    return c.json({
      object: 'list',
      data: page.data.map((e) => ({
        id: e.id,
        object: 'fine_tuning.job.event',
        created_at: e.createdAt,
        level: e.level,
        message: e.message,
        type: e.type,
        data: e.data,
      })),
      has_more: page.has_more,
    });
  });

  const visibleCheckpoints = (job: NebiusJob) => {
    if (job.status !== 'succeeded' && !ctx.settings.checkpointsWhileRunning) return [];
    return ctx.settings.checkpointOrder === 'asc' ? job.checkpoints : [...job.checkpoints].reverse();
  };

  app.get('/fine_tuning/jobs/:id/checkpoints', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    const { limit, after } = Paging.parse(c.req.query());
    const page = pageAfter(visibleCheckpoints(job), (k) => k.id, after, limit);
    const data = page.data.map((k) => checkpointView(job, k, true));
    return c.json({
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: page.has_more,
    });
  });

  app.get('/fine_tuning/jobs/:id/checkpoints/:checkpoint', (c) => {
    ctx.advance();
    const job = requireJob(c.req.param('id'));
    const checkpoint = visibleCheckpoints(job).find((k) => k.id === c.req.param('checkpoint'));
    if (!checkpoint) throw nebiusErrors.notFound(`Checkpoint ${c.req.param('checkpoint')} not found`);
    return c.json(checkpointView(job, checkpoint, false));
  });

  return app;
}
