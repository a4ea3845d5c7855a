// Native fine-tune jobs under /api/v1/fine-tunes: create, list (page_no/page_size), retrieve, cancel, delete
// and logs (offset/line), in the `{request_id, output}` envelope (reference §2.3).
import { Hono } from 'hono';
import { z } from 'zod';
import { requireFineTuning, requireGoodStanding } from '../accounts';
import {
  type AlibabaContext,
  type AlibabaEnv,
  envelope,
  page,
  readJsonBody,
  readQueryParams,
} from '../context';
import { dashscopeErrors } from '../errors';
import { jobTime, newJobId } from '../format';
import { TERMINAL_JOB_STATUSES, cancelJob, checkAndPlan, finetunedOutputName } from '../jobs/lifecycle';
import type { AlibabaJob } from '../state';

const HyperParameters = z
  .object({
    n_epochs: z.number().int().optional(),
    batch_size: z.number().int().optional(),
    // A string in the documented examples ("1.6e-5"); numbers are accepted as well.
    learning_rate: z.union([z.string(), z.number()]).optional(),
    max_length: z.number().int().optional(),
    lr_scheduler_type: z.string().optional(),
    split: z.number().gt(0).lte(1).optional(),
    lora_rank: z.number().int().optional(),
    lora_alpha: z.number().int().optional(),
  })
  .passthrough();

const CreateBody = z.object({
  model: z.string().min(1),
  training_file_ids: z.array(z.string().min(1)).min(1),
  validation_file_ids: z.array(z.string().min(1)).optional(),
  hyper_parameters: HyperParameters.optional(),
  training_type: z.string().optional(),
  finetuned_output_suffix: z.string().max(64).optional(),
});

const ListQuery = z.object({
  page_no: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(10),
  model: z.string().optional(),
});

const LogsQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  line: z.coerce.number().int().min(1).max(1000).default(100),
});

export function jobView(ctx: AlibabaContext, job: AlibabaJob) {
  const offset = ctx.settings.localTimeOffsetMinutes;
  const terminal = TERMINAL_JOB_STATUSES.has(job.status);
  return {
    job_id: job.id,
    job_name: job.id,
    status: job.status,
    ...(job.status === 'SUCCEEDED' ? { finetuned_output: job.finetunedOutput } : {}),
    model: job.model,
    base_model: job.baseModel,
    training_file_ids: job.trainingFileIds,
    validation_file_ids: job.validationFileIds,
    hyper_parameters: job.hyperParameters,
    training_type: job.trainingType,
    ...(ctx.settings.jobEchoesSuffix && job.suffix !== null ? { finetuned_output_suffix: job.suffix } : {}),
    create_time: jobTime(job.createdAtMs, offset),
    ...(terminal && job.endedAtMs !== null ? { end_time: jobTime(job.endedAtMs, offset) } : {}),
    ...((job.status === 'SUCCEEDED' || job.status === 'CANCELED') && job.usage !== null
      ? { usage: job.usage }
      : {}),
    ...(job.status === 'FAILED' && ctx.settings.failedJobError && job.error ? { error: job.error } : {}),
    workspace_id: job.workspaceId,
    user_identity: job.owner,
    creator: job.owner,
    modifier: job.owner,
    group: 'llm',
  };
}

function checkHyperParameters(ctx: AlibabaContext, hp: z.infer<typeof HyperParameters>): void {
  const bounds = ctx.settings.hyperParameterBounds;
  const check = (name: keyof typeof bounds, value: number | undefined) => {
    if (value === undefined) return;
    const [low, high] = bounds[name];
    if (!Number.isFinite(value) || value < low || value > high)
      throw dashscopeErrors.invalidParameter(
        `hyper_parameters.${name} must be between ${low} and ${high} (got ${value}).`,
      );
  };
  check('n_epochs', hp.n_epochs);
  check('batch_size', hp.batch_size);
  check('max_length', hp.max_length);
  check('learning_rate', hp.learning_rate === undefined ? undefined : Number(hp.learning_rate));
}

export function fineTuneRoutes(ctx: AlibabaContext) {
  const app = new Hono<AlibabaEnv>();

  const requireJob = (owner: string, id: string): AlibabaJob => {
    const job = ctx.store.state.jobs.find((j) => j.id === id && j.owner === owner);
    if (!job) throw dashscopeErrors.notFound(`Job: ${id}`);
    return job;
  };

  app.post('/fine-tunes', async (c) => {
    const body = await readJsonBody(c, CreateBody);
    const account = c.get('account');
    requireFineTuning(account);
    requireGoodStanding(account);
    ctx.advance();
    const catalog = ctx.settings.catalog[c.get('region')];
    // `model` is a base model of this region, or an earlier fine-tune of this account (continued training).
    const parent = ctx.store.state.models.find((m) => m.id === body.model && m.owner === account.uid);
    const baseModel = parent?.baseModel ?? body.model;
    const entry = catalog.find((m) => m.model === baseModel);
    if (!entry)
      throw dashscopeErrors.invalidParameter(
        `Model ${body.model} does not support fine-tuning in this region. Supported: ${catalog.map((m) => m.model).join(', ')}.`,
      );
    const trainingType = body.training_type ?? ctx.settings.defaultTrainingType;
    if (!(entry.trainingTypes as readonly string[]).includes(trainingType))
      throw dashscopeErrors.invalidParameter(
        `training_type ${trainingType} is not supported for ${baseModel}. Supported: ${entry.trainingTypes.join(', ')}.`,
      );
    const hp = body.hyper_parameters ?? {};
    checkHyperParameters(ctx, hp);
    const fileIds = [...body.training_file_ids, ...(body.validation_file_ids ?? [])];
    for (const id of fileIds) {
      if (!ctx.store.state.files.some((f) => f.id === id && f.owner === account.uid))
        throw dashscopeErrors.invalidParameter(`File ${id} not found.`);
    }
    const now = ctx.clock.now();
    // Four hex digits per minute collide easily in a busy minute; the real service's ids are unique.
    let id = newJobId(now, ctx.settings.localTimeOffsetMinutes);
    while (ctx.store.state.jobs.some((j) => j.id === id))
      id = newJobId(now, ctx.settings.localTimeOffsetMinutes);
    const suffix = body.finetuned_output_suffix ?? null;
    const job: AlibabaJob = {
      id,
      owner: account.uid,
      workspaceId: account.workspaceId,
      model: body.model,
      baseModel,
      trainingFileIds: body.training_file_ids,
      validationFileIds: body.validation_file_ids ?? [],
      hyperParameters: hp,
      trainingType: trainingType as AlibabaJob['trainingType'],
      suffix,
      createdAtMs: now,
      phaseStartedAtMs: now,
      endedAtMs: null,
      status: 'PENDING',
      stepsDone: 0,
      usage: null,
      finetunedOutput: finetunedOutputName(baseModel, suffix, id),
      plan: null,
      error: null,
      logs: [],
    };
    if (ctx.settings.dataErrors === 'at-create') {
      const checked = checkAndPlan(job, ctx.jobDeps);
      if (!checked.ok) throw dashscopeErrors.invalidParameter(checked.message);
      job.plan = null;
    }
    ctx.store.state.jobs.push(job);
    ctx.store.changed();
    return envelope(c, jobView(ctx, job));
  });

  app.get('/fine-tunes', (c) => {
    ctx.advance();
    const query = readQueryParams(c, ListQuery);
    const owner = c.get('account').uid;
    const jobs = ctx.store.state.jobs
      .filter((j) => j.owner === owner && (query.model === undefined || j.model === query.model))
      .reverse();
    const { items, ...paging } = page(jobs, query.page_no, query.page_size);
    return envelope(c, { ...paging, jobs: items.map((j) => jobView(ctx, j)) });
  });

  app.get('/fine-tunes/:id', (c) => {
    ctx.advance();
    return envelope(c, jobView(ctx, requireJob(c.get('account').uid, c.req.param('id'))));
  });

  app.post('/fine-tunes/:id/cancel', (c) => {
    ctx.advance();
    const job = requireJob(c.get('account').uid, c.req.param('id'));
    if (TERMINAL_JOB_STATUSES.has(job.status))
      throw dashscopeErrors.invalidParameter(`Job ${job.id} is ${job.status} and cannot be canceled.`);
    cancelJob(job, ctx.clock.now());
    ctx.store.changed();
    return envelope(c, { status: 'success' });
  });

  app.delete('/fine-tunes/:id', (c) => {
    ctx.advance();
    const job = requireJob(c.get('account').uid, c.req.param('id'));
    if (!TERMINAL_JOB_STATUSES.has(job.status))
      throw dashscopeErrors.invalidParameter(`Job ${job.id} is ${job.status}; cancel it before deleting it.`);
    ctx.store.state.jobs = ctx.store.state.jobs.filter((j) => j !== job);
    ctx.store.changed();
    return envelope(c, { status: 'success' });
  });

  app.get('/fine-tunes/:id/logs', (c) => {
    ctx.advance();
    const job = requireJob(c.get('account').uid, c.req.param('id'));
    const query = readQueryParams(c, LogsQuery);
    return envelope(c, {
      total: job.logs.length,
      logs: job.logs.slice(query.offset, query.offset + query.line),
    });
  });

  return app;
}
