// Prices the calculator needs that the shared catalog does not carry. The catalog lists what a
// FINE-TUNED model costs (training, input, output); comparing it with "just use the base model" also
// needs the base model's own, lower per-token prices. They live here, next to their source, until the
// catalog grows a field for them (then this table should go and read the catalog instead).
import {
  findPrice,
  GPT35_2023_LAUNCH,
  type ModelPrice,
  type PriceOverride,
  type ProviderId,
} from '../pricing/catalog';
import type { TokenPrices } from './calculator';

export interface BasePrice extends TokenPrices {
  source: string;
  checkedOn: string;
}

const OPENAI_BASE_SOURCE = 'openai.com/api/pricing (standard tier, per 1M tokens)';

/** Base-model prices keyed by model id (provider-neutral: practice mirrors OpenAI). */
export const BASE_MODEL_PRICES: Readonly<Record<string, BasePrice>> = {
  'gpt-4.1-mini-2025-04-14': {
    inputPer1M: 0.4,
    outputPer1M: 1.6,
    source: OPENAI_BASE_SOURCE,
    checkedOn: '2026-11-26',
  },
  'gpt-4.1-2025-04-14': {
    inputPer1M: 2,
    outputPer1M: 8,
    source: OPENAI_BASE_SOURCE,
    checkedOn: '2026-11-26',
  },
  'gpt-4o-mini-2024-07-18': {
    inputPer1M: 0.15,
    outputPer1M: 0.6,
    source: OPENAI_BASE_SOURCE,
    checkedOn: '2026-11-26',
  },
  'gpt-4o-2024-08-06': {
    inputPer1M: 2.5,
    outputPer1M: 10,
    source: OPENAI_BASE_SOURCE,
    checkedOn: '2026-11-26',
  },
};

/**
 * gpt-3.5-turbo (4K) in August 2023: $0.0015 / $0.002 per 1K tokens. The seed script's "a fine-tuned
 * model costs 8 times the base model" is exactly the ratio to the launch prices ($0.012 / $0.016).
 */
export const GPT35_2023_BASE: BasePrice = {
  inputPer1M: 1.5,
  outputPer1M: 2,
  source: 'openai.com/pricing (gpt-3.5-turbo 4K context, August 2023)',
  checkedOn: '2026-11-26',
};

/** The 2023 launch prices converted to the catalog's per-1M unit (1K × 1000). */
export const GPT35_2023_TUNED = {
  trainingPer1M: GPT35_2023_LAUNCH.trainingPer1K * 1000,
  inputPer1M: GPT35_2023_LAUNCH.inputPer1K * 1000,
  outputPer1M: GPT35_2023_LAUNCH.outputPer1K * 1000,
} as const;

/** The calculator's model choice: a catalog entry, or the 2023 worked example. */
export type CalculatorModelChoice =
  { kind: 'catalog'; provider: ProviderId; model: string } | { kind: 'example-2023' };

export type CalculatorPrices =
  | { ok: true; base: TokenPrices; tuned: TokenPrices & { trainingPer1M: number } }
  | { ok: false; code: 'model-not-in-catalog' | 'base-price-unknown' | 'tuned-price-unknown' };

/** Settings overrides apply to the fine-tuned entry (that is what the catalog describes). */
export function calculatorPrices(
  choice: CalculatorModelChoice,
  overrides: Readonly<Record<string, PriceOverride>> = {},
  catalog?: readonly ModelPrice[],
): CalculatorPrices {
  if (choice.kind === 'example-2023') {
    return { ok: true, base: GPT35_2023_BASE, tuned: GPT35_2023_TUNED };
  }
  const entry = findPrice(choice.provider, choice.model, overrides, catalog);
  if (!entry) return { ok: false, code: 'model-not-in-catalog' };
  const { trainingPer1M, inputPer1M, outputPer1M } = entry;
  if (trainingPer1M === null || inputPer1M === null || outputPer1M === null) {
    return { ok: false, code: 'tuned-price-unknown' };
  }
  const base = BASE_MODEL_PRICES[entry.model];
  if (!base) return { ok: false, code: 'base-price-unknown' };
  return { ok: true, base, tuned: { trainingPer1M, inputPer1M, outputPer1M } };
}
