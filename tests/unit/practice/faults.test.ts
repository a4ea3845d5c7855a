// Injected faults seen through the official SDK: its retries, timeouts and connection errors, and the
// "work done but client told it failed" case that duplicate-free job creation must survive.
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PRACTICE_BASE_URL,
  createManualClock,
  createPracticeService,
} from '../../../electron/main/services/practice';
import { type Harness, startHarness, trainingJsonl, uploadTrainingFile } from './harness';

/** Tells the SDK to retry at once, so retry tests do not wait out its back-off. */
const RETRY_NOW = { 'retry-after-ms': '0' };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('scripted faults over HTTP', () => {
  it('fails N times then succeeds; the SDK retries and the server sees every attempt', async () => {
    const fault = h.service.faults.failTimes('GET /models', 2, {
      kind: 'status',
      status: 500,
      headers: RETRY_NOW,
    });
    const client = h.clientFor({ maxRetries: 2 });
    const models = await client.models.list();
    expect(models.data.length).toBeGreaterThan(0);
    expect(fault.hits).toBe(2);
    expect(h.service.faults.requests.filter((r) => r.path === '/models').map((r) => r.status)).toEqual([
      500, 500, 200,
    ]);
  });

  it('gives up after maxRetries with the SDK’s InternalServerError', async () => {
    h.service.faults.inject({
      route: 'GET /files',
      action: { kind: 'status', status: 503, headers: RETRY_NOW },
    });
    const error = await h
      .clientFor({ maxRetries: 1 })
      .files.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 503 });
    expect(h.service.faults.count('GET /files')).toBe(2);
  });

  it('answers a scripted 429 with its body and headers, which the SDK maps to RateLimitError', async () => {
    h.service.faults.failTimes('POST /chat/completions', 1, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '3' },
      body: {
        error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' },
      },
    });
    const error = await h.client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.APIError>).headers?.get('retry-after')).toBe('3');
  });

  it('drops the connection: the socket really closes, the SDK reports APIConnectionError and retries', async () => {
    h.service.faults.failTimes('GET /models/:id', 1, { kind: 'drop' });
    const error = await h.client.models.retrieve('gpt-4o-mini-2024-07-18').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(h.service.faults.requests.at(-1)).toMatchObject({
      path: '/models/gpt-4o-mini-2024-07-18',
      status: null,
    });

    h.service.faults.failTimes('GET /models/:id', 1, { kind: 'drop' });
    const retried = await h.clientFor({ maxRetries: 1 }).models.retrieve('gpt-4o-mini-2024-07-18');
    expect(retried.id).toBe('gpt-4o-mini-2024-07-18');
    expect(h.service.faults.count('GET /models/:id')).toBe(3);
  });

  it('hangs until the client gives up: the SDK times out with APIConnectionTimeoutError', async () => {
    h.service.faults.inject({ route: 'GET /fine_tuning/jobs', action: { kind: 'hang' }, times: 1 });
    const error = await h
      .clientFor({ timeout: 300 })
      .fineTuning.jobs.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    // The next request is served normally.
    await expect(h.client.fineTuning.jobs.list()).resolves.toBeDefined();
  });

  it('delays an answer on the service clock', async () => {
    h.service.faults.failTimes('GET /models', 1, { kind: 'delay', ms: 30_000 });
    let settled = false;
    const pending = h.client.models.list().then((page) => {
      settled = true;
      return page;
    });
    await vi.waitFor(() => expect(h.service.faults.count('GET /models')).toBe(1));
    expect(settled).toBe(false);
    h.clock.advance(30_000);
    expect((await pending).data.length).toBeGreaterThan(0);
  });

  it('creates the job but answers 503: a naive retry makes a duplicate, which is what the app must avoid', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    h.service.faults.failTimes('POST /fine_tuning/jobs', 1, { kind: 'after-handler' });
    const error = await h.client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id, metadata: { attempt: 'a1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 503 });
    // The job exists although the client was told it failed: a careful client looks before creating again.
    const found = await h.client.fineTuning.jobs.list({ metadata: { attempt: 'a1' } });
    expect(found.data).toHaveLength(1);
    expect(found.data[0]?.status).toBe('validating_files');

    h.service.faults.failTimes('POST /fine_tuning/jobs', 1, { kind: 'after-handler', status: 503 });
    await h
      .clientFor({ maxRetries: 1 })
      .fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id, metadata: { attempt: 'a2' } });
    expect((await h.client.fineTuning.jobs.list({ metadata: { attempt: 'a2' } })).data).toHaveLength(2);
  });
});

describe('faults in-process (the app’s transport)', () => {
  it('rejects the fetch like a network error on a drop, and serves normally otherwise', async () => {
    const service = createPracticeService({ clock: createManualClock() });
    const client = new OpenAI({
      apiKey: 'tunesmith-practice',
      baseURL: PRACTICE_BASE_URL,
      fetch: service.fetch,
      maxRetries: 0,
    });
    service.faults.failTimes('GET /models', 1, { kind: 'drop' });
    await expect(
      service.fetch(`${PRACTICE_BASE_URL}/models`, {
        headers: { authorization: 'Bearer tunesmith-practice' },
      }),
    ).rejects.toThrow(TypeError);
    await expect(client.models.list()).resolves.toBeDefined();
    service.faults.failTimes('GET /models', 1, { kind: 'drop' });
    await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it('ends a hung request when the caller aborts it', async () => {
    const service = createPracticeService({ clock: createManualClock() });
    const client = new OpenAI({
      apiKey: 'tunesmith-practice',
      baseURL: PRACTICE_BASE_URL,
      fetch: service.fetch,
      maxRetries: 0,
    });
    service.faults.inject({ route: 'GET /files', action: { kind: 'hang' } });
    const controller = new AbortController();
    const pending = client.files.list({}, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(service.faults.count('GET /files')).toBe(1));
    controller.abort();
    expect(await pending).toBeInstanceOf(OpenAI.APIUserAbortError);
  });
});

describe('admin route (opt-in)', () => {
  it('accepts faults as JSON only when enabled', async () => {
    const { listenPracticeService } = await import('../../../electron/main/services/practice');
    const withAdmin = createPracticeService({ clock: createManualClock(), adminRoutes: true });
    const server = await listenPracticeService(withAdmin);
    try {
      const origin = server.url.replace(/\/v1$/, '');
      const added = await fetch(`${origin}/_practice/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'GET /models', action: { kind: 'status', status: 502 }, times: 1 }),
      });
      expect(added.status).toBe(200);
      const client = new OpenAI({ apiKey: 'tunesmith-practice', baseURL: server.url, maxRetries: 0 });
      await expect(client.models.list()).rejects.toMatchObject({ status: 502 });
      await expect(client.models.list()).resolves.toBeDefined();
    } finally {
      await server.close();
    }
    const plain = createPracticeService({ clock: createManualClock() });
    const response = await plain.fetch('http://practice.invalid/_practice/faults', {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(404);
  });
});
