// Try with an Alibaba fine-tune: its name is `<base>[-<suffix>]-ft-<yyyyMMddHHmm>-<xxxx>` (no `ft:` prefix),
// so the base set-ups must still find base Qwen, and its price must be the base model's. Without this the
// "base Qwen" and "base + few-shot" columns chatted with the fine-tune itself and every cost was "—".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConversationStore,
  TryoutService,
  type ChatModelSource,
} from '../../../electron/main/services/tryout';
import { baseModelOf, findPrice } from '../../../shared/domain/pricing/catalog';
import { withPreferredModel } from '../../../renderer/features/try/store';
import { tempDir } from './appHelpers';

const TRAINED = 'qwen3-14b-tea-shop-ts79cfb1182a-ft-202612051700-09b2';

describe('Alibaba fine-tunes in Try', () => {
  it('finds the base model of an Alibaba fine-tune name, whatever hyphens the suffix has', () => {
    expect(baseModelOf(TRAINED)).toBe('qwen3-14b');
    expect(baseModelOf('qwen3.6-flash-2026-04-16-ft-202612051700-1c7f')).toBe('qwen3.6-flash-2026-04-16');
    // A fine-tune of a fine-tune still ends at the first base.
    expect(baseModelOf(`${TRAINED}-again-ft-202612060900-aa01`)).toBe('qwen3-14b');
    // Names that only look alike stay as they are.
    expect(baseModelOf('qwen3-14b')).toBe('qwen3-14b');
    expect(baseModelOf('unknown-model-ft-202612051700-09b2')).toBe('unknown-model-ft-202612051700-09b2');
    expect(findPrice('alibaba', TRAINED)?.model).toBe('qwen3-14b');
  });

  it('builds set-ups: the trained model, then base Qwen plain and with a few examples', async () => {
    const provider: ChatModelSource = {
      id: 'alibaba',
      listModels: async () => [
        { id: 'qwen3-8b', createdAt: 0, ownedBy: 'system', shutdownDate: null, fineTuned: false },
        { id: 'qwen3-14b', createdAt: 0, ownedBy: 'system', shutdownDate: null, fineTuned: false },
        { id: TRAINED, createdAt: 1, ownedBy: 'alibaba', shutdownDate: null, fineTuned: true },
      ],
      chat: async () => {
        throw new Error('not used');
      },
    };
    const example = {
      messages: [
        { role: 'user' as const, content: 'q' },
        { role: 'assistant' as const, content: 'a' },
      ],
    };
    const service = new TryoutService({
      provider: () => provider,
      prices: { priceOf: (p, m) => findPrice(p, m), isOverridden: () => false },
      data: {
        listProjects: async () => [{ id: 'p', name: 'P', trainCount: 1, testCount: 0 }],
        testExamples: async () => [],
        trainingExamples: async () => [example],
        appendCorrection: async () => ({ exampleId: 'x' }),
      },
      conversations: await ConversationStore.open(path.join(await tempDir(), 'c')),
      saveDialog: { chooseSavePath: async () => null },
      emit: () => {},
    });
    const { defaultSetups } = await service.project('p');
    expect(defaultSetups.map((s) => [s.kind, s.model])).toEqual([
      ['fine-tuned', TRAINED],
      ['base', 'qwen3-14b'],
      ['few-shot', 'qwen3-14b'],
    ]);
    // "Try your model" from the Train page keeps the comparison against the model's own base.
    const other = defaultSetups.map((s) => (s.kind === 'fine-tuned' ? s : { ...s, model: 'qwen3-8b' }));
    const preferred = withPreferredModel(other, TRAINED, 'S');
    expect(preferred.map((s) => s.model)).toEqual([TRAINED, 'qwen3-14b', 'qwen3-14b']);
  });
});
