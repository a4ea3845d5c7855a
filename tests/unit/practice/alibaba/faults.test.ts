// Fault injection on the Alibaba practice service, as the adapter's duplicate-free tests use it: work done but
// 503 answered, a dropped socket, a request that never answers, a slow answer on the service clock, and
// error bodies in the shape of the API that was called.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ALIBABA_PRACTICE_HOSTS,
  ALIBABA_PRACTICE_KEYS,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';
import { type AlibabaHarness, SG_KEY, WHOLE_JOB_MS, startAlibabaHarness, styledExamples } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

const jobBody = (fileId: string) => ({
  model: 'qwen3-14b',
  training_file_ids: [fileId],
  training_type: 'efficient_sft',
});

async function jobCount(): Promise<number> {
  return (await h.api<{ output: { total: number } }>('GET', '/fine-tunes')).body.output.total;
}

describe('Alibaba practice faults', () => {
  it('503-after-create: the job exists, the client is told the service is unavailable in DashScope’s shape', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples());
    const rule = h.service.faults.inject({
      route: 'POST /api/v1/fine-tunes',
      action: { kind: 'after-handler', status: 503 },
      times: 1,
    });
    const answer = await h.api('POST', '/fine-tunes', { body: jobBody(fileId) });
    expect(answer.status).toBe(503);
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'message', 'request_id']);
    expect(rule.hits).toBe(1);
    expect(await jobCount()).toBe(1);
    expect((await h.api('POST', '/fine-tunes', { body: jobBody(fileId) })).status).toBe(200);
    expect(await jobCount()).toBe(2);
  });

  it('a dropped socket on deployment creation fails the client like a dead network and creates nothing', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples());
    const job = await h.api<{ output: { job_id: string } }>('POST', '/fine-tunes', { body: jobBody(fileId) });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (
      await h.api<{ output: { finetuned_output: string } }>('GET', `/fine-tunes/${job.body.output.job_id}`)
    ).body.output.finetuned_output;
    h.service.faults.failTimes('POST /api/v1/deployments', 1, { kind: 'drop' });
    await expect(
      h.api('POST', '/deployments', { body: { model_name: model, plan: 'lora' } }),
    ).rejects.toThrow();
    expect(h.service.faults.count('POST /api/v1/deployments')).toBe(1);
    expect((await h.api<{ output: { total: number } }>('GET', '/deployments')).body.output.total).toBe(0);
    expect((await h.api('POST', '/deployments', { body: { model_name: model, plan: 'lora' } })).status).toBe(
      200,
    );
  });

  it('a hung job creation answers nothing until the client gives up, and creates nothing', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples());
    h.service.faults.failTimes('POST /api/v1/fine-tunes', 1, { kind: 'hang' });
    const controller = new AbortController();
    const pending = fetch(`${h.hosts.singapore}/api/v1/fine-tunes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SG_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(jobBody(fileId)),
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(h.service.faults.count('POST /api/v1/fine-tunes')).toBe(1));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(await jobCount()).toBe(0);
  });

  it('a delay fault holds the answer until the service clock has moved', async () => {
    h = await startAlibabaHarness();
    h.service.faults.failTimes('GET /api/v1/fine-tunes', 1, { kind: 'delay', ms: 30_000 });
    let settled = false;
    const pending = h.api('GET', '/fine-tunes').then((answer) => {
      settled = true;
      return answer;
    });
    await vi.waitFor(() => expect(h.service.faults.count('GET /api/v1/fine-tunes')).toBe(1));
    expect(settled).toBe(false);
    h.clock.advance(30_000);
    expect((await pending).status).toBe(200);
  });

  it('injected statuses use the OpenAI error shape on compatible mode and the native one on /api/v1', async () => {
    h = await startAlibabaHarness();
    h.service.faults.inject({
      route: 'POST /compatible-mode/v1/chat/completions',
      action: { kind: 'status', status: 500 },
    });
    h.service.faults.inject({ route: 'GET /api/v1/deployments', action: { kind: 'status', status: 429 } });
    const chat = h
      .compat()
      .chat.completions.create({ model: 'qwen3-14b', messages: [{ role: 'user', content: 'hi' }] });
    await expect(chat).rejects.toMatchObject({ status: 500, error: { code: 'ServiceUnavailable' } });
    const native = await h.api('GET', '/deployments');
    expect(native.status).toBe(429);
    expect(native.body).toHaveProperty('code');
  });

  it('in-process, a dropped connection rejects the fetch like a network error', async () => {
    const service = createAlibabaPracticeService();
    service.faults.failTimes('GET /compatible-mode/v1/models', 1, { kind: 'drop' });
    const url = `${ALIBABA_PRACTICE_HOSTS.singapore}/compatible-mode/v1/models`;
    const init = { headers: { authorization: `Bearer ${ALIBABA_PRACTICE_KEYS.singapore}` } };
    await expect(service.fetch(url, init)).rejects.toThrow(TypeError);
    expect((await service.fetch(url, init)).status).toBe(200);
    await service.dispose();
  });

  it('takes fault rules over JSON on /_practice when admin routes are on', async () => {
    h = await startAlibabaHarness({ adminRoutes: true });
    const origin = `http://127.0.0.1:${h.server.port}`;
    const set = await fetch(`${origin}/_practice/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        route: 'GET /api/v1/fine-tunes',
        action: { kind: 'status', status: 503 },
        times: 1,
      }),
    });
    expect(set.status).toBe(200);
    expect((await h.api('GET', '/fine-tunes')).status).toBe(503);
    expect((await h.api('GET', '/fine-tunes')).status).toBe(200);
    const seen = (await (await fetch(`${origin}/_practice/requests`)).json()) as {
      requests: { path: string }[];
    };
    expect(seen.requests.filter((r) => r.path === '/api/v1/fine-tunes')).toHaveLength(2);
  });
});
