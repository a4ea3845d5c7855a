// Keys, regions and account states on the Alibaba practice service: a key works only on its own region's
// host, and the error bodies are DashScope's on the native API and OpenAI-shaped on compatible mode.
import { afterEach, describe, expect, it } from 'vitest';
import { type AlibabaHarness, BJ_KEY, SG_KEY, startAlibabaHarness, styledExamples } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

describe('Alibaba practice keys and regions', () => {
  it('refuses a Singapore key on the Beijing host and a Beijing key on the Singapore host with 401 InvalidApiKey', async () => {
    h = await startAlibabaHarness();
    const probe = '/fine-tunes?page_no=1&page_size=1';
    expect((await h.api('GET', probe, { region: 'singapore', key: SG_KEY })).status).toBe(200);
    expect((await h.api('GET', probe, { region: 'beijing', key: BJ_KEY })).status).toBe(200);
    for (const [region, key] of [
      ['beijing', SG_KEY],
      ['singapore', BJ_KEY],
    ] as const) {
      const refused = await h.api('GET', probe, { region, key });
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({
        request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'InvalidApiKey',
        message: 'Invalid API-key provided.',
      });
    }
    await expect(h.compat({ region: 'beijing', key: SG_KEY }).models.list()).rejects.toMatchObject({
      status: 401,
      code: 'invalid_api_key',
    });
  });

  it('keeps each region’s files and jobs apart: a Beijing account does not see Singapore objects', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples(), { region: 'singapore' });
    await expect(h.compat({ region: 'beijing' }).files.retrieve(fileId)).rejects.toMatchObject({
      status: 404,
    });
    const cross = await h.api('POST', '/fine-tunes', {
      region: 'beijing',
      body: { model: 'qwen3-14b', training_file_ids: [fileId] },
    });
    expect(cross.status).toBe(400);
    expect(cross.body.code).toBe('InvalidParameter');
  });

  it('answers 400 Arrearage for billable calls of an account in arrears, while reads still work', async () => {
    h = await startAlibabaHarness({ accounts: { 'sk-owing': { region: 'singapore', arrears: true } } });
    const key = 'sk-owing';
    expect((await h.api('GET', '/fine-tunes', { key })).status).toBe(200);
    const fileId = await h.uploadJsonl(styledExamples(), { key });
    const job = await h.api('POST', '/fine-tunes', {
      key,
      body: { model: 'qwen3-14b', training_file_ids: [fileId] },
    });
    expect(job.status).toBe(400);
    expect(job.body).toMatchObject({
      code: 'Arrearage',
      message: 'Access denied, please make sure your account is in good standing.',
    });
    const chat = h.compat({ key }).chat.completions.create({
      model: 'qwen3-14b',
      messages: [{ role: 'user', content: 'hi' }],
    });
    await expect(chat).rejects.toMatchObject({ status: 400, code: 'Arrearage' });
  });

  it('throttles past the requests-per-minute limit with 429 and retry-after, and lets calls through a minute later', async () => {
    h = await startAlibabaHarness({ accounts: { 'sk-slow': { region: 'singapore', requestsPerMinute: 2 } } });
    const key = 'sk-slow';
    expect((await h.api('GET', '/deployments', { key })).status).toBe(200);
    expect((await h.api('GET', '/deployments', { key })).status).toBe(200);
    const limited = await h.api('GET', '/deployments', { key });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('Throttling');
    expect(limited.headers.get('retry-after')).toBe('60');
    h.clock.advance(60_000);
    expect((await h.api('GET', '/deployments', { key })).status).toBe(200);
  });

  it('refuses job creation for a key without fine-tuning permission with 403 AccessDenied', async () => {
    h = await startAlibabaHarness({ accounts: { 'sk-ram': { region: 'beijing', canFineTune: false } } });
    const fileId = await h.uploadJsonl(styledExamples(), { key: 'sk-ram', region: 'beijing' });
    const job = await h.api('POST', '/fine-tunes', {
      key: 'sk-ram',
      region: 'beijing',
      body: { model: 'qwen3-14b', training_file_ids: [fileId] },
    });
    expect(job.status).toBe(403);
    expect(job.body.code).toBe('AccessDenied');
  });

  it('answers a missing key, an unknown job and an unknown route in the native error shape', async () => {
    h = await startAlibabaHarness();
    const noKey = await fetch(`${h.hosts.singapore}/api/v1/fine-tunes`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ code: 'InvalidApiKey' });
    const unknown = await h.api('GET', '/fine-tunes/ft-202601010000-0000');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NotFound' });
    const route = await h.api('GET', '/no-such-thing');
    expect(route.status).toBe(404);
    expect(Object.keys(route.body).sort()).toEqual(['code', 'message', 'request_id']);
  });

  it('serves the files API on compatible mode as the openai SDK expects: upload, list, retrieve, delete', async () => {
    h = await startAlibabaHarness();
    const client = h.compat();
    const fileId = await h.uploadJsonl(styledExamples(3));
    const file = await client.files.retrieve(fileId);
    expect(file).toMatchObject({
      id: fileId,
      object: 'file',
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      status: 'processed',
    });
    expect(file.bytes).toBeGreaterThan(0);
    expect((await client.files.list()).data.map((f) => f.id)).toEqual([fileId]);
    expect(await client.files.delete(fileId)).toMatchObject({ id: fileId, deleted: true });
    await expect(client.files.retrieve(fileId)).rejects.toMatchObject({ status: 404 });
  });
});
