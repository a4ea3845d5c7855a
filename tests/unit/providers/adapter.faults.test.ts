// The OpenAI adapter against the practice service over real HTTP with injected faults: how often it tries
// per status, that `retry-after` is obeyed but capped, that quota errors are never retried, that timeouts
// and cancels settle, and that job creation makes exactly one job per user action whatever goes wrong.
// Figures are written to test-results/providers-faults.json for the issue.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { abortableSleep, uploadTimeoutMs } from '../../../electron/main/services/providers/callPolicy';
import type { FaultAction } from '../../../electron/main/services/practice';
import { startProviderHarness, trainingBytes, waitForRequest, type ProviderHarness } from './helpers';

const figures: Record<string, unknown> = {};
afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/providers-faults.json', JSON.stringify(figures, null, 2) + '\n');
});

let h: ProviderHarness;
beforeEach(async () => {
  h = await startProviderHarness();
});
afterEach(() => h.close());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { ipcError?: { code: string; params?: Record<string, unknown> } }) =>
      e.ipcError ?? { code: 'thrown' },
  );

describe('retries per status (policy: 2 retries after the first attempt)', () => {
  const statuses = [400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504];
  const expectedAttempts: Record<number, number> = { 408: 3, 409: 3, 429: 3, 500: 3, 502: 3, 503: 3, 504: 3 };

  it.each(statuses)('status %i', async (status) => {
    h.service.faults.inject({ route: 'GET /models', action: { kind: 'status', status } });
    const error = await failure(h.provider().listModels());
    expect(error).not.toBeNull();
    const attempts = h.service.faults.count('GET /models');
    expect(attempts).toBe(expectedAttempts[status] ?? 1);
    (figures['attemptsPerStatus'] ??= {} as Record<number, number>) as Record<number, number>;
    (figures['attemptsPerStatus'] as Record<number, number>)[status] = attempts;
  });

  it('recovers when the fault clears before the retries run out', async () => {
    h.service.faults.failTimes('GET /models', 2, { kind: 'status', status: 503 });
    await expect(h.provider().listModels()).resolves.not.toHaveLength(0);
    expect(h.service.faults.count('GET /models')).toBe(3);
  });

  it('obeys x-should-retry: false even on a 503', async () => {
    h.service.faults.inject({
      route: 'GET /models',
      action: { kind: 'status', status: 503, headers: { 'x-should-retry': 'false' } },
    });
    await failure(h.provider().listModels());
    expect(h.service.faults.count('GET /models')).toBe(1);
  });

  it('never retries insufficient_quota, whatever the headers say', async () => {
    const quota = {
      error: {
        message: 'You exceeded your current quota',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    };
    h.service.faults.inject({
      route: 'GET /models',
      action: { kind: 'status', status: 429, body: quota, headers: { 'x-should-retry': 'true' } },
    });
    const error = await failure(h.provider().listModels());
    expect(error?.code).toBe('quota_exceeded');
    expect(h.service.faults.count('GET /models')).toBe(1);
    figures['quotaAttempts'] = h.service.faults.count('GET /models');
  });
});

describe('retry-after is respected but capped', () => {
  it('waits what the provider asks (seconds and milliseconds forms)', async () => {
    h.service.faults.failTimes('GET /models', 1, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '7' },
    });
    h.service.faults.failTimes('GET /models', 1, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after-ms': '250' },
    });
    await h.provider().listModels();
    expect(h.sleeps).toEqual([7000, 250]);
  });

  it('backs off exponentially without a hint', async () => {
    h.service.faults.failTimes('GET /models', 2, { kind: 'status', status: 500 });
    await h.provider().listModels();
    expect(h.sleeps).toEqual([500, 1000]);
  });

  it('stops instead of waiting beyond the cap, and says how long the provider asked for', async () => {
    h.service.faults.inject({
      route: 'GET /models',
      action: { kind: 'status', status: 429, headers: { 'retry-after': '3600' } },
    });
    const error = await failure(h.provider().listModels());
    expect(error).toMatchObject({ code: 'rate_limited', params: { seconds: 3600 } });
    expect(h.sleeps).toEqual([]);
    expect(h.service.faults.count('GET /models')).toBe(1);
  });
});

describe('timeouts and cancel', () => {
  it('an interactive call that hangs times out as `timeout`', async () => {
    h.service.faults.inject({ route: 'GET /models', action: { kind: 'hang' } });
    const error = await failure(
      h
        .provider({
          interactiveTimeoutMs: 200,
          retryPolicy: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
        })
        .listModels(),
    );
    expect(error?.code).toBe('timeout');
  });

  it('a hung call with retries left still ends after one timeout: the budget covers the retries', async () => {
    h.service.faults.inject({ route: 'GET /models', action: { kind: 'hang' } });
    const error = await failure(h.provider({ interactiveTimeoutMs: 300 }).listModels());
    expect(error?.code).toBe('timeout');
    expect(h.service.faults.count('GET /models')).toBe(1);
  });

  it('fast failures are still retried within the budget', async () => {
    h.service.faults.failTimes('GET /models', 2, { kind: 'status', status: 502 });
    await expect(h.provider({ interactiveTimeoutMs: 5_000 }).listModels()).resolves.not.toHaveLength(0);
    expect(h.service.faults.count('GET /models')).toBe(3);
  });

  it('uploads get time in proportion to their size', () => {
    expect(uploadTimeoutMs(0)).toBe(30_000);
    expect(uploadTimeoutMs(64 * 1024 * 1024)).toBeGreaterThan(30_000 + 1_000_000);
    expect(uploadTimeoutMs(64 * 1024 * 1024)).toBeLessThan(uploadTimeoutMs(128 * 1024 * 1024));
    expect(uploadTimeoutMs(1e12)).toBe(2 * 60 * 60_000);
  });

  const latencies: number[] = [];
  const cancelCases: [string, string, FaultAction][] = [
    ['a hung upload', 'POST /files', { kind: 'hang' }],
    ['a hung job creation', 'POST /fine_tuning/jobs', { kind: 'hang' }],
    ['a hung listing', 'GET /fine_tuning/jobs', { kind: 'hang' }],
  ];
  it.each(cancelCases)('cancelling %s settles within 1 s', async (_name, route, action) => {
    const p = h.provider();
    const file =
      route === 'POST /fine_tuning/jobs' ? await p.uploadTrainingFile('t.jsonl', trainingBytes()) : null;
    h.service.faults.inject({ route, action });
    const controller = new AbortController();
    const signal = controller.signal;
    const pending =
      route === 'POST /files'
        ? p.uploadTrainingFile('t.jsonl', trainingBytes(), { signal })
        : route === 'GET /fine_tuning/jobs'
          ? p.listJobs({}, { signal })
          : p.createJob(
              { clientRef: 'cancel-me', baseModel: 'gpt-4o-mini-2024-07-18', trainingFileId: file!.id },
              { signal },
            );
    const outcome = failure(pending);
    // Job creation first looks for an earlier attempt; wait until the hung request itself is in flight.
    await waitForRequest(h.service, route, route === 'GET /fine_tuning/jobs' ? 1 : 1);
    const started = performance.now();
    controller.abort();
    const error = await outcome;
    const ms = performance.now() - started;
    latencies.push(ms);
    figures['cancelLatencyMs'] = latencies.map((l) => Math.round(l * 10) / 10);
    expect(error?.code).toBe('cancelled');
    expect(ms).toBeLessThan(1000);
  });

  it('cancelling during a retry back-off settles at once (the SDK’s own back-off could not be cancelled)', async () => {
    h.service.faults.inject({
      route: 'GET /models',
      action: { kind: 'status', status: 503, headers: { 'retry-after': '15' } },
    });
    const controller = new AbortController();
    const outcome = failure(h.provider({ sleep: abortableSleep }).listModels({ signal: controller.signal }));
    await waitForRequest(h.service, 'GET /models');
    await new Promise((r) => setImmediate(r));
    const started = performance.now();
    controller.abort();
    const error = await outcome;
    const ms = performance.now() - started;
    figures['cancelDuringBackoffMs'] = Math.round(ms * 10) / 10;
    expect(error?.code).toBe('cancelled');
    expect(ms).toBeLessThan(1000);
  });
});

describe('job creation never duplicates (20 runs per fault)', () => {
  const faults: [string, FaultAction][] = [
    ['503 after the job was created', { kind: 'after-handler', status: 503 }],
    ['dropped socket', { kind: 'drop' }],
    ['hang until our timeout', { kind: 'hang' }],
  ];

  it.each(faults)('%s → exactly one job per user action', async (name, action) => {
    const p = h.provider({ interactiveTimeoutMs: 300 });
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    const runs = 20;
    let faultyAnswers = 0;
    let extraCreates = 0;
    for (let run = 0; run < runs; run++) {
      const clientRef = `${name}-${run}`;
      // 1 or 2 faulty answers in a row: the second run of reconciliation must hold too.
      const fault = h.service.faults.failTimes('POST /fine_tuning/jobs', 1 + (run % 2), action);
      const before = h.service.faults.count('POST /fine_tuning/jobs');
      const job = await p.createJob({
        clientRef,
        baseModel: 'gpt-4o-mini-2024-07-18',
        trainingFileId: file.id,
        suffix: 'dup',
      });
      extraCreates += h.service.faults.count('POST /fine_tuning/jobs') - before - 1;
      faultyAnswers += fault.hits;
      fault.remove();
      expect(fault.hits).toBeGreaterThan(0);
      expect(job.clientRef).toBe(clientRef);
    }
    const jobs = h.service.snapshot().jobs;
    const perRef = new Map<string, number>();
    for (const job of jobs) {
      const ref = job.metadata?.['tunesmith_ref'];
      if (ref) perRef.set(ref, (perRef.get(ref) ?? 0) + 1);
    }
    expect(perRef.size).toBe(runs);
    expect([...perRef.values()].every((n) => n === 1)).toBe(true);
    expect(jobs).toHaveLength(runs);
    const summary = (figures['duplicates'] ??= {}) as Record<string, unknown>;
    summary[name] = {
      runs,
      faultyAnswers,
      createRetries: extraCreates,
      jobs: jobs.length,
      duplicates: jobs.length - perRef.size,
    };
  });

  it('finds the job of an earlier attempt (e.g. before a restart) instead of creating another', async () => {
    const p = h.provider();
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    const first = await p.createJob({
      clientRef: 'same-click',
      baseModel: 'gpt-4o-mini-2024-07-18',
      trainingFileId: file.id,
    });
    const again = await p.createJob({
      clientRef: 'same-click',
      baseModel: 'gpt-4o-mini-2024-07-18',
      trainingFileId: file.id,
    });
    expect(again.id).toBe(first.id);
    expect(h.service.faults.count('POST /fine_tuning/jobs')).toBe(1);
  });

  it('a definite refusal (4xx) is not retried', async () => {
    const p = h.provider();
    const error = await failure(
      p.createJob({ clientRef: 'bad', baseModel: 'gpt-4o-mini-2024-07-18', trainingFileId: 'file-missing' }),
    );
    expect(error?.code).toBe('file_invalid');
    expect(h.service.faults.count('POST /fine_tuning/jobs')).toBe(1);
  });

  it('gives up after its attempts when the service keeps failing, still without a duplicate', async () => {
    const p = h.provider({ createAttempts: 3 });
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    h.service.faults.inject({ route: 'POST /fine_tuning/jobs', action: { kind: 'status', status: 502 } });
    const error = await failure(
      p.createJob({ clientRef: 'never', baseModel: 'gpt-4o-mini-2024-07-18', trainingFileId: file.id }),
    );
    expect(error?.code).toBe('server_error');
    expect(h.service.faults.count('POST /fine_tuning/jobs')).toBe(3);
    expect(h.service.snapshot().jobs).toHaveLength(0);
  });
});
