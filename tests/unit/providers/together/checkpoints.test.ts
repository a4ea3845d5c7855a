// Together lists the final step twice (the merged model and its adapter): the job view must show it once,
// as the trained model itself, next to any intermediate checkpoints.
import { afterEach, describe, expect, it } from 'vitest';
import { mapCheckpoints } from '../../../../electron/main/services/providers/together/mapping';
import {
  BASE,
  startTogetherHarness,
  WHOLE_JOB_MS,
  type TogetherHarness,
} from '../../practice/together/harness';
import { adapterFor, processedFile } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

const row = (step: number, checkpoint: 'model' | 'adapter', final: boolean) => ({
  checkpoint_type: final
    ? `Final (${checkpoint === 'adapter' ? 'Adapter' : 'Merged'})`
    : `Intermediate (step ${step})`,
  created_at: '2026-12-05T10:00:00.000Z',
  path: `s3://x/${final ? 'final' : `checkpoint-${step}`}/${checkpoint}`,
  step,
  checkpoint,
});

describe('Together checkpoints', () => {
  it('shows each step once: the final step is the trained model (its adapter row), intermediates keep :step', () => {
    const rows = [row(10, 'adapter', false), row(20, 'model', true), row(20, 'adapter', true)];
    expect(mapCheckpoints(rows, 'me/Qwen3-8B-shop-ts0123456789')).toEqual([
      {
        id: 's3://x/checkpoint-10/adapter',
        createdAt: Date.parse('2026-12-05T10:00:00.000Z'),
        model: 'me/Qwen3-8B-shop-ts0123456789:10',
        step: 10,
        metrics: null,
      },
      {
        id: 's3://x/final/adapter',
        createdAt: Date.parse('2026-12-05T10:00:00.000Z'),
        model: 'me/Qwen3-8B-shop-ts0123456789',
        step: 20,
        metrics: null,
      },
    ]);
  });

  it('each checkpoint takes the loss /metrics logged at its own step, and none from another step', () => {
    const rows = [row(10, 'adapter', false), row(20, 'model', true), row(20, 'adapter', true)];
    const point = (step: number, trainLoss: number) => ({
      step,
      trainLoss,
      trainAccuracy: null,
      validLoss: null,
      validAccuracy: null,
    });
    const metrics = [point(9, 1.9), point(19, 1.1), point(20, 0.8)];
    const [ten, twenty] = mapCheckpoints(rows, 'me/m', metrics);
    expect(ten!.metrics).toBeNull();
    expect(twenty!.metrics).toEqual(point(20, 0.8));
  });

  it('a completed practice job lists its final step once, over loopback', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({ clientRef: 'run_ckpt', baseModel: BASE, trainingFileId: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const done = await adapter.getJob(job.id);
    // The service itself answers with two rows for the final step (merged model and adapter).
    const raw = await h.call<{ data: { step: number }[] }>('GET', `/v1/fine-tunes/${job.id}/checkpoints`);
    expect(raw.body.data.length).toBe(2);
    const checkpoints = await adapter.listCheckpoints(job.id);
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]!.model).toBe(done.fineTunedModel);
    expect(new Set(checkpoints.map((c) => c.step)).size).toBe(checkpoints.length);
  });

  it('over loopback, the final checkpoint shows the training loss the service logged at its step', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({ clientRef: 'run_loss', baseModel: BASE, trainingFileId: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const raw = await h.call<{ metrics: { global_step: number; train_loss: number }[] }>(
      'GET',
      `/v1/fine-tunes/${job.id}/metrics`,
    );
    const [final] = await adapter.listCheckpoints(job.id);
    const logged = raw.body.metrics.find((m) => m.global_step === final!.step);
    expect(logged).toBeDefined();
    expect(final!.metrics?.trainLoss).toBe(logged!.train_loss);
  });
});
