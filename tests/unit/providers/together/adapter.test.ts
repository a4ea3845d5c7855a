// The Together adapter against the Together practice service on loopback: presigned upload and processing,
// limits, estimate-price (and the block when the account may not proceed), create / list / events (step
// progress) / metrics (loss) / checkpoints / cancel, dedicated endpoints (create, chat, stop and delete),
// the `-Reference` refusal, and Together's `{"error": {…}}` answers turned into the app's codes.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  REFERENCE_BASE,
  startTogetherHarness,
  WHOLE_JOB_MS,
  type TogetherHarness,
} from '../../practice/together/harness';
import { adapterFor, processedFile } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

const LLAMA_70B = 'meta-llama/Llama-3.3-70B-Instruct';

async function trained(adapter: ReturnType<typeof adapterFor>, base = BASE, ref = 'run_flow') {
  const file = await processedFile(h, adapter);
  const job = await adapter.createJob({
    clientRef: ref,
    baseModel: base,
    trainingFileId: file.id,
    epochs: 2,
  });
  h.clock.advance(WHOLE_JOB_MS);
  return { job, done: await adapter.getJob(job.id) };
}

describe('Together adapter', () => {
  it('uploads by the presigned sequence and follows processing to processed', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile(
      'train.jsonl',
      new TextEncoder().encode(
        '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}]}\n',
      ),
    );
    expect(file.id).toMatch(/^file-/);
    expect((await adapter.getFile(file.id)).status).toBe('uploaded');
    h.clock.advance(60_000);
    expect((await adapter.getFile(file.id)).status).toBe('processed');
    expect((await adapter.getFile('file-missing')).status).toBe('deleted');
  });

  it('reads a base model’s limits before the form', async () => {
    h = await startTogetherHarness();
    const limits = await adapterFor(h).limits(LLAMA_70B);
    expect(limits).toMatchObject({ maxEpochs: 20, minBatchSize: 8, maxBatchSize: 16, supportsTools: true });
  });

  it('quotes Together’s price, and refuses to create a job the account may not pay for', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const request = { clientRef: 'run_x', baseModel: BASE, trainingFileId: file.id, epochs: 3 };
    const estimate = await adapter.estimatePrice(request);
    expect(estimate.allowed).toBe(true);
    expect(estimate.usd).toBeGreaterThan(0);
    expect(estimate.userLimitUsd).toBe(100);
    expect(estimate.trainTokens).toBeGreaterThan(0);

    h.service.settings.userLimitUsd = estimate.usd / 2;
    await expect(adapter.createJob(request)).rejects.toMatchObject({ ipcError: { code: 'spending_limit' } });
    expect((await h.call<{ data: unknown[] }>('GET', '/v1/fine-tunes')).body.data).toHaveLength(0);
  });

  it('creates, lists, reports step progress from events and loss from /metrics, then completes', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({
      clientRef: 'run_1',
      baseModel: BASE,
      trainingFileId: file.id,
      suffix: 'Cake shop',
      epochs: 2,
    });
    expect(job.status.status).toBe('queued');
    expect(job.clientRef).toMatch(/^ts[0-9a-f]{10}$/);
    expect((await adapter.findJobByRef('run_1'))?.id).toBe(job.id);
    expect(await adapter.findJobByRef('run_other')).toBeNull();

    h.clock.advance(10_000 + 30_000); // pending + queued, then most of the training
    const running = await adapter.getJob(job.id);
    expect(running.status.status).toBe('running');
    const progress = await adapter.progress(job.id);
    expect(progress!.total).toBeGreaterThan(0);
    expect(progress!.step).toBeGreaterThan(0);
    expect(progress!.step).toBeLessThan(progress!.total);
    const loss = await adapter.listMetrics(job.id);
    expect(loss.length).toBeGreaterThan(0);
    expect(loss.every((p) => p.trainLoss !== null && p.step <= progress!.step)).toBe(true);

    h.clock.advance(WHOLE_JOB_MS);
    const done = await adapter.getJob(job.id);
    expect(done.status.status).toBe('succeeded');
    expect(done.fineTunedModel).toContain('cake-shop-ts');
    const events = await adapter.listEvents(job.id, { limit: 5 });
    expect(events.data).toHaveLength(5);
    expect(events.hasMore).toBe(true);
    const older = await adapter.listEvents(job.id, { after: events.data.at(-1)!.id });
    expect(older.data[0]!.createdAt).toBeLessThanOrEqual(events.data.at(-1)!.createdAt);
    expect((await adapter.listEvents(job.id, {})).data.some((e) => /step \d+ of \d+/.test(e.message))).toBe(
      true,
    );
    expect((await adapter.listCheckpoints(job.id)).length).toBeGreaterThan(0);
    expect((await adapter.listJobs({})).data[0]!.id).toBe(job.id);
  });

  it('cancels: cancel_requested is still running with a pending cancel, then cancelled', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({ clientRef: 'run_c', baseModel: BASE, trainingFileId: file.id });
    const cancelling = await adapter.cancelJob(job.id);
    expect(cancelling.status).toMatchObject({
      status: 'running',
      pending: 'cancel',
      raw: 'cancel_requested',
    });
    h.clock.advance(60_000);
    expect((await adapter.getJob(job.id)).status.status).toBe('cancelled');
  });

  it('starts a dedicated endpoint, chats through it, and stops and deletes it in one call', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const { done } = await trained(adapter, LLAMA_70B);
    const model = done.fineTunedModel!;
    expect(adapter.deployments.billing(model)).toMatchObject({
      kind: 'per-hour',
      perHour: 5.49,
      currency: 'USD',
    });
    const deployment = await adapter.deployments.deploy(model, { autoStopMinutes: 15 });
    expect(deployment).toMatchObject({
      model,
      state: 'deploying',
      chatModel: expect.stringMatching(/^practice\/ts-/),
    });
    h.clock.advance(60_000);
    expect((await adapter.deployments.get(deployment.id)).state).toBe('ready');
    expect((await adapter.deployments.findByModel(model))?.id).toBe(deployment.id);

    const reply = await adapter.chat(deployment.chatModel, [{ role: 'user', content: 'Any cake today?' }]);
    expect(reply.text).toContain('— Mo');
    // The base answers side by side under its serverless id.
    expect(
      (await adapter.chat(LLAMA_70B, [{ role: 'user', content: 'Any cake today?' }])).text.length,
    ).toBeGreaterThan(0);

    const stopped = await adapter.deployments.stop(deployment.id);
    expect(stopped.state).toBe('stopped');
    const endpoints = await h.call<{ data: unknown[] }>('GET', '/v2/projects/proj_practice/endpoints');
    expect(endpoints.body.data).toHaveLength(0);
    const usage = h.service.endpointUsage();
    expect(usage).toHaveLength(1);
    expect(usage[0]!.running).toBe(false);
    await expect(adapter.deployments.get(deployment.id)).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
  });

  it('an idle endpoint scales to zero at the chosen window, and deploying again starts the same one', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const model = (await trained(adapter)).done.fineTunedModel!;
    const d = await adapter.deployments.deploy(model, { autoStopMinutes: 15 });
    h.clock.advance(60_000);
    expect((await adapter.deployments.get(d.id)).state).toBe('ready');
    h.clock.advance(15 * 60_000);
    expect((await adapter.deployments.get(d.id)).state).toBe('stopped');
    const again = await adapter.deployments.deploy(model, { autoStopMinutes: 15 });
    expect(again.id).toBe(d.id);
    expect(again.state).toBe('deploying');
  });

  it('refuses to deploy a fine-tune of a -Reference base, before any call', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const model = (await trained(adapter, REFERENCE_BASE)).done.fineTunedModel!;
    await expect(adapter.deployments.deploy(model)).rejects.toMatchObject({
      ipcError: { code: 'not_deployable' },
    });
    expect(adapter.deployments.billing(model)).toMatchObject({ perHour: null });
  });

  it('turns Together errors into the app’s codes', async () => {
    h = await startTogetherHarness();
    await expect(adapterFor(h, { apiKey: 'wrong-key-0000000000' }).listJobs({})).rejects.toMatchObject({
      ipcError: { code: 'key_rejected' },
    });
    const adapter = adapterFor(h);
    await expect(adapter.getJob('ft-nope')).rejects.toMatchObject({ ipcError: { code: 'not_found' } });
    await expect(
      adapter.chat('someone/not-deployed', [{ role: 'user', content: 'hi' }]),
    ).rejects.toMatchObject({
      ipcError: { code: 'model_not_found' },
    });
    await expect(
      adapter.createJob({ clientRef: 'r', baseModel: BASE, trainingFileId: 'file-missing' }),
    ).rejects.toMatchObject({ ipcError: { code: 'file_invalid' } });
  });
});
