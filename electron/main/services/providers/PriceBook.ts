// Every cost the app shows comes from here: the shipped catalog (shared/domain/pricing/catalog.ts) with the
// user's overrides from Settings applied, field by field. Overrides live in their own durable file next
// to settings.json, so a price change never risks the settings file (and vice versa).
// Alibaba prices per region in that region's currency: the entry used is the account's region (chosen, else
// found by probing, else Singapore with the basis "region not known yet"), and overrides are kept per region.
import path from 'node:path';
import { z } from 'zod';
import {
  findPrice,
  priceKey,
  type ModelPrice,
  type PriceOverride,
  type ProviderId,
} from '../../../../shared/domain/pricing/catalog';
import {
  replyCost,
  trainingCost,
  type ReplyCostBasis,
  type TrainingCostBasis,
} from '../../../../shared/domain/pricing/cost';
import { PRICED_MODELS } from '../../../../shared/domain/pricing/chatModels';
import { UNKNOWN_PRICE_REGION, type PriceRegion } from '../../../../shared/domain/pricing/region';
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

/** The providers whose prices differ per region, with the region whose entries older files corrected. */
const REGIONAL: Partial<Record<ProviderId, string>> = { alibaba: 'singapore' };

/**
 * Version 2 keys Alibaba overrides per region. A version-1 `alibaba:<model>` override was applied to the
 * first (Singapore) entry in every cost the app showed, so it becomes `alibaba:singapore:<model>`: the
 * figures the user saw stay the same, and the Beijing (CNY) entry is no longer corrected with a USD number.
 */
export function migrateOverridesV1(data: unknown): unknown {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return data;
  const overrides = Object.fromEntries(
    Object.entries(parsed.data.overrides).map(([key, value]) => {
      const [provider, ...rest] = key.split(':');
      const region = REGIONAL[provider as ProviderId];
      return [region && rest.length === 1 ? `${provider}:${region}:${rest[0]}` : key, value];
    }),
  );
  return { overrides };
}

/** Which region's prices apply to a provider's account; null for providers with one price list. */
export type PriceRegionSource = (provider: ProviderId) => PriceRegion | null;

/** Drops fields left undefined so they do not hide the shipped value when spread over it. */
function compact(override: PriceOverride): PriceOverride {
  return Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) as PriceOverride;
}

export class PriceBook {
  private regionSource: PriceRegionSource = (provider) => (REGIONAL[provider] ? UNKNOWN_PRICE_REGION : null);

  constructor(
    private readonly file: DurableJsonFile<OverridesFile>,
    // Fine-tunable bases and chat-only models (issue 16 §6): Try prices replies of both; Train lists only
    // the fine-tunable ones (RunPlanner `modelOptions`).
    private readonly catalog: readonly ModelPrice[] = PRICED_MODELS,
  ) {}

  static async open(dir: string, catalog?: readonly ModelPrice[]): Promise<PriceBook> {
    const file = await DurableJsonFile.open({
      file: path.join(dir, 'price-overrides.json'),
      version: 2,
      schema: fileSchema,
      defaults: () => ({ overrides: {} }),
      migrations: { 2: migrateOverridesV1 },
    });
    return new PriceBook(file, catalog);
  }

  /**
   * Where the account settings live (ProvidersService) is built after the PriceBook, so the region is wired
   * in afterwards; until then a regional provider is priced with its first region, basis "not known".
   */
  useRegions(source: PriceRegionSource): void {
    this.regionSource = source;
  }

  /** The region whose prices apply to this provider now, with why; null when it has one price list. */
  regionOf(provider: ProviderId): PriceRegion | null {
    return REGIONAL[provider] ? this.regionSource(provider) : null;
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

  /**
   * THE price lookup: the catalog entry for the model (or its base, for a fine-tune) with overrides applied;
   * for a regional provider, the entry of the account's region (or of `region` when given).
   */
  priceOf(provider: ProviderId, model: string, region?: string): ModelPrice | undefined {
    const where = region ?? this.regionOf(provider)?.region ?? null;
    return findPrice(provider, model, this.overrides(), this.catalog, where);
  }

  isOverridden(provider: ProviderId, model: string, region?: string): boolean {
    const where = region ?? this.regionOf(provider)?.region ?? null;
    return Object.hasOwn(this.overrides(), priceKey(provider, model, where));
  }

  entries(): PriceEntry[] {
    return this.catalog.map((shipped) => {
      const region = this.regionOf(shipped.provider)?.region;
      return {
        shipped,
        price: this.priceOf(shipped.provider, shipped.model, shipped.region) ?? shipped,
        overridden: this.isOverridden(shipped.provider, shipped.model, shipped.region),
        inUse: region === undefined || !shipped.region || shipped.region === region,
      };
    });
  }

  /** `region` names which regional entry is corrected (required for a regional provider). */
  async setOverride(
    provider: ProviderId,
    model: string,
    override: PriceOverride | null,
    region?: string,
  ): Promise<PriceEntry[]> {
    const regional = REGIONAL[provider] !== undefined;
    const entry = this.catalog.find(
      (m) => m.provider === provider && m.model === model && (!regional || m.region === region),
    );
    if (!entry) throw appError('model_not_found');
    const key = priceKey(provider, model, entry.region);
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
      region: this.regionOf(provider),
    };
  }

  replyCost(
    provider: ProviderId,
    model: string,
    promptTokens: number,
    replyTokens: number,
  ): CostQuote & { basis: ReplyCostBasis } {
    const price = this.require(provider, model);
    return {
      ...replyCost(promptTokens, replyTokens, price),
      overridden: this.isOverridden(provider, model),
      checkedOn: price.checkedOn,
      region: this.regionOf(provider),
    };
  }

  private require(provider: ProviderId, model: string): ModelPrice {
    const price = this.priceOf(provider, model);
    if (!price) throw appError('model_not_found');
    return price;
  }
}
