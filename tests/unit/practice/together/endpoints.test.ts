// Dedicated endpoints (API v2) on the practice clock: a fine-tune is deployed as endpoint + deployment, chats by
// the endpoint's name in the voice of its examples, is billed per started minute while it has replicas, scales
// to zero after its idle window (the bill stops), wakes on the next request, and stops with min = max = 0.
// Fine-tunes of `-Reference` bases train but cannot be deployed.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  type Json,
  PROJECT,
  REFERENCE_BASE,
  type TogetherHarness,
  WHOLE_JOB_MS,
  startTogetherHarness,
} from './harness';

let h: TogetherHarness;
afterEach(async () => h?.close());

const EP = `/v2/projects/${PROJECT}/endpoints`;

async function trainedJob(model = BASE): Promise<Json> {
  const file = await h.processedFile();
  const job = (await h.call('POST', '/v1/fine-tunes', { model, training_file: file, suffix: 'mo' })).body;
  h.clock.advance(WHOLE_JOB_MS);
  return (await h.call('GET', `/v1/fine-tunes/${String(job['id'])}`)).body;
}

async function deploy(job: Json, name: string, autoscaling: Json = { minReplicas: 1, maxReplicas: 1 }) {
  const endpoint = (await h.call('POST', EP, { name })).body;
  const deployment = await h.call('POST', `${EP}/${String(endpoint['id'])}/deployments`, {
    name: 'main',
    autoscaling,
    model: `projects/${PROJECT}/models/${String(job['model_object_id'])}/revisions/${String(job['model_object_revision_id'])}`,
  });
  return { endpoint, deployment };
}

const chat = (model: string) =>
  h.call('POST', '/v1/chat/completions', {
    model,
    messages: [{ role: 'user', content: 'Do you have cake today?' }],
    seed: 1,
  });

describe('Together practice dedicated endpoints', () => {
  it('deploys a fine-tune, provisions, then chats by the endpoint name in the trained voice', async () => {
    h = await startTogetherHarness();
    const job = await trainedJob();
    const { endpoint, deployment } = await deploy(job, 'mo-chat');
    expect(endpoint).toMatchObject({ name: 'practice/mo-chat', endpointType: 'ENDPOINT_TYPE_DEDICATED' });
    expect(deployment.status).toBe(200);
    expect(deployment.body).toMatchObject({
      hardware: '1x_nvidia_h100_80gb_sxm',
      status: { state: 'DEPLOYMENT_STATE_PROVISIONING' },
    });
    const early = await chat('practice/mo-chat');
    expect(early.status).toBe(503);
    h.clock.advance(20_000);
    const answer = await chat('practice/mo-chat');
    expect(answer.status).toBe(200);
    const content = String(((answer.body['choices'] as Json[])[0]?.['message'] as Json)['content']);
    expect(content).toContain('— Mo');
    const pinned = await chat('practice/mo-chat/main');
    expect(pinned.status).toBe(200);
    const listed = (await h.call<Json[]>('GET', '/v1/models')).body.map((m) => m['id']);
    expect(listed).toContain('practice/mo-chat');
  });

  it('refuses a fine-tune of a -Reference base (and the hardware preflight says 404)', async () => {
    h = await startTogetherHarness();
    const job = await trainedJob(REFERENCE_BASE);
    expect(job['status']).toBe('completed');
    const { deployment } = await deploy(job, 'ref');
    expect(deployment.status).toBe(400);
    expect(deployment.body).toMatchObject({ error: { param: 'model' } });
    expect(String((deployment.body['error'] as Json)['message'])).toContain('-Reference');
    const preflight = await h.call('GET', `/v1/hardware?model=${encodeURIComponent(REFERENCE_BASE)}`);
    expect(preflight.status).toBe(404);
    const ok = (await h.call<{ data: Json[] }>('GET', `/v1/hardware?model=${encodeURIComponent(BASE)}`)).body;
    expect(ok.data.map((x) => [x['id'], (x['pricing'] as Json)['cents_per_minute']])).toEqual([
      ['1x_nvidia_h100_80gb_sxm', 399 / 60],
      ['1x_nvidia_h200_140gb_sxm', 549 / 60],
    ]);
  });

  it('scales an idle deployment to zero at its window, stops the bill there, and wakes on a request', async () => {
    h = await startTogetherHarness();
    const job = await trainedJob();
    const start = h.clock.now();
    await deploy(job, 'idle', { minReplicas: 1, maxReplicas: 1, scaleToZeroWindow: '900s' });
    h.clock.advance(20_000); // ready at start + 20 s
    h.clock.advance(14 * 60_000); // idle 14 min: still up
    expect(h.service.endpointUsage()[0]?.running).toBe(true);
    h.clock.advance(2 * 60_000); // past the 15-minute window
    const usage = h.service.endpointUsage()[0];
    expect(usage).toMatchObject({
      running: false,
      endpointName: 'practice/idle',
      hardware: '1x_nvidia_h100_80gb_sxm',
    });
    // Provisioning 20 s + 900 s idle = 920 s → 16 started minutes at $3.99/h.
    expect(usage?.runs).toEqual([
      {
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + 20_000 + 900_000).toISOString(),
        endedBy: 'scaled_to_zero',
        billedMinutes: 16,
        costUsd: (16 * 399) / 60 / 100,
      },
    ]);
    const list = (await h.call<{ data: Json[] }>('GET', EP)).body.data;
    expect((list[0]?.['deployments'] as Json[])[0]?.['state']).toBe('DEPLOYMENT_STATE_STOPPED');
    h.clock.advance(60 * 60_000); // an hour later the bill has not moved
    expect(h.service.endpointUsage()[0]?.costUsd).toBe(usage?.costUsd);
    expect((await chat('practice/idle')).status).toBe(503); // cold start
    h.clock.advance(20_000);
    expect((await chat('practice/idle')).status).toBe(200);
    expect(h.service.endpointUsage()[0]?.runs).toHaveLength(2);
  });

  it('stops with min = max = 0, restarts, and deletes deployment then endpoint', async () => {
    h = await startTogetherHarness();
    const job = await trainedJob();
    const { endpoint, deployment } = await deploy(job, 'stopme');
    const path = `${EP}/${String(endpoint['id'])}/deployments/${String(deployment.body['id'])}`;
    h.clock.advance(20_000);
    const stopping = await h.call('PATCH', `${path}?updateMask=autoscaling`, {
      autoscaling: { minReplicas: 0, maxReplicas: 0 },
    });
    expect((stopping.body['status'] as Json)['state']).toBe('DEPLOYMENT_STATE_STOPPING');
    h.clock.advance(5_000);
    expect(((await h.call('GET', path)).body['status'] as Json)['state']).toBe('DEPLOYMENT_STATE_STOPPED');
    expect(h.service.endpointUsage()[0]?.runs[0]?.endedBy).toBe('stopped');
    expect((await chat('practice/stopme')).status).toBe(400);
    const stale = await h.call('PATCH', path, { autoscaling: { maxReplicas: 1 }, etag: '0' });
    expect(stale.status).toBe(409);
    expect((await h.call('DELETE', `${EP}/${String(endpoint['id'])}`)).status).toBe(400);
    expect((await h.call('DELETE', path)).status).toBe(200);
    expect((await h.call('DELETE', `${EP}/${String(endpoint['id'])}`)).status).toBe(200);
    expect((await h.call<{ data: Json[] }>('GET', EP)).body.data).toEqual([]);
  });

  it('answers what ran on the admin usage route when admin routes are on', async () => {
    h = await startTogetherHarness({ adminRoutes: true });
    const job = await trainedJob();
    await deploy(job, 'metered');
    h.clock.advance(61 * 60_000);
    const response = await fetch(`${h.origin}/_practice/together/usage`);
    const usage = (await response.json()) as Json[];
    expect(usage).toEqual(h.service.endpointUsage());
    // 61 minutes on one H100 at $3.99/h.
    expect(usage[0]).toMatchObject({ running: true, billedMinutes: 61, costUsd: (61 * 399) / 60 / 100 });
  });

  it('refuses a second endpoint with the same name and chats with a serverless base', async () => {
    h = await startTogetherHarness();
    expect((await h.call('POST', EP, { name: 'twice' })).status).toBe(200);
    const again = await h.call('POST', EP, { name: 'twice' });
    expect(again.status).toBe(409);
    expect((await h.call('POST', EP, { name: 'Bad Name' })).status).toBe(400);
    expect((await chat('meta-llama/Llama-3.3-70B-Instruct-Turbo')).status).toBe(200);
    const notServerless = await chat(BASE);
    expect(notServerless.status).toBe(404);
    expect(notServerless.body).toMatchObject({ error: { code: 'model_not_available' } });
  });
});
