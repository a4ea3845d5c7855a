// Token counting with the real tokenizers.
//
// OpenAI models (gpt-tokenizer): the OpenAI cookbook's formula for chat fine-tuning data
// ("Chat_finetuning_data_prep.ipynb"): every message costs 3 tokens of framing plus the tokens of each of
// its values, a `name` costs one more, and every example ends with 3 tokens that prime the reply. The
// cookbook calls the result "not exact"; it is what OpenAI's own guide bills by, so it is what we show,
// with that basis stated next to every figure.
//
// Qwen models (Alibaba Model Studio): Qwen's own byte-level BPE vocabulary (see qwenTokens.ts) and the
// ChatML framing of Qwen3's chat template: `<|im_start|>{role}\n{content}<|im_end|>\n`, i.e. 4 framing
// tokens per message plus the tokens of its role and content. There is no reply priming, because a
// training example already contains the reply. `name` and `weight` are not sent to Alibaba (its format
// drops them), so they are not counted. Alibaba does not publish how it counts; this is what the model
// reads.
//
// Main process and workers only: the tokenizer tables are megabytes; eslint.config.js forbids importing
// this in renderer/ (type-only imports are fine). Each tokenizer is loaded on first use, so a check for one model loads only
// the table it needs.
import { createRequire } from 'node:module';
import type { ChatExample } from './chat';
import { countLlamaTokens } from './llamaTokens';
import { countQwenTokens } from './qwenTokens';
import { PieceCounter } from './tokenMemo';

import type { TokenEncoding } from './tokenEncoding';

export type { TokenEncoding };

const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const TOKENS_FOR_REPLY_PRIMING = 3;
/** `<|im_start|>`, the newline after the role, `<|im_end|>` and the newline after it. */
const QWEN_FRAMING_PER_MESSAGE = 4;
/** Llama 3: `<|start_header_id|>`, `<|end_header_id|>`, the blank line after it, and `<|eot_id|>`. */
const LLAMA_FRAMING_PER_MESSAGE = 4;
/** Llama 3: `<|begin_of_text|>` once per example. */
const LLAMA_FRAMING_PER_EXAMPLE = 1;

type CountFn = (text: string, options: { allowedSpecial: 'all' }) => number;
const require = createRequire(import.meta.url);

/** gpt-tokenizer's encoding, counted piece by piece (tokenMemo.ts); loaded on first use. */
function gptCounter(encoding: 'o200k_base' | 'cl100k_base'): PieceCounter {
  const { countTokens } = require(`gpt-tokenizer/cjs/encoding/${encoding}`) as { countTokens: CountFn };
  const regexes = require('gpt-tokenizer/cjs/encodingParams/constants') as Record<string, RegExp>;
  const split = regexes[encoding === 'o200k_base' ? 'O200K_TOKEN_SPLIT_REGEX' : 'CL100K_TOKEN_SPLIT_REGEX'];
  if (!split) throw new Error(`gpt-tokenizer has no split pattern for ${encoding}`);
  const regex = new RegExp(split.source, split.flags); // a copy: gpt-tokenizer keeps using its own
  return new PieceCounter(
    (text) => text.match(regex),
    (text) => countTokens(text, { allowedSpecial: 'all' }),
    (text) => text.includes('<|'), // every special token of both encodings starts with "<|"
  );
}
let o200k: PieceCounter | undefined;
let cl100k: PieceCounter | undefined;

/**
 * gpt-4o, gpt-4.1, o-series and their fine-tunes use o200k; gpt-3.5 and gpt-4 use cl100k; Qwen models
 * (and Alibaba fine-tunes named after them, e.g. `qwen3-14b-suffix-ft-…`) use Qwen's vocabulary.
 */
export function encodingForModel(modelId: string): TokenEncoding {
  const base = modelId.startsWith('ft:') ? (modelId.split(':')[1] ?? '') : modelId;
  // Nebius names bases Hugging Face's way (`Qwen/Qwen3-…`, `meta-llama/Llama-3.3-…`).
  if (/^(qwen\/)?qwen/i.test(base)) return 'qwen';
  if (/^meta-llama\/(meta-)?llama-3/i.test(base)) return 'llama3';
  return /^(gpt-3\.5|gpt-4-|gpt-4$|babbage|davinci)/.test(base) ? 'cl100k_base' : 'o200k_base';
}

/** Tokens of a text; special-token text (`<|endoftext|>`, `<|im_start|>`…) counts as the one token it is. */
export function countTextTokens(text: string, encoding: TokenEncoding = 'o200k_base'): number {
  if (text.length === 0) return 0;
  if (encoding === 'qwen') return countQwenTokens(text);
  if (encoding === 'llama3') return countLlamaTokens(text);
  if (encoding === 'cl100k_base') return (cl100k ??= gptCounter('cl100k_base')).count(text);
  return (o200k ??= gptCounter('o200k_base')).count(text);
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

/** Tokens of one whole example (see the top of this file). Non-string values (tool calls) count as JSON. */
export function countExampleTokens(example: ChatExample, encoding: TokenEncoding = 'o200k_base'): number {
  return countExampleTokenParts(example, encoding).total;
}

/**
 * The whole-example total and the assistant-content share from one tokenizer pass: data checks need
 * both for every example of large files, and tokenizing is by far their most expensive step.
 */
export function countExampleTokenParts(
  example: ChatExample,
  encoding: TokenEncoding = 'o200k_base',
): { total: number; assistant: number } {
  // Qwen and Llama 3 (Alibaba, Nebius): their chat templates' framing, no `name`, no reply priming.
  const llama = encoding === 'llama3';
  const qwen = encoding === 'qwen' || llama;
  let total = llama ? LLAMA_FRAMING_PER_EXAMPLE : qwen ? 0 : TOKENS_FOR_REPLY_PRIMING;
  let assistant = 0;
  for (const message of example.messages) {
    total += llama ? LLAMA_FRAMING_PER_MESSAGE : qwen ? QWEN_FRAMING_PER_MESSAGE : TOKENS_PER_MESSAGE;
    // Keys, not entries: one array per message instead of one per value (this runs for every message).
    for (const key of Object.keys(message)) {
      if (key === 'weight') continue; // a training switch, not text the model reads
      const value: unknown = (message as unknown as Record<string, unknown>)[key];
      if (qwen && key === 'name') continue; // Alibaba's format has no `name`
      const tokens = countTextTokens(valueText(value), encoding);
      total += tokens;
      if (key === 'name') total += TOKENS_PER_NAME;
      if (key === 'content' && message.role === 'assistant' && typeof value === 'string') assistant += tokens;
    }
  }
  if (Array.isArray(example.tools) && example.tools.length > 0) {
    total += countTextTokens(JSON.stringify(example.tools), encoding);
  }
  return { total, assistant };
}

/** Tokens of the assistant replies only (what the model learns to write). */
export function countAssistantTokens(example: ChatExample, encoding: TokenEncoding = 'o200k_base'): number {
  let total = 0;
  for (const message of example.messages) {
    if (message.role === 'assistant' && typeof message.content === 'string') {
      total += countTextTokens(message.content, encoding);
    }
  }
  return total;
}
