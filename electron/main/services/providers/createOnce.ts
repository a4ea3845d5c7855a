// Creation that never makes two things for one user action: a training job (any provider) or a
// deployment. Creating costs money, so it is the one call never retried blindly:
//  1. before the first attempt, look for what this action's reference already made (an earlier attempt,
//     possibly from before an app restart);
//  2. a definite refusal (4xx) is final: nothing was created;
//  3. an ambiguous failure (timeout, dropped connection, 5xx) may hide a created object, so ask the
//     provider (a listing matched by our reference), twice with a short settle in between because a
//     just-created object can take a moment to be listed, and only when it is not there try again;
//  4. a rate limit (429, not quota) is a definite "not created": wait as told (capped) and try again.
import OpenAI from 'openai';
import { nextDelay, type RetryContext } from './callPolicy';
import { isQuotaError, retryAfterMs } from './errorMapping';

export interface CreateOnceDeps<T> {
  /** One create request, no retries. */
  createOnce(): Promise<T>;
  /** What this action's reference already made, if the provider lists it (reads may retry). */
  find(): Promise<T | null>;
  retry: RetryContext;
  /** Total create attempts per user action. */
  maxAttempts: number;
  /** Pause between the two look-ups after an ambiguous failure. */
  settleMs: number;
  /** Told about each ambiguous failure (tests count them; logs record them). */
  onAmbiguous?: (error: unknown) => void;
}

/** May the object exist although the call failed? */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof OpenAI.APIUserAbortError) return false;
  if (error instanceof OpenAI.APIConnectionError) return true;
  return (
    error instanceof OpenAI.APIError &&
    error.status !== undefined &&
    (error.status >= 500 || error.status === 408 || error.status === 409)
  );
}

const isPlainRateLimit = (error: unknown) =>
  error instanceof OpenAI.APIError && error.status === 429 && !isQuotaError(error);

export async function createDuplicateFree<T>(deps: CreateOnceDeps<T>): Promise<T> {
  const { signal } = deps.retry;
  const earlier = await deps.find();
  if (earlier) return earlier;
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.createOnce();
    } catch (error) {
      if (signal?.aborted) throw new OpenAI.APIUserAbortError();
      const last = attempt + 1 >= deps.maxAttempts;
      if (isPlainRateLimit(error)) {
        const wait = nextDelay(
          retryAfterMs((error as InstanceType<typeof OpenAI.APIError>).headers),
          attempt,
          deps.retry,
        );
        if (last || wait === null) throw error;
        await deps.retry.sleep(wait, signal);
        continue;
      }
      if (!isAmbiguous(error)) throw error;
      deps.onAmbiguous?.(error);
      const found = (await deps.find()) ?? (await settleThenFind(deps));
      if (found) return found;
      if (last) throw error;
      const wait = nextDelay(null, attempt, deps.retry) ?? deps.retry.policy.maxDelayMs;
      await deps.retry.sleep(wait, signal);
    }
  }
}

async function settleThenFind<T>(deps: CreateOnceDeps<T>): Promise<T | null> {
  await deps.retry.sleep(deps.settleMs, deps.retry.signal);
  return deps.find();
}
