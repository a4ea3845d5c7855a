// Split presets are deterministic and keep copies together; fixes are pure and say what they did.
import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { SPLIT_PRESETS, indexesOf, splitExamples, splitSizes } from '../../../shared/domain/dataset/split';
import {
  FIXES,
  applySystemPrompt,
  dropEmptyExamples,
  maskPersonalData,
  removeExactDuplicates,
  trimWhitespace,
} from '../../../shared/domain/dataset/fixes';

const ex = (q: string, a: string, system?: string): ChatExample => ({
  messages: [
    ...(system ? [{ role: 'system' as const, content: system }] : []),
    { role: 'user', content: q },
    { role: 'assistant', content: a },
  ],
});
const many = (n: number) => Array.from({ length: n }, (_, i) => ex(`question ${i}`, `answer ${i}`));

describe('split', () => {
  it.each(Object.entries(SPLIT_PRESETS))('preset %s gives the preset sizes', (_, ratios) => {
    const parts = splitExamples(many(100), ratios, 1);
    expect(indexesOf(parts, 'train')).toHaveLength(Math.round(100 * ratios.train));
    expect(indexesOf(parts, 'validation')).toHaveLength(Math.round(100 * ratios.validation));
    expect(indexesOf(parts, 'test')).toHaveLength(Math.round(100 * ratios.test));
  });

  it('is the same for the same seed and different for another', () => {
    const examples = many(50);
    const a = splitExamples(examples, SPLIT_PRESETS['80/10/10'], 42);
    expect(splitExamples(examples, SPLIT_PRESETS['80/10/10'], 42)).toEqual(a);
    expect(splitExamples(examples, SPLIT_PRESETS['80/10/10'], 43)).not.toEqual(a);
  });

  it('never puts two copies of one example in different parts', () => {
    const examples = [...many(30), ...many(30).slice(0, 10)];
    for (let seed = 0; seed < 20; seed++) {
      const parts = splitExamples(examples, SPLIT_PRESETS['70/15/15'], seed);
      for (let i = 0; i < 10; i++) expect(parts[30 + i]).toBe(parts[i]);
    }
  });

  it('always adds up, even for tiny sets', () => {
    expect(splitSizes(3, SPLIT_PRESETS['80/10/10'])).toEqual({ train: 3, validation: 0, test: 0 });
    expect(splitSizes(7, SPLIT_PRESETS['70/15/15'])).toEqual({ train: 5, validation: 1, test: 1 });
  });
});

describe('fixes', () => {
  it('masks personal data without touching the input', () => {
    const input = [ex('mail me: a.b@example.com', 'ok'), ex('nothing here', 'fine')];
    const before = structuredClone(input);
    const result = maskPersonalData(input);
    expect(input).toEqual(before);
    expect(result.changed).toEqual([0]);
    expect(result.examples[0]?.messages[0]?.content).toBe('mail me: [email]');
    expect(result.examples[1]).toBe(input[1]);
  });

  it('removes exact duplicates, keeping the first', () => {
    const input = [ex('a', '1'), ex('b', '2'), ex('a', '1'), ex('a', '1 ')];
    const result = removeExactDuplicates(input);
    expect(result.kept).toEqual([0, 1, 3]);
  });

  it('drops examples whose replies are all empty', () => {
    expect(dropEmptyExamples([ex('a', ' '), ex('b', 'x')]).kept).toEqual([1]);
  });

  it('trims text', () => {
    const result = trimWhitespace([ex(' a ', 'b\n')]);
    expect(result.examples[0]).toEqual(ex('a', 'b'));
    expect(result.changed).toEqual([0]);
  });

  it('applies one system prompt to all, or only where missing', () => {
    const input = [ex('a', '1'), ex('b', '2', 'Old prompt.'), ex('c', '3', 'New prompt.')];
    const replaced = applySystemPrompt(input, 'New prompt.');
    expect(replaced.examples.every((e) => e.messages[0]?.content === 'New prompt.')).toBe(true);
    expect(replaced.changed).toEqual([0, 1]);
    const filled = applySystemPrompt(input, 'New prompt.', 'fill');
    expect(filled.changed).toEqual([0]);
    expect(filled.examples[1]).toBe(input[1]);
  });

  it('has a function for every fix id the checks offer', () => {
    const input = [ex('a <|endoftext|>', 'key sk-abcdefghijklmnopqrstuvwxyz1234')];
    expect(FIXES.remove_special_tokens(input).examples[0]?.messages[0]?.content).toBe('a ');
    expect(FIXES.mask_secrets(input).examples[0]?.messages[1]?.content).toBe('key [secret]');
    expect(FIXES.drop_blank_lines(input).examples).toEqual(input);
  });
});
