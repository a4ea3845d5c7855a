// Errors exactly like OpenAI's, seen through the official SDK's own error classes.
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, WHOLE_JOB_MS, startHarness, trainingJsonl, uploadTrainingFile } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('authentication', () => {
  it('rejects a wrong key with 401 invalid_api_key and shows only a redacted key', async () => {
    h = await startHarness();
    const wrong = h.clientFor({ apiKey: 'sk-proj-abcdefghijklmnopqrstuvwxyz1234' });
    const error = await wrong.models.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
      type: 'invalid_request_error',
      param: null,
    });
    const message = (error as Error).message;
    expect(message).toMatch(
      /^401 Incorrect API key provided: sk-proj-\*+1234\. You can find your API key at https:\/\/platform\.openai\.com\/account\/api-keys\.$/,
    );
    expect(message).not.toContain('abcdefghijklmnopqrstuvwxyz');
    expect((error as InstanceType<typeof OpenAI.APIError>).requestID).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it('answers a request without a key with 401 and OpenAI’s "didn’t provide an API key" message', async () => {
    h = await startHarness();
    const response = await fetch(`${h.server.url}/models`);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const body = (await response.json()) as { error: { message: string; code: unknown } };
    expect(body.error.message).toMatch(/^You didn't provide an API key\./);
    expect(body.error.code).toBeNull();
  });

  it('accepts keys from the options, each with its own account profile', async () => {
    h = await startHarness({
      accounts: { alpha: {}, closed: { canFineTune: false }, broke: { quota: 'exhausted' } },
    });
    await expect(h.clientFor({ apiKey: 'alpha' }).models.list()).resolves.toBeDefined();
    await expect(h.clientFor({ apiKey: 'tunesmith-practice' }).models.list()).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );

    const file = await uploadTrainingFile(h.clientFor({ apiKey: 'alpha' }), trainingJsonl(10));
    const refused = await h
      .clientFor({ apiKey: 'closed' })
      .fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OpenAI.PermissionDeniedError);

    const broke = h.clientFor({ apiKey: 'broke', maxRetries: 2 });
    const quota = await broke.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(OpenAI.RateLimitError);
    expect(quota).toMatchObject({ status: 429, code: 'insufficient_quota', type: 'insufficient_quota' });
    expect((quota as InstanceType<typeof OpenAI.APIError>).headers?.get('x-should-retry')).toBe('false');
    // x-should-retry: false stops the SDK's retries even though it was allowed two.
    expect(h.service.faults.count('POST /chat/completions')).toBe(1);
  });
});

describe('rate limits', () => {
  it('answers 429 rate_limit_exceeded with retry-after and x-ratelimit-* headers, and frees up as the minute passes', async () => {
    h = await startHarness({ accounts: { slow: { requestsPerMinute: 2 } } });
    const client = h.clientFor({ apiKey: 'slow' });
    const first = await client.models.list().withResponse();
    expect(first.response.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(first.response.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    for (const name of [
      'x-ratelimit-limit-tokens',
      'x-ratelimit-remaining-tokens',
      'x-ratelimit-reset-requests',
      'x-ratelimit-reset-tokens',
    ]) {
      expect(first.response.headers.get(name)).not.toBeNull();
    }
    h.clock.advance(10_000);
    await client.models.list();
    const limited = await client.models.list().catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' });
    const headers = (limited as InstanceType<typeof OpenAI.APIError>).headers;
    expect(headers?.get('retry-after')).toBe('50');
    expect(headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    h.clock.advance(50_000);
    await expect(client.models.list()).resolves.toBeDefined();
  });
});

describe('not found and bad requests', () => {
  it('reports unknown and retired models as 404 model_not_found', async () => {
    h = await startHarness();
    const unknown = await h.client.models.retrieve('gpt-5-turbo-max').catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect((unknown as Error).message).toBe(
      '404 The model `gpt-5-turbo-max` does not exist or you do not have access to it.',
    );
    expect(unknown).toMatchObject({ code: 'model_not_found' });

    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const job = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await h.client.fineTuning.jobs.retrieve(job.id)).fine_tuned_model ?? '';
    // The base model shuts down on 2027-01-14 and its fine-tunes with it.
    h.clock.set(Date.UTC(2027, 0, 14, 0, 0, 1));
    await expect(h.client.models.retrieve('gpt-4o-mini-2024-07-18')).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
    await expect(
      h.client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
    const ids = (await h.client.models.list()).data.map((m) => m.id);
    expect(ids).not.toContain(model);
    // Only the chat-only models that outlive the shutdown are still listed (issue 16 point 6).
    expect(ids.filter((id) => /^gpt-4(o|\.1)/.test(id))).toEqual([]);
    expect(ids).toContain('gpt-5.4-mini');
  });

  it('reports an unknown file with "No such File object" and param id, and an unknown job as 404', async () => {
    h = await startHarness();
    const error = await h.client.files.retrieve('file-doesnotexist').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ param: 'id', type: 'invalid_request_error' });
    expect((error as Error).message).toBe('404 No such File object: file-doesnotexist');
    await expect(h.client.fineTuning.jobs.retrieve('ftjob-nope')).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    await expect(h.client.fineTuning.jobs.cancel('ftjob-nope')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('answers invalid input with 400 invalid_request_error naming the parameter', async () => {
    h = await startHarness();
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const suffix = await h.client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id, suffix: 'x'.repeat(65) })
      .catch((e: unknown) => e);
    expect(suffix).toBeInstanceOf(OpenAI.BadRequestError);
    expect(suffix).toMatchObject({ param: 'suffix', type: 'invalid_request_error' });

    const epochs = await h.client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id, hyperparameters: { n_epochs: 51 } })
      .catch((e: unknown) => e);
    expect(epochs).toMatchObject({ status: 400, param: 'hyperparameters.n_epochs' });

    const missing = await h.client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: 'file-missing' })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 400, param: 'training_file' });

    const model = await h.client.fineTuning.jobs
      .create({ model: 'gpt-3.5-turbo', training_file: file.id })
      .catch((e: unknown) => e);
    expect(model).toMatchObject({ status: 400, param: 'model', code: 'model_not_available' });

    const noMessages = await h.client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [] })
      .catch((e: unknown) => e);
    expect(noMessages).toMatchObject({ status: 400, param: 'messages' });

    const role = await h.client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'wizard', content: 'hi' } as never] })
      .catch((e: unknown) => e);
    expect(role).toMatchObject({ status: 400, param: 'messages[0].role', code: 'invalid_value' });
  });

  it('answers an unknown path with 404 Invalid URL', async () => {
    h = await startHarness();
    const response = await fetch(`${h.server.url}/nothing/here`, {
      headers: { authorization: 'Bearer tunesmith-practice' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid URL (GET /v1/nothing/here)' } });
  });
});
