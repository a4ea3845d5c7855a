// OpenAI-compatible chat under /compatible-mode/v1: models (the region's base models and the account's
// running deployments) and chat completions, plain and streamed. Answers come from the practice brain, so a
// deployed practice fine-tune answers in the manner of the user's examples and a base Qwen model plainly.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatExample } from '../../../../../../shared/domain/chat';
import { type PracticeModel, replyWithFinish } from '../../brain';
import { toUnixSeconds } from '../../clock';
import { Message, defaultSeed, pieces, toChatMessages } from '../../routes/chat';
import { requireGoodStanding } from '../accounts';
import type { AlibabaAppContext, AlibabaContext, AlibabaEnv } from '../context';
import { DashScopeError, dashscopeErrors, fromZodIssue } from '../errors';
import { newRequestId } from '../format';

const ChatBody = z.object({
  model: z.string().min(1),
  messages: z.array(Message).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: z.number().int().min(1).nullish(),
  max_completion_tokens: z.number().int().min(1).nullish(),
  n: z.number().int().min(1).max(4).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  seed: z.number().int().nullish(),
});

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
    const deployed = ctx.store.state.deployments
      .filter((d) => d.owner === owner && d.status === 'RUNNING')
      .map((d) => ({
        id: d.deployedModel,
        object: 'model',
        created: toUnixSeconds(d.createdAtMs),
        owned_by: owner,
      }));
    return c.json({ object: 'list', data: [...deployed, ...base] });
  });

  app.post('/chat/completions', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw dashscopeErrors.invalidParameter('The request body is not valid JSON.');
    }
    const parsed = ChatBody.safeParse(raw);
    if (!parsed.success) throw fromZodIssue(parsed.error);
    const body = parsed.data;
    ctx.advance();
    const model = resolveChatModel(ctx, c, body.model);
    requireGoodStanding(c.get('account'));
    const messages = toChatMessages(body.messages);
    const seed = body.seed ?? defaultSeed(messages);
    const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? undefined;
    const replies = Array.from({ length: body.n ?? 1 }, (_, index) =>
      replyWithFinish(model, messages, {
        seed: seed + index,
        ...(maxTokens !== undefined ? { maxTokens } : {}),
      }),
    );
    const promptTokens = ctx.countExampleTokens({ messages });
    const completionTokens = replies.reduce((sum, r) => sum + ctx.countTextTokens(r.text), 0);
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    };
    const id = `chatcmpl-${newRequestId()}`;
    const created = toUnixSeconds(ctx.clock.now());
    const finish = (truncated: boolean) => (truncated ? 'length' : 'stop');

    if (!body.stream) {
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: replies.map((reply, index) => ({
          index,
          message: { role: 'assistant', content: reply.text },
          logprobs: null,
          finish_reason: finish(reply.truncated),
        })),
        usage,
        system_fingerprint: null,
      });
    }
    const includeUsage = body.stream_options?.include_usage === true;
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model: body.model,
      system_fingerprint: null,
      choices,
      ...(includeUsage ? { usage: null } : {}),
      ...extra,
    });
    const choice = (index: number, delta: Record<string, unknown>, reason: string | null = null) => ({
      index,
      delta,
      logprobs: null,
      finish_reason: reason,
    });
    return streamSSE(c, async (stream) => {
      const send = (payload: unknown) => stream.writeSSE({ data: JSON.stringify(payload) });
      for (const [index, reply] of replies.entries()) {
        await send(chunk([choice(index, { role: 'assistant', content: '' })]));
        for (const piece of pieces(reply.text)) await send(chunk([choice(index, { content: piece })]));
        await send(chunk([choice(index, {}, finish(reply.truncated))]));
      }
      if (includeUsage) await send(chunk([], { usage }));
      await stream.writeSSE({ data: '[DONE]' });
    });
  });

  return app;
}
