// Which embeddings model notes use with each provider, what it costs, and the quote shown before any
// paid call: the number of passages and tokens still to embed, the price per million tokens with the
// date and page it was read from, and the resulting cost. Practice embeds for free; its quote shows what
// the same run would cost at OpenAI, as practice training quotes do.
import type { ModelPrice } from '../pricing/catalog';
import type { ProviderId } from '../providers/ids';
import { NOTES_SEARCH } from './searchSettings';

export interface EmbeddingChoice {
  provider: ProviderId;
  model: string;
  dimensions: number;
  /** Passages per request: well under OpenAI's 2,048 inputs and 300,000 tokens per request. */
  batchSize: number;
}

const OPENAI_EMBEDDING: Omit<EmbeddingChoice, 'provider'> = {
  model: 'text-embedding-3-small',
  dimensions: NOTES_SEARCH.dimensions,
  batchSize: 64,
};

/** Only adapters with an `embed` method are listed; the others get one as their embeddings API lands. */
export function embeddingChoiceFor(provider: ProviderId): EmbeddingChoice | null {
  if (provider === 'openai' || provider === 'practice') return { provider, ...OPENAI_EMBEDDING };
  return null;
}

const embeddingPrice = (provider: ProviderId): ModelPrice => ({
  model: 'text-embedding-3-small',
  provider,
  trainingPer1M: null,
  inputPer1M: 0.02,
  cachedInputPer1M: null,
  outputPer1M: null,
  maxTokensPerExample: 8191,
  encoding: 'cl100k_base',
  shutdownDate: null,
  checkedOn: '2026-12-05',
  source: 'OpenAI $0.02 / 1M tokens, as listed for OpenAI at openrouter.ai/openai/text-embedding-3-small',
});

/** Embedding prices, kept apart from the chat/training catalog so its tables and pickers are unchanged. */
export const EMBEDDING_PRICES: readonly ModelPrice[] = [embeddingPrice('openai'), embeddingPrice('practice')];

export interface EmbedQuote {
  provider: ProviderId;
  model: string;
  /** Passages that have no vector yet (new or changed since the last run). */
  toEmbed: number;
  /** Passages whose vector is already stored and will not be paid for again. */
  alreadyEmbedded: number;
  tokens: number;
  /** US dollars per 1M tokens; null when the price is unknown (the cost is then not guessed). */
  per1M: number | null;
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
    cost: per1M === null ? null : (counts.tokens / 1_000_000) * per1M,
    free: choice.provider === 'practice',
    checkedOn: price?.checkedOn ?? null,
    source: price?.source ?? null,
  };
}
