// Records how the retiring model answers, politely and without losing or repeating anything:
//  - at most `concurrency` requests in flight; a 429 halves it (down to one), and nobody starts a new
//    request before the `retry-after` the provider gave (retry-after-ms, retry-after, else a doubling
//    back-off); the prompt goes back to the front of the queue, so a rate-limit storm slows the
//    recording but never drops a prompt; after a run of successes one more slot opens again;
//  - every answer is written to the answer log (append + fsync) the moment it arrives, before the
//    progress counts it; pause or cancel abort what is in flight, and those prompts are simply asked again
//    on resume, because only a written answer counts as recorded;
//  - model gone, key rejected or quota out stop the run with that code (nothing more can be recorded);
//    a dropped connection or a 5xx is retried a few times, then stops the run the same way.
import OpenAI from 'openai';
import type { ErrorCode } from '../../../../shared/ipc/errors';
import type { GoldenAnswer, RescuePrompt } from '../../../../shared/domain/rescue/types';
import type { ChatMessage } from '../../../../shared/domain/chat';
import { toIpcError } from '../providers';
import type { AnswerLog } from './RescueStore';
import type { RecordedReply } from './RetiringAccountClient';

export interface RecorderPort {
  record(
    model: string,
    messages: readonly ChatMessage[],
    options: { temperature: number; n: number; signal?: AbortSignal },
  ): Promise<RecordedReply>;
}

export interface RecorderDeps {
  client: RecorderPort;
  log: Pick<AnswerLog, 'has' | 'append'>;
  /** Abortable wait on the app's clock (tests pass one that returns at once and notes the wait). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  onProgress(p: { done: number; requests: number; rateLimited: number; concurrency: number }): void;
}

export interface RecorderSettings {
  model: string;
  temperature: number;
  extraSamples: number;
  concurrency: number;
}

export type RecorderOutcome =
  { kind: 'finished' } | { kind: 'aborted' } | { kind: 'stopped'; code: ErrorCode };

const MAX_TRANSIENT_RETRIES = 4;
const MAX_BACKOFF_MS = 60_000;
/** Successes in a row before one more request may be in flight again (additive increase). */
const RECOVER_AFTER = 8;

function retryAfterMs(error: InstanceType<typeof OpenAI.APIError>): number | null {
  const ms = Number(error.headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const header = error.headers?.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

const isRateLimit = (e: unknown): e is InstanceType<typeof OpenAI.APIError> =>
  e instanceof OpenAI.APIError && e.status === 429 && e.code !== 'insufficient_quota';
const isTransient = (e: unknown) =>
  e instanceof OpenAI.APIConnectionError || (e instanceof OpenAI.APIError && (e.status ?? 0) >= 500);

export function messagesOf(prompt: RescuePrompt): ChatMessage[] {
  return [
    ...(prompt.system ? [{ role: 'system' as const, content: prompt.system }] : []),
    { role: 'user' as const, content: prompt.question },
  ];
}

export async function recordGoldenAnswers(
  prompts: readonly RescuePrompt[],
  settings: RecorderSettings,
  deps: RecorderDeps,
  signal: AbortSignal,
  counters: { requests: number; rateLimited: number } = { requests: 0, rateLimited: 0 },
): Promise<RecorderOutcome> {
  const queue = prompts.filter((p) => !deps.log.has(p.id));
  const start = Math.max(1, Math.floor(settings.concurrency));
  let limit = start;
  let notBefore = 0;
  let backoffMs = 1000;
  let streak = 0;
  let transient = 0;
  let stop: ErrorCode | null = null;
  let done = prompts.length - queue.length;
  const inFlight = new Set<Promise<void>>();
  const progress = () =>
    deps.onProgress({
      done,
      requests: counters.requests,
      rateLimited: counters.rateLimited,
      concurrency: limit,
    });

  const ask = async (prompt: RescuePrompt): Promise<GoldenAnswer> => {
    // A signal per request, tied to the run's: listeners the SDK adds go away with the request instead of
    // piling up on the one signal every request of a long run shares.
    const own = new AbortController();
    const forward = () => own.abort(signal.reason);
    signal.addEventListener('abort', forward, { once: true });
    try {
      return await askWith(prompt, own.signal);
    } finally {
      signal.removeEventListener('abort', forward);
    }
  };

  const askWith = async (prompt: RescuePrompt, signal: AbortSignal): Promise<GoldenAnswer> => {
    const messages = messagesOf(prompt);
    const started = deps.now();
    counters.requests += 1;
    const first = await deps.client.record(settings.model, messages, { temperature: 0, n: 1, signal });
    const latencyMs = deps.now() - started;
    let samples: string[] = [];
    if (settings.extraSamples > 0) {
      counters.requests += 1;
      samples = (
        await deps.client.record(settings.model, messages, {
          temperature: settings.temperature,
          n: settings.extraSamples,
          signal,
        })
      ).texts;
    }
    return {
      promptId: prompt.id,
      model: settings.model,
      temperature: 0,
      text: first.texts[0] ?? '',
      samples,
      promptTokens: first.promptTokens,
      replyTokens: first.replyTokens,
      latencyMs,
      recordedAt: deps.now(),
      mark: 'recorded-from-retiring-model',
    };
  };

  const launch = (prompt: RescuePrompt) => {
    const task = (async () => {
      try {
        const answer = await ask(prompt);
        await deps.log.append(answer);
        done += 1;
        transient = 0;
        backoffMs = 1000;
        if (++streak >= RECOVER_AFTER && limit < start) {
          limit += 1;
          streak = 0;
        }
      } catch (error) {
        streak = 0;
        if (signal.aborted) return;
        if (isRateLimit(error)) {
          counters.rateLimited += 1;
          limit = Math.max(1, Math.floor(limit / 2));
          const wait = retryAfterMs(error) ?? backoffMs;
          backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
          notBefore = Math.max(notBefore, deps.now() + wait);
          queue.unshift(prompt);
        } else if (isTransient(error) && transient < MAX_TRANSIENT_RETRIES) {
          transient += 1;
          notBefore = Math.max(notBefore, deps.now() + backoffMs);
          backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
          queue.unshift(prompt);
        } else {
          queue.unshift(prompt);
          stop ??= toIpcError(error).code;
        }
      } finally {
        progress();
      }
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };

  progress();
  while (!signal.aborted && stop === null && (queue.length > 0 || inFlight.size > 0)) {
    const wait = notBefore - deps.now();
    if (wait <= 0) {
      while (inFlight.size < limit && queue.length > 0 && !signal.aborted && stop === null)
        launch(queue.shift()!);
    }
    const waits: Promise<unknown>[] = [...inFlight];
    if (wait > 0) waits.push(deps.sleep(wait, signal).catch(() => undefined));
    if (waits.length === 0) break;
    await Promise.race(waits);
  }
  await Promise.allSettled([...inFlight]);
  if (signal.aborted) return { kind: 'aborted' };
  if (stop !== null) return { kind: 'stopped', code: stop };
  return { kind: 'finished' };
}
