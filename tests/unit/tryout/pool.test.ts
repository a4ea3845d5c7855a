// The runner's concurrency, rate-limit politeness and cancel, with tasks we control by hand (deferred
// promises) and a recording sleep: no timers, no sleeps.
import { describe, expect, it } from 'vitest';
import { appError } from '../../../shared/ipc/errors';
import { runPool, type Sleep } from '../../../electron/main/services/tryout/pool';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('runPool', () => {
  it('never runs more than the concurrency at once, and keeps task order in the outcomes', async () => {
    let inFlight = 0;
    let peak = 0;
    const gates = Array.from({ length: 7 }, () => deferred<void>());
    const tasks = gates.map((gate, i) => async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await gate.promise;
      inFlight -= 1;
      return i * 10;
    });
    const done = runPool(tasks, {
      concurrency: 3,
      signal: new AbortController().signal,
      sleep: async () => {},
    });
    await tick();
    expect(inFlight).toBe(3);
    // Finish them out of order.
    for (const i of [2, 0, 6, 1, 5, 3, 4]) {
      gates[i]!.resolve();
      await tick();
    }
    const outcomes = await done;
    expect(peak).toBe(3);
    expect(outcomes).toEqual([0, 10, 20, 30, 40, 50, 60].map((value) => ({ ok: true, value })));
  });

  it('on "slow down" halves the calls in flight, waits (at least the provider’s retry-after), and retries', async () => {
    const waits: number[] = [];
    const sleep: Sleep = async (ms) => void waits.push(ms);
    const limits: number[] = [];
    const attempts = new Map<number, number>();
    const tasks = Array.from({ length: 4 }, (_, i) => async () => {
      const n = (attempts.get(i) ?? 0) + 1;
      attempts.set(i, n);
      if (i === 1 && n === 1) throw appError('rate_limited', { params: { seconds: 7 } });
      if (i === 2 && n <= 2) throw appError('rate_limited');
      return i;
    });
    const outcomes = await runPool(tasks, {
      concurrency: 4,
      signal: new AbortController().signal,
      sleep,
      backoffMs: 1000,
      onConcurrency: (l) => limits.push(l),
    });
    expect(outcomes.every((o) => o?.ok)).toBe(true);
    expect(limits).toEqual([2, 1]);
    expect(waits.sort((a, b) => a - b)).toEqual([1000, 2000, 7000]);
    expect(attempts.get(2)).toBe(3);
  });

  it('gives up after the retry limit and reports the last error; other errors are not retried', async () => {
    let calls = 0;
    const outcomes = await runPool(
      [
        async () => {
          calls += 1;
          throw appError('rate_limited');
        },
        async () => {
          throw appError('model_not_found');
        },
      ],
      { concurrency: 2, signal: new AbortController().signal, sleep: async () => {}, maxRateLimitRetries: 2 },
    );
    expect(calls).toBe(3);
    expect(
      outcomes.map((o) => o?.ok === false && (o.error as { ipcError: { code: string } }).ipcError.code),
    ).toEqual(['rate_limited', 'model_not_found']);
  });

  it('cancel aborts the calls in flight, starts no more, and settles at once', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) => (signal: AbortSignal) => {
      started.push(i);
      return new Promise<number>((_, reject) =>
        signal.addEventListener('abort', () => reject(appError('cancelled')), { once: true }),
      );
    });
    const settled: number[] = [];
    const done = runPool(tasks, { concurrency: 2, signal: controller.signal, sleep: async () => {} }, (i) =>
      settled.push(i),
    );
    await tick();
    controller.abort();
    const outcomes = await done;
    expect(started).toEqual([0, 1]);
    expect(outcomes).toEqual([null, null, null, null, null, null]);
    expect(settled).toEqual([]);
  });

  it('cancel during a rate-limit wait ends the run without retrying', async () => {
    const controller = new AbortController();
    const sleep: Sleep = (_ms, signal) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    let calls = 0;
    const done = runPool(
      [
        async () => {
          calls += 1;
          throw appError('rate_limited');
        },
      ],
      { concurrency: 1, signal: controller.signal, sleep },
    );
    await tick();
    controller.abort();
    expect(await done).toEqual([null]);
    expect(calls).toBe(1);
  });
});
