// Together's models/limits reach the Start form: the adapter turns the practice service's per-base limits
// into bounds keyed by the field ids of Together's own field list, and those bounds tighten (never widen)
// the fields, so a value the base refuses is refused on its field.
import { afterEach, describe, expect, it } from 'vitest';
import { TOGETHER_RUN_FIELDS } from '../../../../shared/domain/training/options/together';
import {
  readField,
  withBounds,
  type NumberField,
  type RunField,
} from '../../../../shared/domain/training/runFields';
import { BASE, startTogetherHarness, type TogetherHarness } from '../../practice/together/harness';
import { adapterFor } from './helpers';

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
    });
    // A smaller base takes larger LoRA batches: the bounds are per base, not one table.
    expect((await adapter.runLimits(BASE)).batchSize).toEqual({ min: 8, max: 32 });
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

  it('never widens a field past its static bound', () => {
    const epochs = withBounds(field('epochs'), { epochs: { min: 0, max: 500 } });
    expect(epochs).toMatchObject({ min: 1, max: 50 });
  });
});
