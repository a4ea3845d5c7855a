// How long we wait and how often we try again. The SDK's own retry loop is switched off (maxRetries 0)
// because (a) its back-off sleep ignores the AbortSignal, so a cancel could hang for up to a minute, (b) it
// waits as long as any `retry-after` says, and (c) it would blindly repeat a job creation. Here:
//  - interactive calls time out within 30 s; uploads get 30 s plus time for their size at a slow link;
//  - retries follow the SDK's rules (408/409/429/5xx, connection errors, `x-should-retry`), but a quota
//    error is never retried, and `retry-after` is obeyed only up to a cap: when the provider asks for a
//    longer wait we stop and tell the user how long, rather than freezing the app;
//  - every wait is abortable, so cancel settles at once.
import OpenAI from 'openai';
import { isQuotaError, retryAfterMs } from './errorMapping';

export const INTERACTIVE_TIMEOUT_MS = 30_000;
/** Assumed worst sustained upload speed: 64 KiB/s (a poor mobile link). */
const SLOW_LINK_BYTES_PER_MS = 64;
const MAX_UPLOAD_TIMEOUT_MS = 2 * 60 * 60_000;

export function uploadTimeoutMs(bytes: number, interactiveMs = INTERACTIVE_TIMEOUT_MS): number {
  return Math.min(MAX_UPLOAD_TIMEOUT_MS, interactiveMs + Math.ceil(bytes / SLOW_LINK_BYTES_PER_MS));
}

export interface RetryPolicy {
  /** Further attempts after the first. */
  maxRetries: number;
  /** First back-off when the provider gives no `retry-after`; doubles per attempt. */
  baseDelayMs: number;
  /** Longest we wait between attempts, whatever the provider asks. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 20_000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A timer that rejects with an SDK abort error the moment the signal fires. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new OpenAI.APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new OpenAI.APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export type RetryDecision = { retry: false } | { retry: true; delayMs: number | null };

/** Whether the SDK error is worth another attempt, and how long the provider asked us to wait. */
export function retryDecision(error: unknown): RetryDecision {
  if (error instanceof OpenAI.APIUserAbortError) return { retry: false };
  if (error instanceof OpenAI.APIConnectionError) return { retry: true, delayMs: null };
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return { retry: false };
  if (isQuotaError(error)) return { retry: false };
  const header = error.headers?.get('x-should-retry');
  if (header === 'false') return { retry: false };
  const delayMs = retryAfterMs(error.headers);
  if (header === 'true') return { retry: true, delayMs };
  const status = error.status;
  if (status === 408 || status === 409 || status === 429 || status >= 500) return { retry: true, delayMs };
  return { retry: false };
}

export interface RetryContext {
  policy: RetryPolicy;
  sleep: Sleep;
  signal?: AbortSignal;
  /** Called before each retry (for logs and for tests counting attempts). */
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
  /** For back-off jitter; injectable so tests are deterministic. */
  random?: () => number;
}

/** Runs an idempotent call, retrying per the policy above. Never use it for job creation (createJob.ts). */
export async function withRetries<T>(call: () => Promise<T>, ctx: RetryContext): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (ctx.signal?.aborted) throw new OpenAI.APIUserAbortError();
      const decision = retryDecision(error);
      if (!decision.retry || attempt >= ctx.policy.maxRetries) throw error;
      const delay = nextDelay(decision.delayMs, attempt, ctx);
      if (delay === null) throw error;
      ctx.onRetry?.(attempt + 1, error, delay);
      await ctx.sleep(delay, ctx.signal);
    }
  }
}

/** null: the provider asked for a wait beyond our cap, so we stop and report it instead. */
export function nextDelay(requestedMs: number | null, attempt: number, ctx: RetryContext): number | null {
  if (requestedMs !== null) return requestedMs > ctx.policy.maxDelayMs ? null : requestedMs;
  const jitter = 1 - (ctx.random ?? Math.random)() * 0.25;
  return Math.min(ctx.policy.maxDelayMs, ctx.policy.baseDelayMs * 2 ** attempt) * jitter;
}

/** Rejects as soon as the signal fires, even if `work` itself ignores it (its result is then dropped). */
export function settleOnAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new OpenAI.APIUserAbortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new OpenAI.APIUserAbortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
