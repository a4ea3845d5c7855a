// The run fields as data: each provider's list, values read against its bounds, the request assembled
// with common settings in place and the provider's own in its options member.
import { describe, expect, it } from 'vitest';
import { RUN_FIELDS, fieldValues, readRunSettings } from '../../../shared/domain/training/runOptions';
import { readField, visibleFields, type RunField } from '../../../shared/domain/training/runFields';
import type { BaseModelOption } from '../../../shared/domain/training/plan';

const chosen = { sourceId: 'p1', model: 'qwen3-14b' };
const ids = (fields: readonly RunField[]) => fields.map((f) => f.id);

describe('run fields', () => {
  it('gives Alibaba its training type and absolute learning rate, and OpenAI a multiplier and a seed', () => {
    expect(ids(RUN_FIELDS.alibaba.fields)).toEqual([
      'source',
      'baseModel',
      'suffix',
      'alibabaTrainingType',
      'epochs',
      'alibabaLearningRate',
      'batchSize',
    ]);
    expect(ids(RUN_FIELDS.openai.fields)).toContain('learningRateMultiplier');
    expect(ids(RUN_FIELDS.openai.fields)).toContain('seed');
    expect(RUN_FIELDS.practice.defaultOptions).toBeNull();
  });

  it('starts Alibaba runs on LoRA with the provider choosing the rate', () => {
    const spec = RUN_FIELDS.alibaba;
    const values = fieldValues(spec, null);
    expect(values).toMatchObject({ alibabaTrainingType: 'efficient_sft', alibabaLearningRate: '' });
    expect(readRunSettings(spec, spec.fields, values, chosen)).toEqual({
      ok: true,
      settings: {
        ...chosen,
        suffix: null,
        epochs: 'auto',
        batchSize: 'auto',
        learningRateMultiplier: 'auto',
        seed: null,
        options: { kind: 'alibaba', trainingType: 'efficient_sft', learningRate: 'auto' },
      },
    });
  });

  it('reads 2e-5 as a learning rate and refuses one above the bound, naming the field', () => {
    const spec = RUN_FIELDS.alibaba;
    const values = { ...fieldValues(spec, null), alibabaTrainingType: 'sft', alibabaLearningRate: '2e-5' };
    const read = readRunSettings(spec, spec.fields, values, chosen);
    expect(read.ok && read.settings.options).toEqual({
      kind: 'alibaba',
      trainingType: 'sft',
      learningRate: 2e-5,
    });
    const bad = readRunSettings(spec, spec.fields, { ...values, alibabaLearningRate: '0.5' }, chosen);
    expect(bad).toEqual({
      ok: false,
      problems: {
        alibabaLearningRate: {
          code: 'range',
          integer: false,
          min: 0,
          minExclusive: true,
          max: 0.01,
          empty: 'auto',
        },
      },
    });
  });

  it('keeps the values of settings the user comes back to', () => {
    const spec = RUN_FIELDS.alibaba;
    const settings = {
      ...chosen,
      suffix: 'tea',
      epochs: 4,
      batchSize: 'auto' as const,
      learningRateMultiplier: 'auto' as const,
      seed: null,
      options: { kind: 'alibaba' as const, trainingType: 'sft' as const, learningRate: 0.0001 },
    };
    expect(fieldValues(spec, settings)).toEqual({
      suffix: 'tea',
      alibabaTrainingType: 'sft',
      epochs: '4',
      alibabaLearningRate: '0.0001',
      batchSize: '',
    });
  });

  it('refuses a whole-number field given a fraction, zero or words', () => {
    const epochs = RUN_FIELDS.openai.fields.find((f) => f.id === 'epochs');
    if (epochs?.kind !== 'number') throw new Error('epochs is a number field');
    expect(readField(epochs, '2.5').ok).toBe(false);
    expect(readField(epochs, '0').ok).toBe(false);
    expect(readField(epochs, 'three').ok).toBe(false);
    expect(readField(epochs, ' 3 ')).toEqual({ ok: true, value: 3 });
    expect(readField(epochs, '')).toEqual({ ok: true, value: 'auto' });
  });

  it('shows a field only for the base models it applies to', () => {
    const onlyBig: RunField = {
      id: 'bigOnly',
      kind: 'choice',
      scope: 'option',
      key: 'x',
      advanced: false,
      choices: ['a'],
      default: 'a',
      appliesTo: (m) => m.maxTokensPerExample > 10_000,
    };
    const model = (maxTokensPerExample: number) => ({ maxTokensPerExample }) as BaseModelOption;
    expect(ids(visibleFields([onlyBig], model(65_536)))).toEqual(['bigOnly']);
    expect(ids(visibleFields([onlyBig], model(8_192)))).toEqual([]);
  });
});
