// The embeddings models notes use with each provider (issue 16), as data: which model, how many texts one
// request may carry, what vector length it returns and whether it can return a shorter one, and what it
// costs, with where and when each figure was read. A price that could not be confirmed is null (the quote
// then says "price not published"), never guessed.
import type { ModelPrice } from './catalog';
import type { ProviderId } from '../providers/ids';
import type { TokenEncoding } from '../tokenEncoding';

export interface EmbeddingModel {
  provider: ProviderId;
  model: string;
  /** Length of the vector the model returns when no `dimensions` is sent. */
  nativeDimensions: number;
  /** Whether the API takes a `dimensions` parameter (a shorter vector made by the model itself). */
  acceptsDimensions: boolean;
  /**
   * How a longer vector is shortened on our side when the model cannot be asked for fewer dimensions:
   * `truncate` for models trained so that a prefix keeps the meaning (Matryoshka: Qwen3-Embedding,
   * text-embedding-3), `project` (a fixed random projection, same for every vector) for the others.
   */
  reduce: 'truncate' | 'project';
  /** Texts per request: the provider's documented (or, per README, guessed) limit. */
  batchLimit: number;
  /** Longest text in tokens the model reads (longer ones are cut by the provider). */
  maxInputTokens: number;
  /** Tokenizer used to count tokens for the quote (the model's own where the app has it). */
  encoding: TokenEncoding;
}

const CHECKED_ON = '2026-12-05';

export const EMBEDDING_MODELS: readonly EmbeddingModel[] = [
  {
    provider: 'openai',
    model: 'text-embedding-3-small',
    nativeDimensions: 1536,
    acceptsDimensions: true,
    reduce: 'truncate',
    batchLimit: 2048,
    maxInputTokens: 8191,
    encoding: 'cl100k_base',
  },
  {
    provider: 'practice',
    model: 'text-embedding-3-small',
    nativeDimensions: 1536,
    acceptsDimensions: true,
    reduce: 'truncate',
    batchLimit: 2048,
    maxInputTokens: 8191,
    encoding: 'cl100k_base',
  },
  // Alibaba docs (text-embedding-synchronous-api, 2026-03-24 copy): v4 is Qwen3-Embedding, 2,048 … 1,024
  // (default) … 512 … 64 dimensions, at most 10 rows per request and 8,192 tokens per row.
  {
    provider: 'alibaba',
    model: 'text-embedding-v4',
    nativeDimensions: 1024,
    acceptsDimensions: true,
    reduce: 'truncate',
    batchLimit: 10,
    maxInputTokens: 8192,
    encoding: 'qwen',
  },
  // Nebius API reference (create-embeddings, spec 20260506): OpenAI-shaped, takes `dimensions`; the model
  // served for embeddings in 2026 is Qwen/Qwen3-Embedding-8B (4,096 by default, pixeltable's Nebius guide).
  // The per-request row limit is not published: 64 is our guess (practice README).
  {
    provider: 'nebius',
    model: 'Qwen/Qwen3-Embedding-8B',
    nativeDimensions: 4096,
    acceptsDimensions: true,
    reduce: 'truncate',
    batchLimit: 64,
    maxInputTokens: 32_768,
    encoding: 'qwen',
  },
  // Together: OpenAI-shaped /v1/embeddings; BAAI/bge-large-en-v1.5 returns 1,024 dimensions, reads 512
  // tokens and takes no `dimensions`. "Up to 100 documents per request" is a third-party figure (guess).
  {
    provider: 'together',
    model: 'BAAI/bge-large-en-v1.5',
    nativeDimensions: 1024,
    acceptsDimensions: false,
    reduce: 'project',
    batchLimit: 100,
    maxInputTokens: 512,
    encoding: 'cl100k_base',
  },
];

export function embeddingModelFor(provider: ProviderId): EmbeddingModel | undefined {
  return EMBEDDING_MODELS.find((m) => m.provider === provider);
}

type PriceFields = Pick<ModelPrice, 'model' | 'provider' | 'inputPer1M' | 'source'> &
  Partial<Pick<ModelPrice, 'caveat' | 'currency' | 'region' | 'maxTokensPerExample' | 'encoding'>>;

const price = (p: PriceFields): ModelPrice => ({
  trainingPer1M: null,
  cachedInputPer1M: null,
  outputPer1M: null,
  maxTokensPerExample: embeddingModelFor(p.provider)?.maxInputTokens ?? 8191,
  encoding: embeddingModelFor(p.provider)?.encoding ?? 'cl100k_base',
  shutdownDate: null,
  checkedOn: CHECKED_ON,
  ...p,
});

const OPENAI_SOURCE =
  'OpenAI $0.02 / 1M tokens, as listed for OpenAI at openrouter.ai/openai/text-embedding-3-small';
const ALIBABA_SOURCE =
  'Alibaba Model Studio docs: text-embedding-synchronous-api (Singapore $0.07 / 1M; China CNY 0.0005 / 1K, 2026-03-24 copy)';

/** Embedding prices, kept apart from the chat/training catalog so its tables and pickers are unchanged. */
export const EMBEDDING_PRICES: readonly ModelPrice[] = [
  price({ provider: 'openai', model: 'text-embedding-3-small', inputPer1M: 0.02, source: OPENAI_SOURCE }),
  price({ provider: 'practice', model: 'text-embedding-3-small', inputPer1M: 0.02, source: OPENAI_SOURCE }),
  price({
    provider: 'alibaba',
    model: 'text-embedding-v4',
    region: 'singapore',
    currency: 'USD',
    inputPer1M: 0.07,
    source: ALIBABA_SOURCE,
  }),
  price({
    provider: 'alibaba',
    model: 'text-embedding-v4',
    region: 'beijing',
    currency: 'CNY',
    inputPer1M: 0.5,
    source: ALIBABA_SOURCE,
  }),
  price({
    provider: 'nebius',
    model: 'Qwen/Qwen3-Embedding-8B',
    inputPer1M: null,
    source: 'docs.tokenfactory.nebius.com create-embeddings (no price on the stored pages)',
    caveat:
      'Nebius’s price for this model was not found in any stored page; set it in Settings if you know it.',
  }),
  price({
    provider: 'together',
    model: 'BAAI/bge-large-en-v1.5',
    inputPer1M: null,
    source: 'Together model page (not captured); other hosts list this model at $0.01–$0.02 / 1M',
    caveat: 'Together’s own price for this model was not captured; set it in Settings if you know it.',
  }),
];
