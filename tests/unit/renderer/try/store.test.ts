import { describe, expect, it } from 'vitest';
import type { Setup } from '../../../../shared/domain/tryout';
import { withPreferredModel } from '../../../../renderer/features/try/store';

const setup = (id: string, kind: Setup['kind'], model: string): Setup => ({
  id,
  kind,
  model,
  systemPrompt: 'S',
  fewShotCount: kind === 'few-shot' ? 3 : 0,
  temperature: 1,
  maxTokens: null,
});
const defaults = [
  setup('a', 'fine-tuned', 'ft:gpt-4o-mini-2024-07-18:p:new:1'),
  setup('b', 'base', 'gpt-4o-mini-2024-07-18'),
  setup('c', 'few-shot', 'gpt-4o-mini-2024-07-18'),
];

describe('a model chosen on the Train page', () => {
  it('becomes set-up A, and B and C use the base it was trained from', () => {
    const checkpoint = 'ft:gpt-4.1-mini-2025-04-14:p:old:2:ckpt-step-40';
    const setups = withPreferredModel(defaults, checkpoint, 'S');
    expect(setups.map((s) => [s.id, s.kind, s.model])).toEqual([
      ['a', 'fine-tuned', checkpoint],
      ['b', 'base', 'gpt-4.1-mini-2025-04-14'],
      ['c', 'few-shot', 'gpt-4.1-mini-2025-04-14'],
    ]);
  });

  it('adds set-up A when the account had no fine-tuned model listed, and changes nothing without a choice', () => {
    expect(
      withPreferredModel(defaults.slice(1), 'ft:gpt-4o-mini-2024-07-18:p:x:3', 'S').map((s) => s.id),
    ).toEqual(['a', 'b', 'c']);
    expect(withPreferredModel(defaults, null, 'S')).toBe(defaults);
  });
});
