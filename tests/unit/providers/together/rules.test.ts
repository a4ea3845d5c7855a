// Together's rules and catalog: the registry builds Together from them, the practice key reaches the
// in-process practice service through the same adapter, `-Reference` bases train but are not deployable,
// fine-tunes find their base (and its cheapest hardware) by their output name, and a run's options travel.
import { describe, expect, it } from 'vitest';
import { PROVIDER_REGISTRY } from '../../../../electron/main/services/providers/registry';
import { TOGETHER_RULES } from '../../../../electron/main/services/providers/together';
import {
  TOGETHER_PRACTICE_KEY,
  createTogetherPracticeService,
} from '../../../../electron/main/services/practice/together';
import { DEFAULT_ACCOUNT_SETTINGS } from '../../../../shared/domain/providers/accountSettings';
import { createPracticeService } from '../../../../electron/main/services/practice';
import {
  TOGETHER_MODELS,
  togetherBaseOf,
  togetherHardwareFor,
} from '../../../../shared/domain/pricing/together';
import { runOptionsSchema } from '../../../../shared/domain/training/runOptions';
import { countTextTokens } from '../../../../shared/domain/tokens';

describe('Together rules', () => {
  it('are what the registry builds Together from', () => {
    expect(PROVIDER_REGISTRY.together?.rules).toBe(TOGETHER_RULES);
    expect(TOGETHER_RULES.key!.pattern.test(TOGETHER_PRACTICE_KEY)).toBe(true);
    expect(TOGETHER_RULES.key!.pattern.test('short')).toBe(false);
    expect(TOGETHER_RULES.catalog()).toBe(TOGETHER_MODELS);
  });

  it('the practice key reaches the in-process practice service through the Together adapter', async () => {
    const togetherPractice = createTogetherPracticeService();
    const adapter = PROVIDER_REGISTRY.together!.create({
      apiKey: TOGETHER_PRACTICE_KEY,
      accounts: DEFAULT_ACCOUNT_SETTINGS,
      remember: () => undefined,
      practice: createPracticeService(),
      practices: { together: togetherPractice },
      network: { reachable: () => undefined, unreachable: () => undefined },
      onRetry: () => undefined,
      endpoints: {},
    });
    expect((await adapter.listJobs({})).data).toEqual([]);
    expect(togetherPractice.faults.requests.some((r) => r.path === '/v1/fine-tunes')).toBe(true);
  });

  it('marks -Reference bases trainable but not deployable, and prices hardware per base', () => {
    const fineTune = 'practice-user/Llama-3.3-70B-Instruct-cake-ts0123456789-ab12cd34';
    expect(togetherBaseOf(fineTune)?.model).toBe('meta-llama/Llama-3.3-70B-Instruct');
    expect(togetherHardwareFor(fineTune)).toMatchObject({ perHourUsd: 5.49 });
    const reference = 'practice-user/Meta-Llama-3.1-8B-Instruct-Reference-x-ts0123456789-ab12cd34';
    expect(togetherBaseOf(reference)?.deployable).toBe(false);
    expect(togetherHardwareFor(reference)).toBeNull();
    expect(togetherHardwareFor('practice-user/Qwen3-8B-x-ab12cd34')).toMatchObject({ perHourUsd: 3.99 });
    // Training prices are Together's own quote: never guessed in the catalog.
    expect(TOGETHER_MODELS.every((m) => m.trainingPer1M === null && m.checkedOn === '2026-12-05')).toBe(true);
    expect(TOGETHER_MODELS.find((m) => m.model.startsWith('Qwen'))?.encoding).toBe('qwen');
  });

  it('counts Llama bases with the Llama 3 tokenizer, and marks only a family without one as an estimate', () => {
    const llama = TOGETHER_MODELS.find((m) => m.model === 'meta-llama/Llama-3.3-70B-Instruct')!;
    expect(llama.encoding).toBe('llama3');
    expect(llama.caveat).not.toContain('estimate (o200k');
    const text = 'Tunesmith 把你的範例變成訓練資料。';
    expect(countTextTokens(text, llama.encoding)).not.toBe(countTextTokens(text, 'o200k_base'));
    expect(togetherBaseOf('meta-llama/Llama-3.3-70B-Instruct')?.tokenizer).toBe('llama3');
  });

  it('has its run options member', () => {
    expect(
      runOptionsSchema.parse({ kind: 'together', trainingType: 'Lora', learningRate: 1e-5 }),
    ).toMatchObject({
      kind: 'together',
    });
    expect(() =>
      runOptionsSchema.parse({ kind: 'together', trainingType: 'QLoRA', learningRate: 'auto' }),
    ).toThrow();
  });
});
