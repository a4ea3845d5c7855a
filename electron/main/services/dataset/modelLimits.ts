// Main process only: it reaches tokens.ts, whose tokenizer tables must stay out of the renderer.
// Which tokenizer, per-example limit and price apply to the model the user picked. The price catalog
// is the source for models it lists; older fine-tunable models (gpt-3.5, gpt-4-0613), which users may
// still name in the CLI, fall back to the limits in the guide's table (openai-api.md §6.2) with no price.
import {
  findPrice,
  baseModelOf,
  type ModelPrice,
  type PriceOverride,
  type ProviderId,
} from '../../../../shared/domain/pricing/catalog';
import { encodingForModel, type TokenEncoding } from '../../../../shared/domain/tokens';

export const DEFAULT_MODEL = 'gpt-4.1-mini-2025-04-14';

/** Per-example limits from the guide table for models the catalog no longer prices. */
const LEGACY_LIMITS: readonly [RegExp, number][] = [
  [/^gpt-3\.5-turbo-0613$/, 4_096],
  [/^gpt-3\.5-turbo/, 16_385],
  [/^gpt-4-0613$/, 8_192],
  [/^(babbage|davinci)-002$/, 16_385],
];
/** Assumed for unknown models: the gpt-4o family's published limit. */
const FALLBACK_LIMIT = 65_536;

export interface ModelLimits {
  model: string;
  provider: ProviderId;
  encoding: TokenEncoding;
  maxTokensPerExample: number;
  price: ModelPrice | undefined;
}

export function resolveModelLimits(
  provider: ProviderId,
  model: string,
  overrides: Readonly<Record<string, PriceOverride>> = {},
): ModelLimits {
  const price = findPrice(provider, model, overrides);
  if (price)
    return {
      model,
      provider,
      encoding: price.encoding,
      maxTokensPerExample: price.maxTokensPerExample,
      price,
    };
  const base = baseModelOf(model);
  const legacy = LEGACY_LIMITS.find(([re]) => re.test(base));
  return {
    model,
    provider,
    encoding: encodingForModel(model),
    maxTokensPerExample: legacy ? legacy[1] : FALLBACK_LIMIT,
    price: undefined,
  };
}
