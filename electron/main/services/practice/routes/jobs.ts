// /fine_tuning/jobs: create (validated like OpenAI's create call; the training file itself is checked later,
// while the job is `validating_files`), list with metadata filter, retrieve, cancel, pause, resume, events
// and checkpoints. Progress is computed from the clock on every read (see jobs/lifecycle.ts).
import { Hono } from 'hono';
import { z } from 'zod';
import { mayCreateJobs, requireQuota } from '../accounts';
import { type AppEnv, type PracticeContext, paginate, readJson, readQuery } from '../context';
import { errors } from '../errors';
import { newId } from '../ids';
import { TERMINAL_STATUSES, cancelJob, pauseJob, resumeJob } from '../jobs/lifecycle';
import { checkpointView, eventView, jobView } from '../jobs/jobView';
import type { JobRecord } from '../state';
import { resolveBaseModel, requireChatModel } from './models';

const auto = z.literal('auto');
const Hyperparameters = z.object({
  batch_size: z.union([auto, z.number().int().min(1).max(256)]).optional(),
  learning_rate_multiplier: z.union([auto, z.number().positive()]).optional(),
  n_epochs: z.union([auto, z.number().int().min(1).max(50)]).optional(),
});

const CreateJobBody = z.object({
  model: z.string().min(1),
  training_file: z.string().min(1),
  validation_file: z.string().nullish(),
  suffix: z.string().max(64).nullish(),
  seed: z.number().int().min(0).max(2_147_483_647).nullish(),
  hyperparameters: Hyperparameters.optional(),
  method: z
    .object({
      type: z.enum(['supervised', 'dpo', 'reinforcement']),
      supervised: z.object({ hyperparameters: Hyperparameters.optional() }).optional(),
      dpo: z
        .object({
          hyperparameters: Hyperparameters.extend({
            beta: z.union([auto, z.number().min(0).max(2)]).optional(),
          }).optional(),
        })
        .optional(),
      reinforcement: z.unknown().optional(),
    })
    .optional(),
  integrations: z
    .array(
      z.object({
        type: z.literal('wandb'),
        wandb: z.object({
          project: z.string(),
          name: z.string().nullish(),
          entity: z.string().nullish(),
          tags: z.array(z.string().max(64)).max(50).optional(),
        }),
      }),
    )
    .max(5)
    .nullish(),
  metadata: z
    .record(z.string().max(64), z.string().max(512))
    .refine((m) => Object.keys(m).length <= 16, 'metadata may hold at most 16 pairs')
    .nullish(),
});

const PageQuery = (defaultLimit: number) =>
  z.object({
    after: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(defaultLimit),
  });

export function jobRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();
  const view = (job: JobRecord) => jobView(job, ctx.durations, ctx.organizationId);

  const requireJob = (id: string): JobRecord => {
    ctx.advanceJobs();
    const job = ctx.store.state.jobs.find((j) => j.id === id);
    if (!job) throw errors.jobNotFound(id);
    return job;
  };

  const requireTrainingFile = (id: string, param: 'training_file' | 'validation_file') => {
    const file = ctx.store.state.files.find((f) => f.id === id);
    if (!file) throw errors.badRequest(`invalid ${param}: ${id}`, param);
    if (file.purpose !== 'fine-tune') {
      throw errors.badRequest(
        `File ${id} has purpose '${file.purpose}', but fine-tuning requires a file uploaded with purpose 'fine-tune'.`,
        param,
      );
    }
  };

  app.post('/fine_tuning/jobs', async (c) => {
    const account = c.get('account');
    if (!mayCreateJobs(account, ctx.clock.now())) {
      // Accounts shut out by OpenAI's wind-down get a permission error (exact text unconfirmed, reference §0).
      throw errors.permissionDenied(
        'Your organization does not have access to create fine-tuning jobs. OpenAI is winding down its self-serve fine-tuning platform.',
      );
    }
    requireQuota(account);
    const body = await readJson(c, CreateJobBody);
    const methodType = body.method?.type ?? 'supervised';
    const notAvailable = () =>
      errors.badRequest(
        `Model ${body.model} is not available for fine-tuning or does not exist.`,
        'model',
        'model_not_available',
      );
    // A base model (or alias) or one of this account's fine-tuned models, to continue training from.
    let model: string;
    if (body.model.startsWith('ft:')) {
      try {
        model = requireChatModel(ctx, body.model).id;
      } catch {
        throw notAvailable();
      }
    } else {
      model = resolveBaseModel(body.model) ?? '';
      if (!model) throw notAvailable();
      requireChatModel(ctx, model);
    }
    if (methodType === 'reinforcement') {
      // The only RFT model (o4-mini) was shut down on 2026-10-23.
      throw errors.badRequest(
        `Model ${body.model} is not available for reinforcement fine-tuning.`,
        'method.type',
      );
    }
    requireTrainingFile(body.training_file, 'training_file');
    if (body.validation_file) requireTrainingFile(body.validation_file, 'validation_file');

    const requested = {
      ...body.hyperparameters,
      ...(methodType === 'dpo'
        ? body.method?.dpo?.hyperparameters
        : body.method?.supervised?.hyperparameters),
    };
    const base = model.startsWith('ft:') ? (model.split(':')[1] ?? model) : model;
    const now = ctx.clock.now();
    const job: JobRecord = {
      id: newId.job(),
      createdAtMs: now,
      model,
      trainingFile: body.training_file,
      validationFile: body.validation_file ?? null,
      suffix: body.suffix ?? null,
      seed: body.seed ?? Math.floor(Math.random() * 2_147_483_647),
      metadata: body.metadata ?? null,
      methodType,
      hyperparameters: {
        batch_size: requested.batch_size ?? 'auto',
        learning_rate_multiplier: requested.learning_rate_multiplier ?? 'auto',
        n_epochs: requested.n_epochs ?? 'auto',
      },
      beta: methodType === 'dpo' ? (body.method?.dpo?.hyperparameters?.beta ?? 'auto') : null,
      integrations: body.integrations ?? null,
      status: 'validating_files',
      error: null,
      plannedModel: `ft:${base}:personal:${body.suffix ?? ''}:${newId.modelTail()}`,
      fineTunedModel: null,
      finishedAt: null,
      trainedTokens: null,
      plan: null,
      phaseStartedAtMs: now,
      stepsDone: 0,
      runStartStep: 0,
      resultFiles: [],
      events: [],
      checkpoints: [],
    };
    const at = Math.floor(now / 1000);
    const validating = job.validationFile
      ? `Validating training file: ${job.trainingFile} and validation file: ${job.validationFile}`
      : `Validating training file: ${job.trainingFile}`;
    for (const message of [`Created fine-tuning job: ${job.id}`, validating]) {
      job.events.push({
        id: newId.event(),
        createdAt: at,
        level: 'info',
        message,
        type: 'message',
        data: {},
      });
    }
    ctx.store.state.jobs.push(job);
    ctx.store.changed();
    return c.json(view(job));
  });

  app.get('/fine_tuning/jobs', (c) => {
    ctx.advanceJobs();
    const query = readQuery(c, PageQuery(20));
    const raw = c.req.query();
    const wanted = Object.entries(raw).flatMap(([key, value]) => {
      const match = /^metadata\[(.+)\]$/.exec(key);
      return match?.[1] ? [[match[1], value] as const] : [];
    });
    const onlyWithoutMetadata = raw['metadata'] === 'null';
    const jobs = [...ctx.store.state.jobs].reverse().filter((job) => {
      if (onlyWithoutMetadata) return job.metadata === null || Object.keys(job.metadata).length === 0;
      return wanted.every(([key, value]) => job.metadata?.[key] === value);
    });
    const page = paginate(jobs, (j) => j.id, query.after, query.limit);
    return c.json({ object: 'list', data: page.data.map(view), has_more: page.has_more });
  });

  app.get('/fine_tuning/jobs/:id', (c) => c.json(view(requireJob(c.req.param('id')))));

  app.post('/fine_tuning/jobs/:id/cancel', (c) => {
    const job = requireJob(c.req.param('id'));
    if (TERMINAL_STATUSES.has(job.status)) {
      throw errors.badRequest(
        `Job ${job.id} has already ${job.status === 'cancelled' ? 'been cancelled' : 'completed'}.`,
        'fine_tuning_job_id',
      );
    }
    cancelJob(job, ctx.clock.now());
    ctx.store.changed();
    return c.json(view(job));
  });

  app.post('/fine_tuning/jobs/:id/pause', (c) => {
    const job = requireJob(c.req.param('id'));
    if (TERMINAL_STATUSES.has(job.status) || job.status === 'paused') {
      throw errors.badRequest(`Job ${job.id} is ${job.status} and cannot be paused.`, 'fine_tuning_job_id');
    }
    pauseJob(job, ctx.clock.now());
    ctx.store.changed();
    return c.json(view(job));
  });

  app.post('/fine_tuning/jobs/:id/resume', (c) => {
    const job = requireJob(c.req.param('id'));
    if (job.status !== 'paused') {
      throw errors.badRequest(
        `Job ${job.id} is ${job.status}; only a paused job can be resumed.`,
        'fine_tuning_job_id',
      );
    }
    resumeJob(job, ctx.clock.now());
    ctx.store.changed();
    return c.json(view(job));
  });

  app.get('/fine_tuning/jobs/:id/events', (c) => {
    const job = requireJob(c.req.param('id'));
    const query = readQuery(c, PageQuery(20));
    const page = paginate([...job.events].reverse(), (e) => e.id, query.after, query.limit);
    return c.json({ object: 'list', data: page.data.map(eventView), has_more: page.has_more });
  });

  app.get('/fine_tuning/jobs/:id/checkpoints', (c) => {
    const job = requireJob(c.req.param('id'));
    const query = readQuery(c, PageQuery(10));
    const page = paginate([...job.checkpoints].reverse(), (k) => k.id, query.after, query.limit);
    const data = page.data.map((k) => checkpointView(job, k));
    return c.json({
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: page.has_more,
    });
  });

  return app;
}
