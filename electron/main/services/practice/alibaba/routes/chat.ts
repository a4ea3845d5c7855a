// OpenAI-compatible chat under /compatible-mode/v1: models (the region's base models and the account's
// running deployments) and chat completions, plain and streamed. Answers come from the practice brain, so a
// deployed practice fine-tune answers in the manner of the user's examples and a base Qwen model plainly.
import { Hono } from 'hono';
import type { ChatExample } from '../../../../../../shared/domain/chat';
import type { PracticeModel } from '../../brain';
import { toUnixSeconds } from '../../clock';
import { OpenAIChatBody, answerChat } from '../../openaiChat';
import { requireGoodStanding } from '../accounts';
import type { AlibabaAppContext, AlibabaContext, AlibabaEnv } from '../context';
import { DashScopeError, dashscopeErrors, fromZodIssue } from '../errors';
import { newRequestId } from '../format';

/** Release time shown for every base model (the real `created` values are not documented). */
const BASE_CREATED = 1_745_884_800;

function resolveChatModel(ctx: AlibabaContext, c: AlibabaAppContext, id: string): PracticeModel {
  const owner = c.get('account').uid;
  const deployment = ctx.store.state.deployments.find((d) => d.deployedModel === id && d.owner === owner);
  if (deployment) {
    if (deployment.status !== 'RUNNING')
      throw new DashScopeError(
        400,
        'InvalidParameter',
        `The deployment ${id} is ${deployment.status}; it can answer once it is RUNNING.`,
        {},
        'invalid_parameter_error',
      );
    const model = ctx.store.state.models.find((m) => m.id === deployment.modelName);
    return { kind: 'fine-tuned', examples: (model?.examples ?? []) as ChatExample[] };
  }
  if (ctx.settings.catalog[c.get('region')].some((m) => m.model === id)) return { kind: 'base' };
  if (ctx.settings.chatOnlyModels.includes(id)) return { kind: 'base' };
  throw dashscopeErrors.modelNotFoundCompat(id);
}

export function compatChatRoutes(ctx: AlibabaContext) {
  const app = new Hono<AlibabaEnv>();

  app.get('/models', (c) => {
    ctx.advance();
    const owner = c.get('account').uid;
    const base = ctx.settings.catalog[c.get('region')].map((m) => ({
      id: m.model,
      object: 'model',
      created: BASE_CREATED,
      owned_by: 'system',
    }));
    // Chat-only models (issue 16 §6): served in both regions, never trainable.
    const chatOnly = ctx.settings.chatOnlyModels.map((id) => ({
      id,
      object: 'model',
      created: BASE_CREATED,
      owned_by: 'system',
    }));
    const deployed = ctx.store.state.deployments
      .filter((d) => d.owner === owner && d.status === 'RUNNING')
      .map((d) => ({
        id: d.deployedModel,
        object: 'model',
        created: toUnixSeconds(d.createdAtMs),
        owned_by: owner,
      }));
    return c.json({ object: 'list', data: [...deployed, ...base, ...chatOnly] });
  });

  app.post('/chat/completions', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw dashscopeErrors.invalidParameter('The request body is not valid JSON.');
    }
    const parsed = OpenAIChatBody.safeParse(raw);
    if (!parsed.success) throw fromZodIssue(parsed.error);
    ctx.advance();
    const model = resolveChatModel(ctx, c, parsed.data.model);
    requireGoodStanding(c.get('account'));
    return answerChat(c, parsed.data, {
      id: `chatcmpl-${newRequestId()}`,
      createdUnixSeconds: toUnixSeconds(ctx.clock.now()),
      model,
      countText: ctx.countTextTokens,
      countExample: ctx.countExampleTokens,
    });
  });

  return app;
}
