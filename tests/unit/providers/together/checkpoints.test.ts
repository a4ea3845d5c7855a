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
});
