// Which embeddings model notes use with each provider, what it costs, and the quote shown before any
// paid call: the number of passages and tokens still to embed, the price per million tokens with the
// date and page it was read from, and the resulting cost. Practice embeds for free; its quote shows what
// the same run would cost at OpenAI, as practice training quotes do.
import type { ModelPrice } from '../pricing/catalog';
import type { ProviderId } from '../providers/ids';
import { NOTES_SEARCH } from './searchSettings';
import { EMBEDDING_PRICES, embeddingModelFor } from '../pricing/embeddings';
import type { TokenEncoding } from '../tokenEncoding';

export interface EmbeddingChoice {
  provider: ProviderId;
  model: string;
  dimensions: number;
  /** Passages per request: at most 64, and never above the provider's own limit (Alibaba: 10). */
  batchSize: number;
  /** How the quote counts tokens (the model's own tokenizer where the app has it). */
  encoding: TokenEncoding;
}

/** Passages per request where the provider allows more: small enough to report progress often. */
const MAX_BATCH = 64;

/**
 * The embeddings model notes use with a provider (shared/domain/pricing/embeddings.ts), always asked for
 * (or reduced to) the index's 512 dimensions; null for a provider with none.
 */
export function embeddingChoiceFor(provider: ProviderId): EmbeddingChoice | null {
  const model = embeddingModelFor(provider);
  if (!model) return null;
  return {
    provider,
    model: model.model,
    dimensions: NOTES_SEARCH.dimensions,
    batchSize: Math.min(MAX_BATCH, model.batchLimit),
    encoding: model.encoding,
  };
}

export { EMBEDDING_PRICES };

export interface EmbedQuote {
  provider: ProviderId;
  model: string;
  /** Passages that have no vector yet (new or changed since the last run). */
  toEmbed: number;
  /** Passages whose vector is already stored and will not be paid for again. */
  alreadyEmbedded: number;
  tokens: number;
  /** Price per 1M tokens in `currency`; null when the price is unknown (the cost is then not guessed). */
  per1M: number | null;
  currency: 'USD' | 'CNY';
  cost: number | null;
  /** Practice: nothing is charged; `cost` is what the same run would cost at OpenAI. */
  free: boolean;
  checkedOn: string | null;
  source: string | null;
}

export function quoteEmbedding(
  choice: EmbeddingChoice,
  counts: { toEmbed: number; alreadyEmbedded: number; tokens: number },
  price: ModelPrice | undefined,
): EmbedQuote {
  const per1M = price?.inputPer1M ?? null;
  return {
    provider: choice.provider,
    model: choice.model,
    ...counts,
    per1M,
    currency: price?.currency ?? 'USD',
    cost: per1M === null ? null : (counts.tokens / 1_000_000) * per1M,
    free: choice.provider === 'practice',
    checkedOn: price?.checkedOn ?? null,
    source: price?.source ?? null,
  };
}
