// Nebius Token Factory: base models that can be fine-tuned with LoRA, as data, in US dollars. Which of them
// can be SERVED per token changes during the year (reference nebius-2026-12 §8.1), so the app reads that
// from Nebius's own catalog at "Check this key" and before every run; this list is the dated fallback
// shown as such when the catalog cannot be read, and the source of prices the catalog does not give.
//
// Sources (checked 2026-12-05 from stored copies; tags as in the reference):
//   training <20B: $0.40 / 1M trained tokens, "job.trained_tokens * 0.4 / 1e6" (Nebius cookbook, 2025-07
//                  and 2025-12); >20B: $2.80 / 1M (third-party guide, Feb 2026).
//   serving:       a LoRA serves at its base model's per-token price, no deployment fee (third-party, Feb
//                  2026); base prices from the public models_info catalog as others observed it
//                  (2026-09-12, 2026-09-29) or models.dev (last_updated 2026-02-04).
// Prices not found are null (shown as "price not published"), never guessed.
import type { ModelPrice } from './catalog';

export const NEBIUS_CHECKED_ON = '2026-12-05';
/** Default `context_length` of a Nebius job (8,192; up to 131,072 when asked). */
const CONTEXT_LENGTH = 8_192;
const TRAIN_SMALL = 'Nebius cookbook: $0.4 per 1M trained tokens under 20B (2025-12)';
const TRAIN_LARGE = 'Third-party guide: $2.80 per 1M trained tokens above 20B (Feb 2026)';
const LIMIT_CAVEAT =
  'Per-example limit: the default context_length of 8,192 tokens (a longer example fails the job).';

type Entry = Pick<ModelPrice, 'model' | 'trainingPer1M' | 'inputPer1M' | 'outputPer1M' | 'encoding'> & {
  source: string;
  caveat?: string;
};

const nebius = (e: Entry): ModelPrice => ({
  ...e,
  provider: 'nebius',
  currency: 'USD',
  cachedInputPer1M: null,
  maxTokensPerExample: CONTEXT_LENGTH,
  shutdownDate: null,
  checkedOn: NEBIUS_CHECKED_ON,
  caveat: [e.caveat, LIMIT_CAVEAT].filter(Boolean).join(' '),
});

/** Keyed by the fine-tuning id (Hugging Face naming), the id a job is created with. */
export const NEBIUS_MODELS: readonly ModelPrice[] = [
  nebius({
    model: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    trainingPer1M: 2.8,
    inputPer1M: 0.1,
    outputPer1M: 0.3,
    encoding: 'qwen',
    source: `${TRAIN_LARGE}; models_info as observed 2026-09-29`,
    caveat: 'Used as a LoRA base in Nebius’s cookbook (2026-03); per-token LoRA serving is not confirmed.',
  }),
  nebius({
    model: 'meta-llama/Llama-3.3-70B-Instruct',
    trainingPer1M: 2.8,
    inputPer1M: 0.13,
    outputPer1M: 0.4,
    encoding: 'llama3',
    source: `${TRAIN_LARGE}; models_info as observed 2026-09-12`,
    caveat: 'Deprecation announced in August 2026; Nebius does not reroute requests to retired models.',
  }),
  nebius({
    model: 'meta-llama/Llama-3.1-8B-Instruct',
    trainingPer1M: 0.4,
    inputPer1M: 0.02,
    outputPer1M: 0.06,
    encoding: 'llama3',
    source: `${TRAIN_SMALL}; models.dev (2026-02-04)`,
    caveat:
      'Served as meta-llama/Meta-Llama-3.1-8B-Instruct; gone from the public catalog since about June 2026.',
  }),
  nebius({
    model: 'Qwen/Qwen3-4B',
    trainingPer1M: 0.4,
    inputPer1M: null,
    outputPer1M: null,
    encoding: 'qwen',
    source: `${TRAIN_SMALL}; LoRA jobs observed 2026-09-19`,
    caveat: 'Trains, but no per-token LoRA serving was found for it (only a “-fast” flavour in 2025).',
  }),
];

/**
 * What is known without asking Nebius, shown as "last checked 2026-12-05" when the live catalog cannot be
 * read: fine-tuning id → serving id and whether a LoRA on it is served per token.
 */
export interface NebiusBaseFact {
  fineTuneId: string;
  servingId: string;
  servesLoraPerToken: boolean;
  deprecated: boolean;
}

export const NEBIUS_FALLBACK_BASES: { checkedOn: string; bases: readonly NebiusBaseFact[] } = {
  checkedOn: NEBIUS_CHECKED_ON,
  bases: [
    {
      fineTuneId: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
      servingId: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
      servesLoraPerToken: true,
      deprecated: false,
    },
    {
      fineTuneId: 'meta-llama/Llama-3.3-70B-Instruct',
      servingId: 'meta-llama/Llama-3.3-70B-Instruct',
      servesLoraPerToken: true,
      deprecated: true,
    },
    {
      fineTuneId: 'meta-llama/Llama-3.1-8B-Instruct',
      servingId: 'meta-llama/Meta-Llama-3.1-8B-Instruct',
      servesLoraPerToken: true,
      deprecated: true,
    },
    {
      fineTuneId: 'Qwen/Qwen3-4B',
      servingId: 'Qwen/Qwen3-4B-fast',
      servesLoraPerToken: false,
      deprecated: false,
    },
  ],
};
