// Chat details shared with the other practice services, checked on Together's routes: streaming by endpoint
// name, the rate limit with Retry-After in Together's envelope, and a deployment checked with validateOnly
// that creates nothing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  type Json,
  PROJECT,
  type TogetherHarness,
  WHOLE_JOB_MS,
  startTogetherHarness,
} from './harness';

let h: TogetherHarness;
afterEach(async () => h?.close());

const EP = `/v2/projects/${PROJECT}/endpoints`;

describe('Together practice chat and limits', () => {
  it('streams a fine-tune’s answer by endpoint name; validateOnly creates no deployment', async () => {
    h = await startTogetherHarness();
    const file = await h.processedFile();
    const job = (await h.call('POST', '/v1/fine-tunes', { model: BASE, training_file: file })).body;
    h.clock.advance(WHOLE_JOB_MS);
    const done = (await h.call('GET', `/v1/fine-tunes/${String(job['id'])}`)).body;
    const endpoint = (await h.call('POST', EP, { name: 'stream' })).body;
    const body = {
      name: 'main',
      model: `projects/${PROJECT}/models/${String(done['adapter_object_id'])}`,
      autoscaling: { minReplicas: 1, maxReplicas: 1 },
    };
    const dry = await h.call('POST', `${EP}/${String(endpoint['id'])}/deployments?validateOnly=true`, body);
    expect(dry.status).toBe(200);
    expect(h.service.endpointUsage()).toEqual([]);
    await h.call('POST', `${EP}/${String(endpoint['id'])}/deployments`, body);
    h.clock.advance(20_000);
    const response = await fetch(`${h.server.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer together-practice-key', 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'practice/stream',
        stream: true,
        messages: [{ role: 'user', content: 'Cake?' }],
      }),
    });
    const text = await response.text();
    const pieces = text
      .split('\n')
      .filter((l) => l.startsWith('data: ') && !l.includes('[DONE]'))
      .map((l) => JSON.parse(l.slice(6)) as Json)
      .map((chunk) =>
        String(((chunk['choices'] as Json[])[0]?.['delta'] as Json | undefined)?.['content'] ?? ''),
      );
    expect(pieces.join('')).toContain('— Mo');
    expect(text.trim().endsWith('data: [DONE]')).toBe(true);
  });

  it('answers 429 with Retry-After once the key’s requests per minute are used', async () => {
    h = await startTogetherHarness({ accounts: { 'together-practice-key': { requestsPerMinute: 2 } } });
    expect((await h.call('GET', '/v1/files')).status).toBe(200);
    expect((await h.call('GET', '/v1/files')).status).toBe(200);
    const response = await fetch(`${h.server.url}/files`, {
      headers: { authorization: 'Bearer together-practice-key' },
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await response.json()).toMatchObject({ error: { type: 'rate_limit_error' } });
    h.clock.advance(60_001);
    expect((await h.call('GET', '/v1/files')).status).toBe(200);
  });
});
