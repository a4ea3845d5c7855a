// The Alibaba adapter against the Alibaba practice service on loopback: region probing, upload, create,
// list, logs (events and loss), cancel, deploy, chat, and DashScope errors turned into the app's codes.
import { afterEach, describe, expect, it } from 'vitest';
import type { AlibabaRegion } from '../../../../shared/domain/providers/accountSettings';
import {
  BJ_KEY,
  startAlibabaHarness,
  WHOLE_JOB_MS,
  type AlibabaHarness,
} from '../../practice/alibaba/harness';
import type { FineTuningProvider } from '../../../../electron/main/services/providers/Provider';
import { adapterFor, trainingJsonl } from './helpers';

let h: AlibabaHarness;
afterEach(async () => h?.close());

async function trainedModel(adapter: ReturnType<typeof adapterFor>, ref = 'run_flow') {
  // 160 examples × 2 epochs: enough steps for a log longer than two pages of five.
  const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl(160));
  const job = await adapter.createJob({
    clientRef: ref,
    baseModel: 'qwen3-14b',
    trainingFileId: file.id,
    epochs: 2,
  });
  h.clock.advance(WHOLE_JOB_MS);
  return { job, done: await adapter.getJob(job.id) };
}

describe('Alibaba adapter', () => {
  it('finds the region by probing Singapore then Beijing, and remembers it', async () => {
    h = await startAlibabaHarness();
    const found: AlibabaRegion[] = [];
    const asked: string[] = [];
    const recording: typeof fetch = (input, init) => {
      asked.push(new URL(String(input)).pathname.split('/')[1] ?? '');
      return fetch(input, init);
    };
    const adapter = adapterFor(h, { apiKey: BJ_KEY, fetch: recording, onRegionFound: (r) => found.push(r) });
    expect(await adapter.resolveRegion()).toBe('beijing');
    expect(found).toEqual(['beijing']);
    expect(asked).toEqual(['singapore', 'beijing']);

    // Known from last time: asked first, and nothing new to remember.
    const again = adapterFor(h, {
      apiKey: BJ_KEY,
      knownRegion: 'beijing',
      onRegionFound: (r) => found.push(r),
    });
    expect(await again.resolveRegion()).toBe('beijing');
    expect(found).toEqual(['beijing']);
  });

  it('a key neither region accepts is key_rejected', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h, { apiKey: 'sk-not-a-practice-key' });
    await expect(adapter.listJobs({})).rejects.toMatchObject({ ipcError: { code: 'key_rejected' } });
  });

  it('uploads, trains with LoRA by default, lists, reads the log as events and loss, and chats once deployed', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h);
    const { job, done } = await trainedModel(adapter);
    expect(job.status.status).toBe('queued');
    expect(job.provider).toBe('alibaba');
    expect(done.status).toEqual({ status: 'succeeded', raw: 'SUCCEEDED' });
    expect(done.fineTunedModel).toMatch(/^qwen3-14b-ts[0-9a-f]{10}-ft-\d{12}-[0-9a-f]{4}$/);
    expect(done.trainedTokens).toBeGreaterThan(0);
    expect(done.finishedAt).toBeGreaterThan(done.createdAt);
    const sent = await h.api<{ output: { training_type: string } }>('GET', `/fine-tunes/${job.id}`);
    expect(sent.body.output.training_type).toBe('efficient_sft');

    const listed = await adapter.listJobs({ limit: 10 });
    expect(listed.data.map((j) => j.id)).toEqual([job.id]);
    expect(await adapter.findJobByRef('run_flow')).toMatchObject({ id: job.id });
    expect(await adapter.findJobByRef('run_other')).toBeNull();

    const newest = await adapter.listEvents(job.id, { limit: 5 });
    expect(newest.data).toHaveLength(5);
    expect(newest.hasMore).toBe(true);
    const older = await adapter.listEvents(job.id, { limit: 5, after: newest.data.at(-1)!.id });
    const ids = [...newest.data, ...older.data].map((e) => Number(e.id.slice(4)));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(10);

    const loss = await adapter.listMetrics(job.id);
    expect(loss.length).toBeGreaterThan(2);
    expect(loss.every((p) => p.trainLoss !== null || p.validLoss !== null)).toBe(true);
    expect(loss.map((p) => p.step)).toEqual([...loss.map((p) => p.step)].sort((a, b) => a - b));

    const deployment = await adapter.deployments.deploy(done.fineTunedModel!);
    expect(deployment).toMatchObject({ model: done.fineTunedModel, state: 'deploying', raw: 'PENDING' });
    await expect(
      adapter.chat(deployment.chatModel, [{ role: 'user', content: 'Cake 3?' }]),
    ).rejects.toMatchObject({ ipcError: { code: expect.any(String) } });
    h.clock.advance(WHOLE_JOB_MS);
    expect(await adapter.deployments.get(deployment.id)).toMatchObject({ state: 'ready', raw: 'RUNNING' });
    let streamed = '';
    const reply = await adapter.chat(
      deployment.chatModel,
      [{ role: 'user', content: 'Do you have cake 3?' }],
      {
        onDelta: (t) => (streamed += t),
      },
    );
    expect(reply.text.length).toBeGreaterThan(0);
    expect(streamed).toBe(reply.text);
    expect(reply.promptTokens).toBeGreaterThan(0);
    expect(reply.replyTokens).toBeGreaterThan(0);

    const base = await adapter.chat('qwen3-14b', [{ role: 'user', content: 'Hello' }]);
    expect(base.text.length).toBeGreaterThan(0);

    await adapter.deployments.stop(deployment.id);
    expect(await adapter.deployments.findByModel(done.fineTunedModel!)).toBeNull();
  });

  it('cancels a running job', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_c',
      baseModel: 'qwen3-14b',
      trainingFileId: file.id,
    });
    const cancelled = await adapter.cancelJob(job.id);
    expect(cancelled.status).toEqual({ status: 'cancelled', raw: 'CANCELED' });
    // No pause on this provider: the method is absent and the capability says so (callers ask it).
    expect((adapter as FineTuningProvider).pauseJob).toBeUndefined();
    expect(adapter.capabilities.pauseResume).toBe(false);
  });

  it('an account in arrears is billing_arrears with the top-up link of its region', async () => {
    h = await startAlibabaHarness({ accounts: { 'sk-broke-beijing': { region: 'beijing', arrears: true } } });
    const adapter = adapterFor(h, { apiKey: 'sk-broke-beijing' });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const refusal = adapter.createJob({
      clientRef: 'run_a',
      baseModel: 'qwen3-14b',
      trainingFileId: file.id,
    });
    await expect(refusal).rejects.toMatchObject({
      ipcError: { code: 'billing_arrears', params: { url: 'https://billing-cost.console.aliyun.com/' } },
    });
    await expect(refusal).rejects.toMatchObject({ ipcError: { requestId: expect.any(String) } });
  });

  it('an unknown job is not_found, and a refused hyper-parameter is request_rejected', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h);
    await expect(adapter.getJob('ft-202601010000-0000')).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    await expect(
      adapter.createJob({
        clientRef: 'run_bad',
        baseModel: 'qwen3-14b',
        trainingFileId: file.id,
        epochs: 500,
      }),
    ).rejects.toMatchObject({ ipcError: { code: 'request_rejected' } });
  });
});
