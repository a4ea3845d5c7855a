// POST /chat/completions, plain and streamed (server-sent events), answered by the practice brain: a
// fine-tuned practice model answers in the manner of its training examples, a base model plainly. Usage is
// counted with the real tokenizer by the cookbook formula.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatExample, ChatMessage } from '../../../../../shared/domain/chat';
import { countExampleTokens, countTextTokens } from '../../../../../shared/domain/tokens';
import { requireQuota } from '../accounts';
import { type PracticeModel, replyWithFinish } from '../brain';
import { toUnixSeconds } from '../clock';
import { type AppEnv, type PracticeContext, readJson } from '../context';
import { errors } from '../errors';
import { newId, randomAlphanumeric } from '../ids';
import { tokenBasis } from '../jobs/plan';
import { requireChatModel } from './models';

const ContentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
export const Message = z
  .object({
    role: z.enum(['developer', 'system', 'user', 'assistant', 'tool', 'function']),
    content: z.union([z.string(), z.array(ContentPart)]).nullish(),
    name: z.string().optional(),
    tool_calls: z.array(z.unknown()).optional(),
    tool_call_id: z.string().optional(),
  })
  .passthrough();

const ChatBody = z.object({
  model: z.string().min(1),
  messages: z.array(Message).min(1),
  stream: z.boolean().nullish(),
  stream_options: z
    .object({ include_usage: z.boolean().optional(), include_obfuscation: z.boolean().optional() })
    .nullish(),
  max_completion_tokens: z.number().int().min(1).nullish(),
  max_tokens: z.number().int().min(1).nullish(),
  n: z.number().int().min(1).max(128).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  seed: z.number().int().nullish(),
});

/** The practice models answer text; image/audio parts are read as their text parts only. */
export function toChatMessages(messages: z.infer<typeof Message>[]): ChatMessage[] {
  return messages.map((m) => ({
    role: m.role,
    content: typeof m.content === 'string' ? m.content : (m.content ?? []).map((p) => p.text ?? '').join(''),
    ...(m.name !== undefined ? { name: m.name } : {}),
  }));
}

/** Without a seed the same question gets the same answer, which keeps practice sessions reproducible. */
export function defaultSeed(messages: ChatMessage[]): number {
  let h = 2166136261;
  for (const ch of JSON.stringify(messages)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Reply text in word-sized pieces (CJK-aware), the way tokens arrive in a real stream. */
export function pieces(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    if (out.length > 0 && /^\s+$/.test(segment)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

const SYSTEM_FINGERPRINT = 'fp_practice01';

export function chatRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();

  app.post('/chat/completions', async (c) => {
    const body = await readJson(c, ChatBody);
    ctx.advanceJobs();
    const resolved = requireChatModel(ctx, body.model);
    requireQuota(c.get('account'));
    if (body.stream_options && !body.stream) {
      throw errors.badRequest(
        "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        'stream_options',
        'invalid_value',
      );
    }
    const messages = toChatMessages(body.messages);
    const model: PracticeModel = resolved.record
      ? { kind: 'fine-tuned', examples: resolved.record.examples as ChatExample[] }
      : { kind: 'base' };
    const { encoding } = tokenBasis(resolved.record?.base ?? resolved.id);
    const seed = body.seed ?? defaultSeed(messages);
    const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? undefined;
    const replies = Array.from({ length: body.n ?? 1 }, (_, index) =>
      replyWithFinish(model, messages, {
        seed: seed + index,
        encoding,
        ...(maxTokens !== undefined ? { maxTokens } : {}),
      }),
    );
    const promptTokens = countExampleTokens({ messages }, encoding);
    const completionTokens = replies.reduce((sum, r) => sum + countTextTokens(r.text, encoding), 0);
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    };
    const id = newId.chat();
    const created = toUnixSeconds(ctx.clock.now());
    const finishReason = (truncated: boolean) => (truncated ? ('length' as const) : ('stop' as const));

    if (!body.stream) {
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model: resolved.id,
        choices: replies.map((reply, index) => ({
          index,
          message: { role: 'assistant', content: reply.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: finishReason(reply.truncated),
        })),
        usage,
        service_tier: 'default',
        system_fingerprint: SYSTEM_FINGERPRINT,
      });
    }

    const includeUsage = body.stream_options?.include_usage === true;
    const obfuscate = body.stream_options?.include_obfuscation !== false;
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model: resolved.id,
      service_tier: 'default',
      system_fingerprint: SYSTEM_FINGERPRINT,
      choices,
      ...(includeUsage ? { usage: null } : {}),
      // Random padding so chunk sizes do not leak the text length (OpenAI's default since 2025).
      ...(obfuscate ? { obfuscation: randomAlphanumeric(1 + Math.floor(Math.random() * 12)) } : {}),
      ...extra,
    });
    const choice = (index: number, delta: Record<string, unknown>, finish: string | null = null) => ({
      index,
      delta,
      logprobs: null,
      finish_reason: finish,
    });
    return streamSSE(c, async (stream) => {
      const send = (payload: unknown) => stream.writeSSE({ data: JSON.stringify(payload) });
      for (const [index, reply] of replies.entries()) {
        await send(chunk([choice(index, { role: 'assistant', content: '', refusal: null })]));
        for (const piece of pieces(reply.text)) await send(chunk([choice(index, { content: piece })]));
        await send(chunk([choice(index, {}, finishReason(reply.truncated))]));
      }
      if (includeUsage) await send(chunk([], { usage }));
      await stream.writeSSE({ data: '[DONE]' });
    });
  });

  return app;
}
