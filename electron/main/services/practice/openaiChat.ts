// An OpenAI-shaped chat completion (plain or server-sent events) answered by the practice brain, for the
// practice providers whose chat endpoint is OpenAI-compatible (Alibaba compatible mode, Nebius). Each
// provider resolves the model and its own errors first, then hands over here.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatExample } from '../../../../shared/domain/chat';
import { type PracticeModel, replyWithFinish } from './brain';
import { Message, defaultSeed, pieces, toChatMessages } from './routes/chat';

export const OpenAIChatBody = z.object({
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
export type OpenAIChatRequest = z.infer<typeof OpenAIChatBody>;

export interface ChatAnswerOptions {
  id: string;
  createdUnixSeconds: number;
  model: PracticeModel;
  countText(text: string): number;
  countExample(example: ChatExample): number;
  /** Provider-specific extras on each choice's message (e.g. vLLM's `reasoning_content: null`). */
  messageExtras?: Record<string, unknown>;
  /** Provider-specific extras on the completion object. */
  completionExtras?: Record<string, unknown>;
}

export function answerChat(c: Context, body: OpenAIChatRequest, options: ChatAnswerOptions): Response {
  const messages = toChatMessages(body.messages);
  const seed = body.seed ?? defaultSeed(messages);
  const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? undefined;
  const replies = Array.from({ length: body.n ?? 1 }, (_, index) =>
    replyWithFinish(options.model, messages, {
      seed: seed + index,
      ...(maxTokens !== undefined ? { maxTokens } : {}),
    }),
  );
  const promptTokens = options.countExample({ messages });
  const completionTokens = replies.reduce((sum, r) => sum + options.countText(r.text), 0);
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
  const { id, createdUnixSeconds: created } = options;
  const finish = (truncated: boolean) => (truncated ? 'length' : 'stop');

  if (!body.stream) {
    return c.json({
      id,
      object: 'chat.completion',
      created,
      model: body.model,
      choices: replies.map((reply, index) => ({
        index,
        message: { role: 'assistant', content: reply.text, ...options.messageExtras },
        logprobs: null,
        finish_reason: finish(reply.truncated),
      })),
      usage,
      system_fingerprint: null,
      ...options.completionExtras,
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
}
