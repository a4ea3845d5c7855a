// Every cost the app shows comes from here: the shipped catalog (shared/domain/pricing/catalog.ts) with the
// user's overrides from Settings applied, field by field. Overrides live in their own durable file next
// to settings.json, so a price change never risks the settings file (and vice versa).
import path from 'node:path';
import { z } from 'zod';
import {
  findPrice,
  PRICE_CATALOG,
  priceKey,
  type ModelPrice,
  type PriceOverride,
  type ProviderId,
} from '../../../../shared/domain/pricing/catalog';
import { replyCost, trainingCost, type TrainingCostBasis } from '../../../../shared/domain/pricing/cost';
import { appError } from '../../../../shared/ipc/errors';
import type { CostQuote, PriceEntry } from '../../../../shared/ipc/schemas/providers';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const perMillion = z.number().min(0).nullable().optional();
const overrideSchema = z.object({
  trainingPer1M: perMillion,
  inputPer1M: perMillion,
  cachedInputPer1M: perMillion,
  outputPer1M: perMillion,
  maxTokensPerExample: z.number().int().min(1).optional(),
});
const fileSchema = z.object({ overrides: z.record(z.string(), overrideSchema) });
type OverridesFile = z.infer<typeof fileSchema>;

/** Drops fields left undefined so they do not hide the shipped value when spread over it. */
function compact(override: PriceOverride): PriceOverride {
  return Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) as PriceOverride;
}

export class PriceBook {
  constructor(
    private readonly file: DurableJsonFile<OverridesFile>,
    private readonly catalog: readonly ModelPrice[] = PRICE_CATALOG,
  ) {}

  static async open(dir: string, catalog?: readonly ModelPrice[]): Promise<PriceBook> {
    const file = await DurableJsonFile.open({
      file: path.join(dir, 'price-overrides.json'),
      version: 1,
      schema: fileSchema,
      defaults: () => ({ overrides: {} }),
    });
    return new PriceBook(file, catalog);
  }

  /**
   * Practice mirrors OpenAI so that it shows what the same run would cost for real; a user's correction of
   * an OpenAI price therefore applies to the practice entry too (unless practice has its own override).
   */
  private overrides(): Record<string, PriceOverride> {
    const stored = Object.entries(this.file.get().overrides).map(([k, v]) => [k, compact(v)] as const);
    const mirrored = stored
      .filter(([k]) => k.startsWith('openai:'))
      .map(([k, v]) => [`practice:${k.slice('openai:'.length)}`, v] as const);
    return Object.fromEntries([...mirrored, ...stored]);
  }

  /** THE price lookup: the catalog entry for the model (or its base, for a fine-tune) with overrides applied. */
  priceOf(provider: ProviderId, model: string): ModelPrice | undefined {
    return findPrice(provider, model, this.overrides(), this.catalog);
  }

  isOverridden(provider: ProviderId, model: string): boolean {
    return Object.hasOwn(this.overrides(), priceKey(provider, model));
  }

  entries(): PriceEntry[] {
    return this.catalog.map((shipped) => ({
      shipped,
      price: this.priceOf(shipped.provider, shipped.model) ?? shipped,
      overridden: this.isOverridden(shipped.provider, shipped.model),
    }));
  }

  async setOverride(
    provider: ProviderId,
    model: string,
    override: PriceOverride | null,
  ): Promise<PriceEntry[]> {
    if (!this.catalog.some((m) => m.provider === provider && m.model === model))
      throw appError('model_not_found');
    const key = priceKey(provider, model);
    await this.file.update(({ overrides }) => {
      const next = { ...overrides };
      if (override === null || Object.keys(compact(override)).length === 0) delete next[key];
      else next[key] = compact(override);
      return { overrides: next };
    });
    return this.entries();
  }

  trainingCost(
    provider: ProviderId,
    model: string,
    tokensPerEpoch: number,
    epochs: number,
  ): CostQuote & { basis: TrainingCostBasis } {
    const price = this.require(provider, model);
    return {
      ...trainingCost(tokensPerEpoch, epochs, price),
      overridden: this.isOverridden(provider, model),
      checkedOn: price.checkedOn,
    };
  }

  replyCost(provider: ProviderId, model: string, promptTokens: number, replyTokens: number): CostQuote {
    const price = this.require(provider, model);
    return {
      ...replyCost(promptTokens, replyTokens, price),
      overridden: this.isOverridden(provider, model),
      checkedOn: price.checkedOn,
    };
  }

  private require(provider: ProviderId, model: string): ModelPrice {
    const price = this.priceOf(provider, model);
    if (!price) throw appError('model_not_found');
    return price;
  }
}
