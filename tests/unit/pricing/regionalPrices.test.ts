// Alibaba prices per region in that region's currency: the PriceBook picks the account's region (chosen,
// else found, else Singapore marked "not known"), keeps overrides per region, migrates version-1 overrides,
// and a Beijing run is planned, capped and quoted in CNY.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PriceBook } from '../../../electron/main/services/providers/PriceBook';
import { memoryDataSource } from '../../../electron/main/services/training/TrainingDataSource';
import { modelOptions, planRun } from '../../../electron/main/services/training/RunPlanner';
import { alibabaPriceRegion, type PriceRegion } from '../../../shared/domain/pricing/region';
import type { ChatExample } from '../../../shared/domain/chat';
import type { Currency } from '../../../shared/domain/pricing/catalog';
import type { RunSettings } from '../../../shared/domain/training/plan';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'regional-prices-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const at =
  (region: PriceRegion) =>
  (provider: string): PriceRegion | null =>
    provider === 'alibaba' ? region : null;

describe('the region whose prices apply', () => {
  it('is the region chosen, else the one found, else Singapore marked "not known yet"', () => {
    expect(alibabaPriceRegion({ region: 'beijing', foundRegion: 'singapore' })).toEqual({
      region: 'beijing',
      basis: 'chosen',
    });
    expect(alibabaPriceRegion({ region: 'auto', foundRegion: 'beijing' })).toEqual({
      region: 'beijing',
      basis: 'found',
    });
    expect(alibabaPriceRegion({ region: 'auto', foundRegion: null })).toEqual({
      region: 'singapore',
      basis: 'not_known',
    });
  });
});

describe('PriceBook per region', () => {
  it('looks an Alibaba model up in the account’s region, in that region’s currency', async () => {
    const prices = await PriceBook.open(dir);
    expect(prices.regionOf('alibaba')).toEqual({ region: 'singapore', basis: 'not_known' });
    expect(prices.priceOf('alibaba', 'qwen3-14b')).toMatchObject({ region: 'singapore', currency: 'USD' });
    prices.useRegions(at({ region: 'beijing', basis: 'found' }));
    expect(prices.priceOf('alibaba', 'qwen3-32b')).toMatchObject({
      region: 'beijing',
      currency: 'CNY',
      inputPer1M: 2,
      outputPer1M: 8,
    });
    // Offered in Singapore only: no Beijing price, rather than the Singapore one in the wrong currency.
    expect(prices.priceOf('alibaba', 'qwen3-vl-8b-instruct')).toBeUndefined();
    expect(prices.regionOf('openai')).toBeNull();
    expect(prices.replyCost('alibaba', 'qwen3-32b', 1000, 500)).toMatchObject({
      amount: (1000 * 2 + 500 * 8) / 1e6,
      currency: 'CNY',
      usd: null,
      checkedOn: '2026-12-05',
      region: { region: 'beijing', basis: 'found' },
    });
  });

  it('keeps an override per region: a Beijing (CNY) correction never changes the Singapore (USD) price', async () => {
    const prices = await PriceBook.open(dir);
    await prices.setOverride('alibaba', 'qwen3-14b', { trainingPer1M: 12 }, 'beijing');
    expect(prices.priceOf('alibaba', 'qwen3-14b', 'beijing')?.trainingPer1M).toBe(12);
    expect(prices.priceOf('alibaba', 'qwen3-14b', 'singapore')?.trainingPer1M).toBe(1.6);
    const rows = prices
      .entries()
      .filter((e) => e.shipped.provider === 'alibaba' && e.shipped.model === 'qwen3-14b');
    expect(rows.map((r) => [r.shipped.region, r.overridden])).toEqual([
      ['singapore', false],
      ['beijing', true],
    ]);
    const stored = JSON.parse(await readFile(path.join(dir, 'price-overrides.json'), 'utf8'));
    expect(stored).toMatchObject({
      schemaVersion: 2,
      data: { overrides: { 'alibaba:beijing:qwen3-14b': { trainingPer1M: 12 } } },
    });
    // A regional provider's override must say which region it corrects.
    await expect(prices.setOverride('alibaba', 'qwen3-14b', { trainingPer1M: 1 })).rejects.toMatchObject({
      ipcError: { code: 'model_not_found' },
    });
  });

  it('migrates a version-1 `alibaba:<model>` override to Singapore, the entry every cost used then', async () => {
    await writeFile(
      path.join(dir, 'price-overrides.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: {
          overrides: {
            'alibaba:qwen3-14b': { trainingPer1M: 2 },
            'openai:gpt-4o-mini-2024-07-18': { trainingPer1M: 4 },
          },
        },
      }),
    );
    const prices = await PriceBook.open(dir);
    expect(prices.priceOf('alibaba', 'qwen3-14b', 'singapore')?.trainingPer1M).toBe(2);
    expect(prices.priceOf('alibaba', 'qwen3-14b', 'beijing')?.trainingPer1M).toBeNull();
    expect(prices.priceOf('openai', 'gpt-4o-mini-2024-07-18')?.trainingPer1M).toBe(4);
    const stored = JSON.parse(await readFile(path.join(dir, 'price-overrides.json'), 'utf8'));
    expect(Object.keys(stored.data.overrides).sort()).toEqual([
      'alibaba:singapore:qwen3-14b',
      'openai:gpt-4o-mini-2024-07-18',
    ]);
  });
});

const example = (i: number): ChatExample => ({
  messages: [
    { role: 'user', content: `今天有第 ${i} 号蛋糕吗？` },
    { role: 'assistant', content: `有的！第 ${i} 号蛋糕今早刚出炉。` },
  ],
});

const SETTINGS: RunSettings = {
  sourceId: 'cakes',
  model: 'qwen3-32b',
  suffix: null,
  epochs: 3,
  batchSize: 'auto',
  learningRateMultiplier: 'auto',
  seed: null,
};

describe('a Beijing run', () => {
  it('is planned, quoted and capped in CNY', async () => {
    const prices = await PriceBook.open(dir);
    prices.useRegions(at({ region: 'beijing', basis: 'chosen' }));
    const caps: Partial<Record<Currency, number>> = {};
    const deps = {
      prices,
      source: memoryDataSource([
        { id: 'cakes', name: 'Cakes', train: Array.from({ length: 40 }, (_, i) => example(i)) },
      ]),
      now: () => new Date('2026-12-05T00:00:00Z'),
      budget: (currency: Currency) => caps[currency] ?? null,
    };
    const options = modelOptions(prices, 'alibaba', deps.now());
    expect(options.priceRegion).toEqual({ region: 'beijing', basis: 'chosen' });
    expect(options.models.map((m) => m.model)).toContain('qwen3.5-27b');
    expect(options.models.every((m) => m.currency === 'CNY')).toBe(true);

    // The shipped Beijing training price is not published: the cost says so (null), in CNY, never 0.
    const unpublished = await planRun(deps, 'alibaba', SETTINGS);
    expect(unpublished.trainingCost).toMatchObject({ amount: null, currency: 'CNY' });
    expect(unpublished.reply.tuned.currency).toBe('CNY');
    expect(unpublished.reply.tuned.amount).toBeCloseTo(
      (unpublished.reply.promptTokens * 2 + unpublished.reply.replyTokens * 8) / 1e6,
      12,
    );
    expect(unpublished.price).toMatchObject({ checkedOn: '2026-12-05', region: { region: 'beijing' } });

    await prices.setOverride('alibaba', 'qwen3-32b', { trainingPer1M: 30 }, 'beijing');
    const plan = await planRun(deps, 'alibaba', SETTINGS);
    const billed = plan.tokens.billedPerEpoch;
    expect(billed).toBeGreaterThan(0);
    expect(plan.trainingCost).toMatchObject({
      amount: (billed * 3 * 30) / 1e6,
      currency: 'CNY',
      basis: { tokens: billed, epochs: 3, pricePer1M: 30, currency: 'CNY' },
    });
    expect(plan.price?.overridden).toBe(true);
    // OpenAI's base-model prices are USD: no mixed-currency comparison.
    expect(plan.reply.base).toBeNull();

    // A USD cap below the CNY amount does not apply to a CNY run; a CNY cap below it blocks the start.
    caps.USD = (plan.trainingCost.amount ?? 0) / 10;
    expect((await planRun(deps, 'alibaba', SETTINGS)).blockedBy).toEqual([]);
    caps.CNY = (plan.trainingCost.amount ?? 0) / 2;
    const capped = await planRun(deps, 'alibaba', SETTINGS);
    expect(capped.budget).toEqual({ cap: caps.CNY, currency: 'CNY', exceeded: true });
    expect(capped.blockedBy).toEqual(['over_budget']);
  });
});
