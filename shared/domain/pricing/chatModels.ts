// Chat models that cannot be fine-tuned but that the prompt and notes approaches can use (issue 16 §6), so
// Try keeps working after OpenAI's 2027-01-14 retirements. The adapters read the provider's own model list
// first (models.ts in each folder); this dated list is the fallback when that list cannot be read, and the
// source of prices and marks. Prices not confirmed are null ("price not published"), never guessed.
import type { ModelPrice, ProviderId } from './catalog';
import { PRICE_CATALOG } from './catalog';
import type { TokenEncoding } from '../tokenEncoding';

const CHECKED_ON = '2026-12-05';

/** OpenAI's announced shutdown of every model that can still be fine-tuned (reference openai-api §0). */
export const OPENAI_RETIREMENT_DATE = '2027-01-14';

const OPENAI_PRICES =
  'openai.com/api/pricing as quoted by morphllm.com and aipromptshub.co (June 2026; third-party copies)';
const LUNA =
  'OpenAI deprecations page (2026-10-14 notice) names gpt-6-luna as the replacement; it cannot be fine-tuned (codersera.com 2026, third-party)';

type Entry = Pick<ModelPrice, 'model' | 'inputPer1M' | 'cachedInputPer1M' | 'outputPer1M' | 'source'> & {
  caveat?: string;
};

const chatOnly = (provider: ProviderId, encoding: TokenEncoding, e: Entry): ModelPrice => ({
  provider,
  encoding,
  trainingPer1M: null,
  maxTokensPerExample: 0,
  shutdownDate: null,
  checkedOn: CHECKED_ON,
  fineTunable: false,
  ...e,
});

const OPENAI_CHAT: readonly Entry[] = [
  {
    model: 'gpt-5.4-mini',
    inputPer1M: 0.75,
    cachedInputPer1M: 0.075,
    outputPer1M: 4.5,
    source: OPENAI_PRICES,
  },
  {
    model: 'gpt-5.4-nano',
    inputPer1M: 0.2,
    cachedInputPer1M: 0.02,
    outputPer1M: 1.25,
    source: OPENAI_PRICES,
  },
  { model: 'gpt-5.5', inputPer1M: 5, cachedInputPer1M: 0.5, outputPer1M: 30, source: OPENAI_PRICES },
  {
    model: 'gpt-6-luna',
    inputPer1M: null,
    cachedInputPer1M: null,
    outputPer1M: null,
    source: LUNA,
    caveat: 'No price for gpt-6-luna was found in any stored page; set it in Settings once you know it.',
  },
];

const UNPRICED = (
  source: string,
): Pick<Entry, 'inputPer1M' | 'cachedInputPer1M' | 'outputPer1M' | 'source' | 'caveat'> => ({
  inputPer1M: null,
  cachedInputPer1M: null,
  outputPer1M: null,
  source,
  caveat: 'Serving price not checked for this version; set it in Settings if you know it.',
});

const ALIBABA_SOURCE =
  'Alibaba Model Studio docs: model list, text generation (2026 copies); prices not captured';
const NEBIUS_SOURCE =
  'Nebius Token Factory catalog as listed by neurolink’s provider guide (2026); price not captured';
const TOGETHER_SOURCE = 'Together serverless models page (not captured in Dec 2026); price not captured';

/** Chat-only models per provider, the fallback when the provider's list cannot be read. */
export const CHAT_ONLY_MODELS: readonly ModelPrice[] = [
  ...OPENAI_CHAT.map((e) => chatOnly('openai', 'o200k_base', e)),
  // Practice mirrors OpenAI (its practice service lists and answers these too).
  ...OPENAI_CHAT.map((e) => chatOnly('practice', 'o200k_base', e)),
  ...['qwen-plus', 'qwen-flash', 'qwen3-max'].map((model) =>
    chatOnly('alibaba', 'qwen', { model, ...UNPRICED(ALIBABA_SOURCE) }),
  ),
  chatOnly('nebius', 'qwen', { model: 'Qwen/Qwen3-235B-A22B-Instruct-2507', ...UNPRICED(NEBIUS_SOURCE) }),
  ...['meta-llama/Llama-3.3-70B-Instruct-Turbo', 'Qwen/Qwen2.5-72B-Instruct-Turbo'].map((model) =>
    chatOnly('together', model.startsWith('Qwen') ? 'qwen' : 'llama3', {
      model,
      ...UNPRICED(TOGETHER_SOURCE),
    }),
  ),
];

/** Every model the app can price: the fine-tunable catalog and the chat-only models. */
export const PRICED_MODELS: readonly ModelPrice[] = [...PRICE_CATALOG, ...CHAT_ONLY_MODELS];

export const isFineTunable = (price: Pick<ModelPrice, 'fineTunable'>): boolean => price.fineTunable !== false;

/** What Try shows about a chat model: can it be trained, and when (if ever) it stops answering. */
export interface ChatModelMarks {
  /** A base the app can fine-tune with this provider; false for chat-only models and for fine-tunes. */
  fineTunable: boolean;
  /** YYYY-MM-DD after which the model stops answering (OpenAI's 2027-01-14 for gpt-4o/4.1 and their fine-tunes). */
  retiresOn: string | null;
}

/** Ids that name something other than a chat model (embeddings, moderation, speech, images, rerankers). */
const NOT_CHAT =
  /(^|\/)(text-embedding|omni-moderation|text-moderation|whisper|tts|dall-e|gpt-image|sora)|embed|bge-|e5-|rerank|transcribe|realtime|-audio|-tts|-asr|wanx/i;

export const isChatModelId = (id: string): boolean => !NOT_CHAT.test(id);

/**
 * Marks for a model id with this provider: `baseOf` names the base of a fine-tune (catalog.ts
 * `baseModelOf`); the provider's own shutdown date (OpenAI's list) wins over the catalog's.
 */
export function chatModelMarks(
  provider: ProviderId,
  id: string,
  base: string,
  listedShutdown: string | null,
): ChatModelMarks {
  const entry = PRICED_MODELS.find((m) => m.provider === provider && m.model === base);
  return {
    fineTunable: id === base && entry !== undefined && isFineTunable(entry),
    retiresOn: listedShutdown ?? entry?.shutdownDate ?? null,
  };
}

/** The dated fallback: this provider's fine-tunable bases and chat-only models, once each. */
export function fallbackChatModels(provider: ProviderId): { id: string; marks: ChatModelMarks }[] {
  const seen = new Set<string>();
  const out: { id: string; marks: ChatModelMarks }[] = [];
  for (const m of PRICED_MODELS) {
    if (m.provider !== provider || seen.has(m.model)) continue;
    seen.add(m.model);
    out.push({ id: m.model, marks: { fineTunable: isFineTunable(m), retiresOn: m.shutdownDate } });
  }
  return out;
}

export const CHAT_CATALOG_CHECKED_ON = CHECKED_ON;
