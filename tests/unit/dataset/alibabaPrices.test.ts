// The Alibaba catalog entries: per-region currency, prices per 1M tokens converted from the per-1K
// figures of Alibaba's billing page, and costs computed in the region's currency.
import { describe, expect, it } from 'vitest';
import { alibabaPrice, ALIBABA_MODELS } from '../../../shared/domain/pricing/alibaba';
import { findPrice, PRICE_CATALOG } from '../../../shared/domain/pricing/catalog';
import { replyCost, trainingCost } from '../../../shared/domain/pricing/cost';

describe('Alibaba Model Studio prices', () => {
  it('lists the fine-tunable Qwen bases in the catalog, tokenized as Qwen, with a source and date', () => {
    for (const model of ['qwen3-14b', 'qwen3-8b', 'qwen3-32b'])
      expect(findPrice('alibaba', model), model).toBeDefined();
    for (const m of ALIBABA_MODELS) {
      expect(PRICE_CATALOG).toContain(m);
      expect(m).toMatchObject({ provider: 'alibaba', encoding: 'qwen', checkedOn: '2026-12-05' });
      expect(m.source.length).toBeGreaterThan(10);
      expect(m.currency).toBe(m.region === 'singapore' ? 'USD' : 'CNY');
    }
  });

  it('prices qwen3-14b training at $0.0016 per 1K tokens in Singapore', () => {
    const price = findPrice('alibaba', 'qwen3-14b');
    expect(price).toBe(alibabaPrice('qwen3-14b', 'singapore'));
    const cost = trainingCost(1_000_000, 3, price!);
    expect(cost).toEqual({
      usd: 4.8,
      amount: 4.8,
      currency: 'USD',
      formula: '1,000,000 tokens × 3 epochs × $1.6 / 1M tokens',
      basis: { tokens: 1_000_000, epochs: 3, pricePer1M: 1.6, currency: 'USD' },
    });
  });

  it('prices Beijing serving in yuan and gives no dollar figure for it', () => {
    const price = alibabaPrice('qwen3-32b', 'beijing')!;
    const cost = replyCost(1_000_000, 500_000, price);
    expect(cost).toEqual({
      usd: null,
      amount: 6, // ¥2 × 1M in + ¥8 × 0.5M out
      currency: 'CNY',
      formula: '1000000 in × ¥2/1M + 500000 out × ¥8/1M',
      basis: {
        promptTokens: 1_000_000,
        replyTokens: 500_000,
        inputPer1M: 2,
        outputPer1M: 8,
        currency: 'CNY',
      },
    });
    expect(trainingCost(1000, 1, price).amount).toBeNull(); // Beijing training price not captured
  });

  it('keeps OpenAI entries in dollars', () => {
    const cost = trainingCost(1_000_000, 1, findPrice('openai', 'gpt-4o-mini-2024-07-18')!);
    expect(cost).toMatchObject({ usd: 3, amount: 3, currency: 'USD' });
  });
});
