// Runs many model calls with a bounded number in flight, politely:
//  - at most `concurrency` calls at once (the user's choice, default small);
//  - when the provider still says "slow down" after the adapter's own retries (rate_limited), the pool
//    halves how many it runs at once (down to one), waits, and puts the task back; a task gives up after
//    `maxRateLimitRetries` such waits and is recorded as rate limited;
//  - cancel stops starting new tasks and aborts those in flight at once (the adapter settles within 1 s).
// Waiting goes through an injected sleep so tests control time instead of sleeping.
import { AppError } from '../../../../shared/ipc/errors';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface PoolOptions {
  concurrency: number;
  signal: AbortSignal;
  sleep: Sleep;
  /** First wait after a rate limit, doubled on each further one; the provider's retry-after wins if longer. */
  backoffMs?: number;
  maxRateLimitRetries?: number;
  /** Called whenever the number allowed in flight changes (for tests and logs). */
  onConcurrency?(limit: number): void;
}

export type TaskOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const isRateLimited = (error: unknown) => error instanceof AppError && error.ipcError.code === 'rate_limited';

function retryAfterMs(error: unknown): number {
  const seconds = error instanceof AppError ? Number(error.ipcError.params?.seconds) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : 0;
}

/** Runs every task; resolves with each outcome in task order once all have finished or been cancelled. */
export async function runPool<T>(
  tasks: readonly ((signal: AbortSignal) => Promise<T>)[],
  options: PoolOptions,
  onSettled?: (index: number, outcome: TaskOutcome<T>) => void,
): Promise<(TaskOutcome<T> | null)[]> {
  const outcomes: (TaskOutcome<T> | null)[] = tasks.map(() => null);
  const queue = tasks.map((_, i) => ({ index: i, rateLimited: 0 }));
  const backoff = options.backoffMs ?? 2000;
  const maxRetries = options.maxRateLimitRetries ?? 3;
  let limit = Math.max(1, Math.floor(options.concurrency));
  let running = 0;

  return new Promise((resolve) => {
    const settle = (index: number, outcome: TaskOutcome<T>) => {
      outcomes[index] = outcome;
      onSettled?.(index, outcome);
    };
    const finishIfDone = () => {
      if (running === 0 && (queue.length === 0 || options.signal.aborted)) resolve(outcomes);
    };
    const pump = () => {
      while (!options.signal.aborted && running < limit && queue.length > 0) {
        const item = queue.shift()!;
        running += 1;
        void (async () => {
          try {
            settle(item.index, { ok: true, value: await tasks[item.index]!(options.signal) });
          } catch (error) {
            if (isRateLimited(error) && item.rateLimited < maxRetries && !options.signal.aborted) {
              item.rateLimited += 1;
              if (limit > 1) {
                limit = Math.max(1, Math.floor(limit / 2));
                options.onConcurrency?.(limit);
              }
              const wait = Math.max(retryAfterMs(error), backoff * 2 ** (item.rateLimited - 1));
              try {
                await options.sleep(wait, options.signal);
                queue.unshift(item);
              } catch {
                // Cancelled while waiting: the task simply never ran again.
              }
            } else if (!options.signal.aborted) {
              settle(item.index, { ok: false, error });
            }
          } finally {
            running -= 1;
            pump();
            finishIfDone();
          }
        })();
      }
      finishIfDone();
    };
    options.signal.addEventListener('abort', finishIfDone, { once: true });
    pump();
  });
}
