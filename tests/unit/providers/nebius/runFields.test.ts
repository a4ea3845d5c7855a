// Nebius's Start form fields: LoRA is not offered (always on), the learning rate is the rate itself, and
// an empty LoRA or rate box sends nothing so Nebius's default applies; out-of-range values are refused on
// their field with Nebius's bounds.
import { describe, expect, it } from 'vitest';
import { RUN_FIELDS, fieldValues, readRunSettings } from '../../../../shared/domain/training/runOptions';

const spec = RUN_FIELDS.nebius;
const chosen = { sourceId: 'p1', model: 'meta-llama/Llama-3.1-8B-Instruct' };

describe('Nebius run fields', () => {
  it('start from Nebius’s defaults with LoRA on, and read empty boxes as “Nebius’s default”', () => {
    expect(spec.fields.map((f) => f.id)).not.toContain('lora');
    const values = { ...fieldValues(spec, null), nebiusLoraR: '', nebiusLearningRate: '0.0002' };
    expect(fieldValues(spec, null)['nebiusLoraR']).toBe('8');
    const reading = readRunSettings(spec, spec.fields, values, chosen);
    expect(reading.ok && reading.settings.options).toEqual({
      kind: 'nebius',
      lora: true,
      loraR: null,
      loraAlpha: 8,
      loraDropout: 0,
      learningRate: 0.0002,
    });
  });

  it('refuses values outside Nebius’s bounds on their own field', () => {
    const values = {
      ...fieldValues(spec, null),
      nebiusLoraR: '4',
      nebiusLoraDropout: '1.5',
      nebiusLearningRate: '0',
    };
    const reading = readRunSettings(spec, spec.fields, values, chosen);
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(Object.keys(reading.problems).sort()).toEqual([
        'nebiusLearningRate',
        'nebiusLoraDropout',
        'nebiusLoraR',
      ]);
  });
});
