// Serving on Nebius: custom LoRA models on /v0/models (create from "<job>:<checkpoint>", list as a bare array,
// get by full or short name, delete; `validating` → `active` | `error`, reference §6), the OpenAI model list
// on /v1/models, the public catalog that says which bases can be trained and served per token, and chat.
import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ChatExample } from '../../../../../../shared/domain/chat';
import type { PracticeModel } from '../../brain';
import { toUnixSeconds } from '../../clock';
import { OpenAIChatBody, answerChat } from '../../openaiChat';
import { requireBudget } from '../accounts';
import { type NebiusContext, type NebiusEnv, readNebiusJson } from '../context';
import { fromZodIssues, nebiusErrors } from '../errors';
import type { NebiusBaseModel } from '../settings';
import type { NebiusCustomModel } from '../state';

const CreateModel = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'Name may use letters, digits, ".", "_" and "-" (up to 64)'),
  base_model: z.string(),
  source: z.string(),
  description: z.string().nullish(),
});

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const fourLetters = () => Array.from({ length: 4 }, () => LETTERS[randomInt(LETTERS.length)]).join('');

/** `validating` becomes the configured outcome once validation time has passed. True when it changed. */
export function advanceCustomModel(model: NebiusCustomModel, ctx: NebiusContext, nowMs: number): boolean {
  if (model.status !== 'validating' || nowMs < model.createdAtMs + ctx.durations.deployMs) return false;
  model.status = ctx.settings.deployOutcome;
  if (model.status === 'error') model.statusReason = 'Adapter validation failed';
  return true;
}

function baseOf(ctx: NebiusContext, inferenceId: string): NebiusBaseModel | undefined {
  return ctx.settings.catalog.find((m) => m.inferenceId === inferenceId.replace(/-fast$/, ''));
}

function customModelView(ctx: NebiusContext, m: NebiusCustomModel) {
  const base = baseOf(ctx, m.baseModel);
  return {
    type: 'text2text',
    name: m.name,
    base_model: m.baseModel,
    source: m.source,
    status: m.status,
    status_reason: m.statusReason,
    checkpoint_id: m.checkpointId,
    job_id: m.jobId,
    file_id: null,
    url: null,
    created_at: toUnixSeconds(m.createdAtMs),
    description: m.description,
    tags: ['lora'],
    use_cases: ['lora'],
    context_window_k: 128,
    size_b: base?.sizeB ?? null,
    flavors: base
      ? [
          {
            name: 'base',
            input_price_per_million_tokens: base.inputPricePerM,
            output_price_per_million_tokens: base.outputPricePerM,
            supports_lora_adapters: false,
          },
        ]
      : [],
  };
}

/** One base model as the public catalog lists it (field names from the reference's schema notes). */
function catalogEntry(base: NebiusBaseModel) {
  return {
    name: base.inferenceId,
    status: 'active',
    deprecated: base.deprecated,
    size_b: base.sizeB,
    use_cases: ['fine_tune', ...(base.loraServing ? ['lora'] : [])],
    flavors: [
      {
        name: 'base',
        input_price_per_million_tokens: base.inputPricePerM,
        output_price_per_million_tokens: base.outputPricePerM,
        supports_lora_adapters: base.loraServing,
      },
    ],
    fine_tune: {
      model_id: base.fineTuneId,
      training_price_per_million_tokens: base.trainingPricePerM,
      training_types: ['lora', 'full'],
    },
  };
}

export function nebiusCatalogRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();
  app.get('/models_info', (c) => c.json(ctx.settings.catalog.map(catalogEntry)));
  return app;
}

export function nebiusCustomModelRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();
  const live = () => ctx.store.state.customModels.filter((m) => m.status !== 'deleted');
  const requireModel = (name: string) => {
    const found = live().find((m) => m.name === name || m.shortName === name);
    if (!found) throw nebiusErrors.notFound(`Model ${name} not found`);
    return found;
  };

  app.post('/models', async (c) => {
    const { data: body } = await readNebiusJson(c, CreateModel);
    requireBudget(c.get('account'));
    ctx.advance();
    const [jobId = '', checkpointId = ''] = body.source.split(':');
    const job = ctx.store.state.jobs.find((j) => j.id === jobId);
    const checkpoint = job?.checkpoints.find((k) => k.id === checkpointId);
    if (!job || !checkpoint || job.status !== 'succeeded')
      throw nebiusErrors.badRequest(
        `Source ${body.source} is not a checkpoint of a succeeded fine-tuning job`,
      );
    const base = baseOf(ctx, body.base_model);
    if (!base?.loraServing)
      throw nebiusErrors.badRequest(`Base model ${body.base_model} does not support LoRA adapters`);
    if (job.model !== base.fineTuneId)
      throw nebiusErrors.badRequest(`The checkpoint was trained on ${job.model}, not on ${base.fineTuneId}`);
    if (job.hyperparameters['lora'] !== true)
      throw nebiusErrors.badRequest(
        'Only LoRA checkpoints can be deployed; train with hyperparameters.lora = true',
      );
    let shortName = `${body.name}-${fourLetters()}`;
    while (ctx.store.state.customModels.some((m) => m.shortName === shortName))
      shortName = `${body.name}-${fourLetters()}`;
    const model: NebiusCustomModel = {
      name: `${body.base_model}-LoRa:${shortName}`,
      shortName,
      baseModel: body.base_model,
      source: body.source,
      description: body.description ?? null,
      createdAtMs: ctx.clock.now(),
      status: 'validating',
      statusReason: null,
      jobId,
      checkpointId,
      reads: 0,
    };
    ctx.store.state.customModels.push(model);
    ctx.store.changed();
    return c.json({
      name: ctx.settings.deployReturnsShortName ? model.shortName : model.name,
      base_model: model.baseModel,
      source: model.source,
      description: model.description,
      created_at: toUnixSeconds(model.createdAtMs),
      status: model.status,
    });
  });

  // A bare JSON array, as observed (the cookbook does `.json()[-1]`).
  app.get('/models', (c) => {
    ctx.advance();
    return c.json(live().map((m) => customModelView(ctx, m)));
  });

  app.get('/models/:name{.+}', (c) => {
    ctx.advance();
    const model = requireModel(c.req.param('name'));
    model.reads += 1;
    ctx.store.changed();
    if (ctx.settings.deployFirstGet404 && model.reads === 1)
      throw nebiusErrors.notFound(`Model ${model.name} not found`);
    return c.json(customModelView(ctx, model));
  });

  app.delete('/models/:name{.+}', (c) => {
    const model = requireModel(c.req.param('name'));
    model.status = 'deleted';
    ctx.store.changed();
    return c.json({
      name: model.name,
      base_model: model.baseModel,
      source: model.source,
      description: model.description,
      created_at: toUnixSeconds(model.createdAtMs),
      status: model.status,
    });
  });

  return app;
}

export function nebiusInferenceRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();

  app.get('/models', (c) => {
    ctx.advance();
    const bases = ctx.settings.catalog.map((m) => ({
      id: m.inferenceId,
      object: 'model',
      created: 1_745_884_800,
      owned_by: 'system',
    }));
    const custom = ctx.store.state.customModels
      .filter((m) => m.status === 'active')
      .map((m) => ({ id: m.name, object: 'model', created: toUnixSeconds(m.createdAtMs), owned_by: 'me' }));
    const chatOnly = ctx.settings.chatOnlyModels.map((id) => ({
      id,
      object: 'model',
      created: 1_745_884_800,
      owned_by: 'system',
    }));
    return c.json({ object: 'list', data: [...custom, ...bases, ...chatOnly] });
  });

  app.post('/chat/completions', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw nebiusErrors.unprocessable([
        { loc: ['body'], msg: 'JSON decode error', type: 'json_invalid', input: null, ctx: {} },
      ]);
    }
    const parsed = OpenAIChatBody.safeParse(raw);
    if (!parsed.success) throw fromZodIssues(parsed.error, raw);
    ctx.advance();
    const id = parsed.data.model;
    const custom = ctx.store.state.customModels.find((m) => m.name === id && m.status === 'active');
    let model: PracticeModel;
    if (custom) {
      const job = ctx.store.state.jobs.find((j) => j.id === custom.jobId);
      model = { kind: 'fine-tuned', examples: (job?.plan?.examples ?? []) as ChatExample[] };
    } else if (baseOf(ctx, id) || ctx.settings.chatOnlyModels.includes(id)) {
      model = { kind: 'base' };
    } else {
      throw nebiusErrors.modelNotFound(id);
    }
    requireBudget(c.get('account'));
    return answerChat(c, parsed.data, {
      id: `chatcmpl-${randomInt(2 ** 47).toString(16)}`,
      createdUnixSeconds: toUnixSeconds(ctx.clock.now()),
      model,
      countText: ctx.countTextTokens,
      countExample: ctx.countExampleTokens,
      messageExtras: { reasoning_content: null, tool_calls: [] },
      completionExtras: { prompt_logprobs: null },
    });
  });

  return app;
}
