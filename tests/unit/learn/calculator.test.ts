// Cost calculator against numbers worked out by hand (the working is in each comment).
import { describe, expect, it } from 'vitest';
import {
  chartMaxRequests,
  compareCosts,
  costCurve,
  niceCeil,
  trainingCostUsd,
  type CalculatorInput,
} from '../../../shared/domain/learn/calculator';
import { calculatorPrices, GPT35_2023_BASE, GPT35_2023_TUNED } from '../../../shared/domain/learn/prices';
import type { ModelPrice } from '../../../shared/domain/pricing/catalog';

describe('the seed script’s 2023 gpt-3.5-turbo prices', () => {
  it('converts $0.008 / $0.012 / $0.016 per 1K tokens to per-1M prices', () => {
    expect(GPT35_2023_TUNED).toEqual({ trainingPer1M: 8, inputPer1M: 12, outputPer1M: 16 });
  });

  it('prices a 100,000-token file trained for 3 epochs at $2.40', () => {
    // 100,000 × 3 = 300,000 tokens = 300 × 1K × $0.008 = $2.40
    expect(trainingCostUsd(100_000, 3, GPT35_2023_TUNED.trainingPer1M)).toBeCloseTo(2.4, 10);
  });

  it('keeps the seed’s "a fine-tuned request costs 8 times the base model" ratio', () => {
    expect(GPT35_2023_TUNED.inputPer1M / GPT35_2023_BASE.inputPer1M).toBe(8);
    expect(GPT35_2023_TUNED.outputPer1M / GPT35_2023_BASE.outputPer1M).toBe(8);
  });

  it('finds no break-even when the fine-tuned request is dearer even with a short prompt', () => {
    const prices = calculatorPrices({ kind: 'example-2023' });
    if (!prices.ok) throw new Error('2023 example must always have prices');
    const result = compareCosts({
      ...prices,
      requestsPerMonth: 10_000,
      longPromptTokens: 1_500,
      shortPromptTokens: 100,
      replyTokens: 200,
      trainingTokens: 100_000,
      epochs: 3,
      amortizeMonths: 12,
    });
    // base: 1,500 × $1.5/1M + 200 × $2/1M = $0.00225 + $0.0004 = $0.00265 per request
    expect(result.baseRequest.usd).toBeCloseTo(0.00265, 12);
    // tuned: 100 × $12/1M + 200 × $16/1M = $0.0012 + $0.0032 = $0.0044 per request
    expect(result.tunedRequest.usd).toBeCloseTo(0.0044, 12);
    expect(result.training.usd).toBeCloseTo(2.4, 10);
    expect(result.baseMonthly.usd).toBeCloseTo(26.5, 9); // 0.00265 × 10,000
    expect(result.tunedMonthly.usageUsd).toBeCloseTo(44, 9); // 0.0044 × 10,000
    expect(result.tunedMonthly.trainingShareUsd).toBeCloseTo(0.2, 12); // 2.40 / 12
    expect(result.tunedMonthly.usd).toBeCloseTo(44.2, 9);
    expect(result.monthlySavingUsd).toBeCloseTo(-17.7, 9);
    expect(result.breakEvenRequests).toBeNull();
    expect(result.paybackMonths).toBeNull();
  });
});

describe('gpt-4o-mini from the catalog', () => {
  const prices = calculatorPrices({ kind: 'catalog', provider: 'openai', model: 'gpt-4o-mini-2024-07-18' });
  if (!prices.ok) throw new Error('gpt-4o-mini must be priced');
  const input: CalculatorInput = {
    ...prices,
    requestsPerMonth: 10_000,
    longPromptTokens: 3_000,
    shortPromptTokens: 200,
    replyTokens: 300,
    trainingTokens: 200_000,
    epochs: 3,
    amortizeMonths: 12,
  };

  it('reads base $0.15/$0.60 and fine-tuned $0.30/$1.20, training $3 per 1M', () => {
    expect(prices.base).toMatchObject({ inputPer1M: 0.15, outputPer1M: 0.6 });
    expect(prices.tuned).toEqual({ trainingPer1M: 3, inputPer1M: 0.3, outputPer1M: 1.2 });
  });

  it('computes both monthly costs, the break-even volume and the payback time', () => {
    const r = compareCosts(input);
    // base: 3,000 × 0.15/1M + 300 × 0.60/1M = 0.00045 + 0.00018 = 0.00063
    expect(r.baseRequest.usd).toBeCloseTo(0.00063, 12);
    // tuned: 200 × 0.30/1M + 300 × 1.20/1M = 0.00006 + 0.00036 = 0.00042
    expect(r.tunedRequest.usd).toBeCloseTo(0.00042, 12);
    // training: 200,000 × 3 × $3/1M = $1.80, spread over 12 months = $0.15 a month
    expect(r.training.usd).toBeCloseTo(1.8, 12);
    expect(r.baseMonthly.usd).toBeCloseTo(6.3, 9);
    expect(r.tunedMonthly.usd).toBeCloseTo(4.35, 9); // 4.20 + 0.15
    expect(r.monthlySavingUsd).toBeCloseTo(1.95, 9);
    // break-even: 0.15 / (0.00063 − 0.00042) = 714.29 → from 715 requests a month
    expect(r.breakEvenRequests).toBe(715);
    // payback: 1.80 / (10,000 × 0.00021) = 0.857 months
    expect(r.paybackMonths).toBeCloseTo(1.8 / 2.1, 9);
  });

  it('records the basis of every number', () => {
    const r = compareCosts(input);
    expect(r.baseRequest.basis).toEqual({
      promptTokens: 3000,
      inputPer1M: 0.15,
      replyTokens: 300,
      outputPer1M: 0.6,
    });
    expect(r.training.basis).toEqual({ tokens: 200_000, epochs: 3, trainingPer1M: 3 });
    expect(r.tunedMonthly.basis).toMatchObject({ requests: 10_000, months: 12 });
  });

  it('draws a curve that starts at the training share and crosses near the break-even volume', () => {
    const points = costCurve(input, 2000, 20);
    expect(points).toHaveLength(21);
    expect(points[0]).toEqual({ requests: 0, baseUsd: 0, tunedUsd: expect.closeTo(0.15, 12) });
    const last = points[20]!;
    expect(last.requests).toBe(2000);
    expect(last.baseUsd).toBeCloseTo(1.26, 9); // 2,000 × 0.00063
    expect(last.tunedUsd).toBeCloseTo(0.99, 9); // 2,000 × 0.00042 + 0.15
    const at700 = points.find((p) => p.requests === 700)!;
    const at800 = points.find((p) => p.requests === 800)!;
    expect(at700.baseUsd).toBeLessThan(at700.tunedUsd);
    expect(at800.baseUsd).toBeGreaterThan(at800.tunedUsd);
  });
});

describe('edge cases', () => {
  const simple: CalculatorInput = {
    base: { inputPer1M: 2, outputPer1M: 0 },
    tuned: { inputPer1M: 1, outputPer1M: 0, trainingPer1M: 10 },
    requestsPerMonth: 1000,
    longPromptTokens: 1000,
    shortPromptTokens: 1000,
    replyTokens: 0,
    trainingTokens: 100_000,
    epochs: 1,
    amortizeMonths: 1,
  };

  it('puts the break-even exactly where both costs meet', () => {
    // saving 0.002 − 0.001 = $0.001 a request; training $1 a month → 1,000 requests
    const r = compareCosts(simple);
    expect(r.breakEvenRequests).toBe(1000);
    expect(r.baseMonthly.usd).toBeCloseTo(r.tunedMonthly.usd, 12);
  });

  it('treats negative or missing numbers as zero and spreads over at least one month', () => {
    const r = compareCosts({ ...simple, requestsPerMonth: -5, epochs: Number.NaN, amortizeMonths: 0 });
    expect(r.baseMonthly.usd).toBe(0);
    expect(r.training.usd).toBe(0);
    expect(r.tunedMonthly.basis.months).toBe(1);
  });

  it('says "never" when both requests cost the same', () => {
    const r = compareCosts({ ...simple, base: { inputPer1M: 1, outputPer1M: 0 } });
    expect(r.breakEvenRequests).toBeNull();
  });

  it('rounds chart ranges to readable numbers', () => {
    expect(niceCeil(714)).toBe(1000);
    expect(niceCeil(1500)).toBe(2000);
    expect(niceCeil(12_500)).toBe(20_000);
    expect(niceCeil(0)).toBe(1);
    expect(chartMaxRequests(10_000, 715)).toBe(20_000); // 12,500 → 20,000
    expect(chartMaxRequests(100, 40_000)).toBe(100_000); // room to see the crossing at 40,000
  });
});

describe('calculator prices', () => {
  it('applies Settings overrides to the fine-tuned entry, also for ft: model ids', () => {
    const prices = calculatorPrices(
      { kind: 'catalog', provider: 'openai', model: 'ft:gpt-4o-mini-2024-07-18:personal:x:abc' },
      { 'openai:gpt-4o-mini-2024-07-18': { inputPer1M: 0.5 } },
    );
    expect(prices).toMatchObject({ ok: true, tuned: { inputPer1M: 0.5, outputPer1M: 1.2 } });
  });

  it('explains with a code when a model cannot be priced', () => {
    expect(calculatorPrices({ kind: 'catalog', provider: 'together', model: 'nope' })).toEqual({
      ok: false,
      code: 'model-not-in-catalog',
    });
    const entry: ModelPrice = {
      model: 'qwen3-14b',
      provider: 'alibaba',
      trainingPer1M: 1,
      inputPer1M: 1,
      cachedInputPer1M: null,
      outputPer1M: 1,
      maxTokensPerExample: 8192,
      encoding: 'o200k_base',
      shutdownDate: null,
      checkedOn: '2026-11-26',
      source: 'test',
    };
    const choice = { kind: 'catalog', provider: 'alibaba', model: 'qwen3-14b' } as const;
    expect(calculatorPrices(choice, {}, [entry])).toEqual({ ok: false, code: 'base-price-unknown' });
    expect(calculatorPrices(choice, {}, [{ ...entry, outputPer1M: null }])).toEqual({
      ok: false,
      code: 'tuned-price-unknown',
    });
  });
});
