// Together's models/limits reach the Start form: the adapter turns the practice service's per-base limits
// into bounds keyed by the field ids of Together's own field list, and those bounds tighten (never widen)
// the fields, so a value the base refuses is refused on its field.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_TOGETHER_OPTIONS,
  TOGETHER_RUN_FIELDS,
} from '../../../../shared/domain/training/options/together';
import {
  readField,
  withBounds,
  type NumberField,
  type RunField,
} from '../../../../shared/domain/training/runFields';
import { BASE, startTogetherHarness, type TogetherHarness } from '../../practice/together/harness';
import { adapterFor, processedFile } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

const LLAMA_70B = 'meta-llama/Llama-3.3-70B-Instruct';

const field = (id: string): NumberField => {
  const found = TOGETHER_RUN_FIELDS.find((f: RunField) => f.id === id);
  if (found?.kind !== 'number') throw new Error(`no number field ${id}`);
  return found;
};

describe('Together run limits for the Start form', () => {
  it('maps a base’s models/limits to bounds on Together’s own fields', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    expect(await adapter.runLimits(LLAMA_70B)).toEqual({
      epochs: { max: 20 },
      batchSize: { min: 8, max: 16 },
      togetherLearningRate: { min: 1e-6, max: 1e-2 },
      // The 70B base has `supports_full_training: false`.
      togetherTrainingType: { unavailable: ['Full'] },
    });
    // A smaller base takes larger LoRA batches: the bounds are per base, not one table. It offers Full
    // training too, whose batch sizes (`full_training`) apply while Full is picked.
    expect((await adapter.runLimits(BASE)).batchSize).toEqual({
      min: 8,
      max: 32,
      whenChosen: { field: 'togetherTrainingType', bounds: { Full: { min: 8, max: 16 } } },
    });
    expect((await adapter.runLimits(BASE)).togetherTrainingType).toEqual({ unavailable: [] });
  });

  it('offers Full only for a base that supports full training, and reads a stale Full pick as LoRA', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const type = TOGETHER_RUN_FIELDS.find((f) => f.id === 'togetherTrainingType');
    if (type?.kind !== 'choice') throw new Error('no training type field');
    const big = withBounds(type, await adapter.runLimits(LLAMA_70B));
    expect(big.unavailable).toEqual(['Full']);
    expect(big.default).toBe('Lora');
    expect(readField(big, 'Full')).toEqual({ ok: true, value: 'Lora' });
    const small = withBounds(type, await adapter.runLimits(BASE));
    expect(small.unavailable ?? []).toEqual([]);
    expect(readField(small, 'Full')).toEqual({ ok: true, value: 'Full' });
  });

  it('gives Together a seed field, sent as random_seed', async () => {
    h = await startTogetherHarness();
    expect(TOGETHER_RUN_FIELDS.map((f) => f.id)).toContain('seed');
    const adapter = adapterFor(h);
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({
      clientRef: 'run_seed',
      baseModel: BASE,
      trainingFileId: file.id,
      seed: 1234,
    });
    const raw = await h.call<{ random_seed: number }>('GET', `/v1/fine-tunes/${job.id}`);
    expect(raw.body.random_seed).toBe(1234);
  });

  it('tightens the fields to those bounds, so the base’s refusals happen on the field', async () => {
    h = await startTogetherHarness();
    const bounds = await adapterFor(h).runLimits(LLAMA_70B);
    const epochs = withBounds(field('epochs'), bounds);
    const batch = withBounds(field('batchSize'), bounds);
    expect(field('epochs').max).toBe(50);
    expect(readField(field('epochs'), '21').ok).toBe(true);
    expect(readField(epochs, '20').ok).toBe(true);
    expect(readField(epochs, '21')).toMatchObject({ ok: false, problem: { code: 'range', max: 20 } });
    expect(readField(batch, '4')).toMatchObject({ ok: false, problem: { min: 8, max: 16 } });
    expect(readField(batch, '17').ok).toBe(false);
    expect(readField(batch, '').ok).toBe(true);
    const rate = withBounds(field('togetherLearningRate'), bounds);
    expect(readField(rate, '1e-6').ok).toBe(true);
    expect(readField(rate, '5e-7').ok).toBe(false);
  });

  it('bounds the batch size by full_training while Full is picked, and by lora_training otherwise', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    const bounds = await adapter.runLimits(BASE);
    const lora = withBounds(field('batchSize'), bounds, { togetherTrainingType: 'Lora' });
    const full = withBounds(field('batchSize'), bounds, { togetherTrainingType: 'Full' });
    expect(readField(lora, '32').ok).toBe(true);
    expect(readField(full, '32')).toMatchObject({ ok: false, problem: { code: 'range', min: 8, max: 16 } });
    expect(readField(full, '16').ok).toBe(true);
    // Nothing picked yet is LoRA, the default.
    expect(withBounds(field('batchSize'), bounds)).toMatchObject({ max: 32 });
    // The service agrees: Full training refuses the batch LoRA takes, and takes Full's own maximum.
    const file = await processedFile(h, adapter);
    const fullJob = (batchSize: number) =>
      adapter.createJob({
        clientRef: `run_full_${batchSize}`,
        baseModel: BASE,
        trainingFileId: file.id,
        batchSize,
        options: { ...DEFAULT_TOGETHER_OPTIONS, trainingType: 'Full' },
      });
    await expect(fullJob(32)).rejects.toMatchObject({ ipcError: { code: expect.any(String) } });
    await expect(fullJob(16)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('a Full pick on a base without full training keeps LoRA’s batch bounds', () => {
    const bounds = {
      batchSize: {
        min: 8,
        max: 32,
        whenChosen: { field: 'togetherTrainingType', bounds: { Full: { max: 16 } } },
      },
      togetherTrainingType: { unavailable: ['Full'] },
    };
    expect(withBounds(field('batchSize'), bounds, { togetherTrainingType: 'Full' })).toMatchObject({
      max: 32,
    });
  });

  it('never widens a field past its static bound', () => {
    const epochs = withBounds(field('epochs'), { epochs: { min: 0, max: 500 } });
    expect(epochs).toMatchObject({ min: 1, max: 50 });
  });
});
