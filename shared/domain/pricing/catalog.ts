// The price catalog is data, not code: every cost shown anywhere in Tunesmith is computed from these
// entries (or from the user's overrides of them in Settings), and each entry says when and where it was
// last checked so the user can judge how fresh it is.
import type { ProviderId } from '../providers/ids';
import type { TokenEncoding } from '../tokenEncoding';
import { ALIBABA_MODELS } from './alibaba';
import { NEBIUS_MODELS } from './nebius';
import { TOGETHER_MODELS } from './together';

export type { ProviderId };

/** The currency a provider bills in; Alibaba bills Singapore (international) accounts in USD, Beijing in CNY. */
export type Currency = 'USD' | 'CNY';

export interface ModelPrice {
  /** Model id as the provider names it in API calls. */
  model: string;
  provider: ProviderId;
  /** Price per 1M tokens in `currency` (US dollars when absent); null when not published or not verified. */
  trainingPer1M: number | null;
  inputPer1M: number | null;
  cachedInputPer1M: number | null;
  outputPer1M: number | null;
  /** Longest training example the provider accepts, in tokens. */
  maxTokensPerExample: number;
  encoding: TokenEncoding;
  /** YYYY-MM-DD after which the model (and every fine-tune built on it) stops answering; null if none announced. */
  shutdownDate: string | null;
  checkedOn: string;
  source: string;
  /** Where a figure could not be confirmed, say which one and why. */
  caveat?: string;
  /** Absent means USD. */
  currency?: Currency;
  /** For providers whose prices differ per region (Alibaba: 'singapore', 'beijing'); absent when one price applies. */
  region?: string;
  /**
   * `false` for chat-only models (chatModels.ts): usable by the prompt and notes approaches in Try, never
   * offered for training. Absent means the model can be fine-tuned (every entry of PRICE_CATALOG).
   */
  fineTunable?: false;
}

const OPENAI_PRICING_SOURCE = 'platform.openai.com/docs/pricing (fine-tuning table, 2025 copy)';
const OPENAI_SHUTDOWN_SOURCE = 'OpenAI deprecations page, notice of 2026-10-14';
const GPT_4O_LIMIT_SOURCE = 'OpenAI fine-tuning guide, token-limit table (late 2024)';

const openai = (entry: Omit<ModelPrice, 'provider' | 'encoding' | 'checkedOn'>): ModelPrice => ({
  ...entry,
  provider: 'openai',
  encoding: 'o200k_base',
  checkedOn: '2026-11-26',
});

export const OPENAI_MODELS: readonly ModelPrice[] = [
  openai({
    model: 'gpt-4.1-mini-2025-04-14',
    trainingPer1M: 5,
    inputPer1M: 0.8,
    cachedInputPer1M: 0.2,
    outputPer1M: 3.2,
    maxTokensPerExample: 65_536,
    shutdownDate: '2027-01-14',
    source: `${OPENAI_PRICING_SOURCE}; ${OPENAI_SHUTDOWN_SOURCE}`,
    caveat: 'Per-example limit for the gpt-4.1 family is not published; the gpt-4o limit is assumed.',
  }),
  openai({
    model: 'gpt-4.1-2025-04-14',
    trainingPer1M: 25,
    inputPer1M: 3,
    cachedInputPer1M: 0.75,
    outputPer1M: 12,
    maxTokensPerExample: 65_536,
    shutdownDate: '2027-01-14',
    source: `${OPENAI_PRICING_SOURCE}; ${OPENAI_SHUTDOWN_SOURCE}`,
    caveat: 'Per-example limit for the gpt-4.1 family is not published; the gpt-4o limit is assumed.',
  }),
  openai({
    model: 'gpt-4o-mini-2024-07-18',
    trainingPer1M: 3,
    inputPer1M: 0.3,
    cachedInputPer1M: 0.15,
    outputPer1M: 1.2,
    maxTokensPerExample: 65_536,
    shutdownDate: '2027-01-14',
    source: `${OPENAI_PRICING_SOURCE}; ${GPT_4O_LIMIT_SOURCE}; ${OPENAI_SHUTDOWN_SOURCE}`,
  }),
  openai({
    model: 'gpt-4o-2024-08-06',
    trainingPer1M: 25,
    inputPer1M: 3.75,
    cachedInputPer1M: 1.875,
    outputPer1M: 15,
    maxTokensPerExample: 65_536,
    shutdownDate: '2027-01-14',
    source: `${OPENAI_PRICING_SOURCE}; ${GPT_4O_LIMIT_SOURCE}; ${OPENAI_SHUTDOWN_SOURCE}`,
  }),
];

/**
 * Practice mode mirrors OpenAI's fine-tunable models so that every screen shows what the same run would
 * cost for real; the practice service itself charges nothing.
 */
export const PRACTICE_MODELS: readonly ModelPrice[] = OPENAI_MODELS.map((m) => ({
  ...m,
  provider: 'practice' as const,
}));

/** The 2023 launch prices of gpt-3.5-turbo fine-tuning, kept for the Learn page's worked example. */
export const GPT35_2023_LAUNCH = {
  model: 'gpt-3.5-turbo-0613',
  trainingPer1K: 0.008,
  inputPer1K: 0.012,
  outputPer1K: 0.016,
  source: 'openai.com/index/gpt-3-5-turbo-fine-tuning-and-api-updates (2023-08-22)',
} as const;

export const PRICE_CATALOG: readonly ModelPrice[] = [
  ...PRACTICE_MODELS,
  ...OPENAI_MODELS,
  ...ALIBABA_MODELS,
  ...NEBIUS_MODELS,
  ...TOGETHER_MODELS,
];

/** Overrides from Settings win over the shipped entry, field by field. */
export type PriceOverride = Partial<
  Pick<
    ModelPrice,
    'trainingPer1M' | 'inputPer1M' | 'cachedInputPer1M' | 'outputPer1M' | 'maxTokensPerExample'
  >
>;

/** The base model a model id stands on: `ft:gpt-4o-mini-2024-07-18:personal:x:abc` → `gpt-4o-mini-2024-07-18`. */
export function baseModelOf(modelId: string): string {
  if (modelId.startsWith('ft:')) return modelId.split(':')[1] ?? modelId;
  if (ALIBABA_FINE_TUNE.test(modelId)) return alibabaBaseOf(modelId) ?? modelId;
  return modelId;
}

/** Alibaba names a fine-tune `<base>[-<suffix>]-<job id>`, the job id being `ft-yyyyMMddHHmm-xxxx`. */
const ALIBABA_FINE_TUNE = /-ft-\d{12}-[0-9a-z]+$/;

/**
 * The base of an Alibaba fine-tune: the longest catalog model its name starts with (base names contain
 * hyphens themselves, so the suffix cannot be told from them without the catalog). A fine-tune of a
 * fine-tune starts with the first base's name too, so the chain ends at a base. Null for an unknown base.
 */
function alibabaBaseOf(modelId: string): string | null {
  let best: string | null = null;
  for (const { model } of ALIBABA_MODELS)
    if (modelId.startsWith(`${model}-`) && model.length > (best?.length ?? 0)) best = model;
  return best;
}

/**
 * The key an override is stored under: `openai:gpt-4o-mini-2024-07-18` (fine-tunes share their base's).
 * Providers that price per region keep one key per region, `alibaba:beijing:qwen3-14b`: a Beijing price is
 * in CNY and must never correct the Singapore (USD) entry.
 */
export const priceKey = (provider: ProviderId, modelId: string, region?: string | null): string =>
  region ? `${provider}:${region}:${baseModelOf(modelId)}` : `${provider}:${baseModelOf(modelId)}`;

/**
 * The entry for a model, with its override applied. `region` picks that region's entry for providers that
 * price per region (absent: the model's first entry, Singapore for Alibaba); a region that does not offer
 * the model has no price.
 */
export function findPrice(
  provider: ProviderId,
  modelId: string,
  overrides: Readonly<Record<string, PriceOverride>> = {},
  catalog: readonly ModelPrice[] = PRICE_CATALOG,
  region?: string | null,
): ModelPrice | undefined {
  const base = baseModelOf(modelId);
  const entry = catalog.find(
    (m) => m.provider === provider && m.model === base && (!region || !m.region || m.region === region),
  );
  if (!entry) return undefined;
  const override = overrides[priceKey(provider, base, entry.region)];
  return override ? { ...entry, ...override } : entry;
}
