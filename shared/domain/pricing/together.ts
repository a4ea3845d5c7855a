// Together AI: the open base models Tunesmith offers for fine-tuning, the dedicated hardware their fine-tunes
// can be served on, and what each costs, as data.
//
// Sources (checked 2026-12-05 from stored copies of Together's docs, team reference providers-2026-12 §3):
//   training:  docs.together.ai fine-tuning/pricing: billed per processed token = n_epochs × training tokens
//              + n_evals × validation tokens, by size bracket × SFT/DPO × LoRA/Full. The numeric rates live
//              on together.ai/pricing, which is not in the stored copies, so `trainingPer1M` is null
//              ("not published here") and the price shown before a run is Together's own `estimate-price`.
//   serving:   new fine-tunes answer only through a dedicated endpoint billed per minute, even when idle
//              (fine-tuning/deployment, inference-options); no per-token price (`inputPer1M` null).
//   hardware:  dedicated-endpoints overview (2026): H100 80GB $3.99/h, H200 $5.49/h, B200 $9.95/h.
//   bases:     supported-models: names ending in `-Reference` train but cannot be deployed.
// Per-example limits are the models' `max_seq_length_sft` as the practice service reports them (the real
// numbers come from `models/limits`, read before the form; these are the fallback).
import type { ModelPrice } from './catalog';

const CHECKED_ON = '2026-12-05';
const TRAINING_SOURCE =
  'Together AI docs: fine-tuning/pricing (rates on together.ai/pricing, not in the stored copy)';
const SERVING_SOURCE = 'Together AI docs: fine-tuning/deployment, dedicated-endpoints overview (2026)';

/** A dedicated GPU a fine-tune can be served on, with its documented hourly price in USD. */
export interface TogetherHardware {
  id: string;
  /** Shown to the user: "1× H100 80 GB". */
  label: string;
  perHourUsd: number;
  checkedOn: string;
  source: string;
}

export const TOGETHER_HARDWARE: readonly TogetherHardware[] = [
  { id: '1x_nvidia_h100_80gb_sxm', label: '1× NVIDIA H100 80 GB', perHourUsd: 3.99 },
  { id: '1x_nvidia_h200_140gb_sxm', label: '1× NVIDIA H200 141 GB', perHourUsd: 5.49 },
  { id: '1x_nvidia_b200_180gb_sxm', label: '1× NVIDIA B200 180 GB', perHourUsd: 9.95 },
].map((h) => ({ ...h, checkedOn: CHECKED_ON, source: SERVING_SOURCE }));

/** A base model: whether it trains, whether its fine-tunes can be deployed, and on what. */
export interface TogetherBase {
  model: string;
  /**
   * Token counting: the family's own vocabulary (Qwen3's, Llama 3.1's, both shipped with the app), or an
   * estimate (o200k) for a family with no local tokenizer, said so on screen.
   */
  tokenizer: 'qwen' | 'llama3' | 'estimate';
  trainable: true;
  /** `-Reference` bases train but cannot be deployed (download the weights instead). */
  deployable: boolean;
  /** Hardware ids its fine-tunes can run on, cheapest first; empty when not deployable. */
  hardware: readonly string[];
  supportsTools: boolean;
  maxTokensPerExample: number;
  /** The serverless chat id of the base itself (side by side with the fine-tune), or null when none. */
  serverlessChatId: string | null;
}

export const TOGETHER_BASES: readonly TogetherBase[] = [
  {
    model: 'Qwen/Qwen3-8B',
    tokenizer: 'qwen',
    trainable: true,
    deployable: true,
    hardware: ['1x_nvidia_h100_80gb_sxm', '1x_nvidia_h200_140gb_sxm'],
    supportsTools: true,
    maxTokensPerExample: 16_384,
    serverlessChatId: null,
  },
  {
    model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
    tokenizer: 'llama3',
    trainable: true,
    deployable: false,
    hardware: [],
    // Together's function-calling fine-tuning page lists meta-llama/Meta-Llama-3.1-* (read 2026-12-05).
    supportsTools: true,
    maxTokensPerExample: 16_384,
    serverlessChatId: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
  },
  {
    model: 'meta-llama/Llama-3.3-70B-Instruct',
    tokenizer: 'llama3',
    trainable: true,
    deployable: true,
    hardware: ['1x_nvidia_h200_140gb_sxm', '1x_nvidia_b200_180gb_sxm'],
    supportsTools: true,
    maxTokensPerExample: 8_192,
    serverlessChatId: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
  },
];

export const isTogetherReferenceBase = (model: string): boolean => model.endsWith('-Reference');

const ESTIMATE_CAVEAT =
  'No tokenizer for this model family ships with Tunesmith: token counts are an estimate (o200k vocabulary), not what Together bills.';

const ENCODING = { qwen: 'qwen', llama3: 'llama3', estimate: 'o200k_base' } as const;

export const TOGETHER_MODELS: readonly ModelPrice[] = TOGETHER_BASES.map((b) => ({
  model: b.model,
  provider: 'together',
  trainingPer1M: null,
  inputPer1M: null,
  cachedInputPer1M: null,
  outputPer1M: null,
  maxTokensPerExample: b.maxTokensPerExample,
  encoding: ENCODING[b.tokenizer],
  shutdownDate: null,
  checkedOn: CHECKED_ON,
  source: `${TRAINING_SOURCE}; ${SERVING_SOURCE}`,
  caveat: [
    'Training price: Together quotes it per run (estimate-price); its per-token rates are not in our copy.',
    b.deployable
      ? 'Chat only through a dedicated endpoint billed by the hour, even when idle.'
      : 'Trains, but cannot be deployed: download the weights to use it.',
    b.tokenizer === 'estimate' ? ESTIMATE_CAVEAT : '',
  ]
    .filter(Boolean)
    .join(' '),
}));

/** The base a Together model name was trained from: the base itself, or the base whose short name a
 * fine-tune's output name (`<owner>/<base short name>-<suffix>-<hex>`) starts with (longest match). */
export function togetherBaseOf(model: string): TogetherBase | null {
  const exact = TOGETHER_BASES.find((b) => b.model === model);
  if (exact) return exact;
  const short = model.split('/').at(-1) ?? model;
  const matches = TOGETHER_BASES.filter((b) => short.startsWith(`${b.model.split('/').at(-1) ?? ''}-`));
  return matches.sort((a, b) => b.model.length - a.model.length)[0] ?? null;
}

/** The cheapest hardware a model's fine-tunes can run on, or null when it cannot be deployed. */
export function togetherHardwareFor(model: string): TogetherHardware | null {
  const base = togetherBaseOf(model);
  const id = base?.deployable ? base.hardware[0] : undefined;
  return TOGETHER_HARDWARE.find((h) => h.id === id) ?? null;
}
