// "Save the trained model" for Together over loopback: the completed job's adapter archive is offered as one
// file with its size, read whole from the practice service; an unfinished or unknown model is refused.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  startTogetherHarness,
  WHOLE_JOB_MS,
  type TogetherHarness,
} from '../../practice/together/harness';
import { adapterFor, processedFile } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

describe('Together trained weights', () => {
  it('offers the adapter archive with its size and reads all of it', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({ clientRef: 'run_w', baseModel: BASE, trainingFileId: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    const weights = await adapter.trainedWeights(model);
    expect(weights).toMatchObject({ provider: 'together', model, baseModel: BASE });
    expect(weights.files).toHaveLength(1);
    const [archive] = weights.files;
    expect(archive!.name).toMatch(/-adapter\.tar$/);
    expect(archive!.bytes).toBeGreaterThan(0);
    const read = await archive!.open(0);
    let total = 0;
    for await (const chunk of read.body) total += chunk.byteLength;
    expect(total).toBe(archive!.bytes);
    await expect(adapter.trainedWeights('practice-user/not-a-model')).rejects.toMatchObject({
      ipcError: { code: 'model_not_found' },
    });
  });
});
