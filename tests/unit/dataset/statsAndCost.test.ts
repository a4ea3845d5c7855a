// Stats, epochs and cost come from the shared domain functions (cookbook formula, price catalog), and
// the report states the basis.
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../../electron/main/services/dataset/checkFile';
import { countExampleTokens } from '../../../shared/domain/tokens';
import { distribution, tokenHistogram } from '../../../shared/domain/dataset/stats';
import type { ChatExample } from '../../../shared/domain/chat';

const example = (i: number, turns = 1): ChatExample => ({
  messages: [
    { role: 'system', content: 'You answer questions about tea.' },
    ...Array.from({ length: turns }, (_, t) => [
      { role: 'user' as const, content: `Question ${i}.${t}: how long should leaf ${i} steep?` },
      {
        role: 'assistant' as const,
        content: `Steep leaf ${i} for ${t + 2} minutes at ${80 + (i % 10)} degrees.`,
      },
    ]).flat(),
  ],
});

describe('distribution', () => {
  it('matches numpy: linear-interpolated quantiles', () => {
    expect(distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      min: 1,
      max: 10,
      mean: 5.5,
      median: 5.5,
      p10: 1.9,
      p90: 9.1,
    });
    expect(distribution([])).toEqual({ min: 0, max: 0, mean: 0, median: 0, p10: 0, p90: 0 });
  });

  it('tallies integer counts (beyond 65,535 too) to the same figures as sorting', () => {
    const counts = [70_000, 3, 0, 65_535, 12, 3, 200_000, 7, 65_536, 1];
    const sorted = [...counts].sort((a, b) => a - b);
    const at = (q: number) => {
      const pos = (sorted.length - 1) * q;
      const lo = sorted[Math.floor(pos)]!;
      return lo + (sorted[Math.ceil(pos)]! - lo) * (pos - Math.floor(pos));
    };
    expect(distribution(counts)).toEqual({
      min: 0,
      max: 200_000,
      mean: 40_109.7,
      median: 9.5,
      p10: at(0.1),
      p90: at(0.9),
    });
    expect(at(0.9)).toBeGreaterThan(70_000); // the interpolation crosses the large values
  });

  it('buckets token counts on fixed edges', () => {
    const buckets = tokenHistogram([0, 63, 64, 70000]);
    expect(buckets[0]).toEqual({ from: 0, to: 64, count: 2 });
    expect(buckets[1]).toEqual({ from: 64, to: 128, count: 1 });
    expect(buckets.at(-1)).toEqual({ from: 65_536, to: null, count: 1 });
  });
});

describe('report stats and cost', () => {
  const examples = Array.from({ length: 40 }, (_, i) => example(i, 1 + (i % 3)));

  it('counts tokens by the cookbook formula and bills per epoch', () => {
    const report = checkExamples(examples, { model: 'gpt-4o-mini-2024-07-18' });
    const perExample = examples.map((e) => countExampleTokens(e, 'o200k_base'));
    expect(report.tokens.perExample).toEqual(perExample);
    expect(report.tokens.total).toBe(perExample.reduce((a, b) => a + b, 0));
    expect(report.tokens.billed).toBe(report.tokens.total);
    expect(report.stats.messagesPerExample).toMatchObject({ min: 3, max: 7 });
    // 40 examples × 3 epochs = 120 ≥ 100 example-passes: the default branch of the heuristic.
    expect(report.epochs).toEqual({ epochs: 3, reason: 'default', mode: 'auto' });
    expect(report.estimatedCost?.usd).toBeCloseTo((report.tokens.billed * 3 * 3) / 1e6, 12);
    expect(report.estimatedCost?.formula).toBe(
      `${report.tokens.billed.toLocaleString('en-US')} tokens × 3 epochs × $3 / 1M tokens`,
    );
  });

  it('uses the epochs the user set and the model the user chose', () => {
    const report = checkExamples(examples.slice(0, 20), { model: 'gpt-4.1-2025-04-14', epochs: 5 });
    expect(report.epochs).toEqual({ epochs: 5, mode: 'set' });
    expect(report.estimatedCost?.formula).toMatch(/× 5 epochs × \$25 \/ 1M tokens$/);
  });

  it('caps billed tokens at the per-example limit and flags longer examples', () => {
    const long: ChatExample = {
      messages: [
        { role: 'user', content: 'steep '.repeat(5000) },
        { role: 'assistant', content: 'ok' },
      ],
    };
    const report = checkExamples([...examples.slice(0, 10), long], { model: 'gpt-3.5-turbo-0613' });
    expect(report.counts.too_many_tokens).toBe(1);
    expect(report.tokens.billed).toBe(report.tokens.total - report.tokens.max + 4096);
    expect(report.estimatedCost).toBeNull(); // no published price for a retired model
  });

  it('switches to the small-set epoch rule below 34 examples', () => {
    expect(checkExamples(examples.slice(0, 12)).epochs).toEqual({
      epochs: 8,
      reason: 'small-dataset',
      mode: 'auto',
    });
  });
});
