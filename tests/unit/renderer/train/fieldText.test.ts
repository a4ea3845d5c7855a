// Every field a provider lists has words on the Start form: a label, an explanation, and for a choice,
// what each option means. A provider that adds a field without them fails here, not on a user's screen.
import { describe, expect, it } from 'vitest';
import { fieldText } from '../../../../renderer/features/train/start/fieldText';
import en from '../../../../renderer/i18n/locales/en.json';
import { RUN_FIELDS } from '../../../../shared/domain/training/runOptions';

const has = (key: string) =>
  typeof key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en) ===
  'string';

describe('run field words', () => {
  it.each(Object.entries(RUN_FIELDS))('has a label and an explanation for each %s field', (_id, spec) => {
    for (const field of spec.fields) {
      const text = fieldText(field.id);
      expect(text, field.id).toBeDefined();
      expect(has(text!.label) && has(text!.help), field.id).toBe(true);
      if (field.kind === 'choice')
        for (const choice of field.choices) {
          const words = text!.choices?.[choice];
          expect(words && has(words.label) && has(words.help), `${field.id}.${choice}`).toBe(true);
        }
    }
  });
});
