// Token counting with the real tokenizers (gpt-tokenizer), by the OpenAI cookbook's formula for chat
// fine-tuning data ("Chat_finetuning_data_prep.ipynb"): every message costs 3 tokens of framing plus the
// tokens of each of its values, a `name` costs one more, and every example ends with 3 tokens that prime
// the reply. The cookbook calls the result "not exact"; it is what OpenAI's own guide bills by, so it is
// what we show, with that basis stated next to every figure.
//
// Main process and workers only: the tokenizer tables are megabytes; eslint.config.js forbids this import
// in renderer/.
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import type { ChatExample } from './chat';

export type TokenEncoding = 'o200k_base' | 'cl100k_base';

const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const TOKENS_FOR_REPLY_PRIMING = 3;

/** gpt-4o, gpt-4.1, o-series and their fine-tunes use o200k; gpt-3.5 and gpt-4 use cl100k. */
export function encodingForModel(modelId: string): TokenEncoding {
  const base = modelId.startsWith('ft:') ? (modelId.split(':')[1] ?? '') : modelId;
  return /^(gpt-3\.5|gpt-4-|gpt-4$|babbage|davinci)/.test(base) ? 'cl100k_base' : 'o200k_base';
}

export function countTextTokens(text: string, encoding: TokenEncoding = 'o200k_base'): number {
  if (text.length === 0) return 0;
  return encoding === 'cl100k_base'
    ? countCl100k(text, { allowedSpecial: 'all' })
    : countO200k(text, { allowedSpecial: 'all' });
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

/** Tokens of one whole example, cookbook formula. Non-string values (tool calls, weight) count as JSON. */
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
  let total = TOKENS_FOR_REPLY_PRIMING;
  let assistant = 0;
  for (const message of example.messages) {
    total += TOKENS_PER_MESSAGE;
    for (const [key, value] of Object.entries(message)) {
      if (key === 'weight') continue; // a training switch, not text the model reads
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
