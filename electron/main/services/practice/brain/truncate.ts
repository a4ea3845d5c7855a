// max_completion_tokens for a practice model: the reply is cut to the longest prefix that fits the token
// budget, counted with the real tokenizer so `usage.completion_tokens` and `finish_reason: "length"`
// agree with what the SDK user sees. Cut on whole characters (never inside a surrogate pair or a
// multi-byte CJK character), as a real model's output would be readable up to the cut.
import { countTextTokens, type TokenEncoding } from '../../../../../shared/domain/tokens';

export interface Truncated {
  text: string;
  truncated: boolean;
}

export function truncateToTokens(
  text: string,
  maxTokens: number | undefined,
  encoding: TokenEncoding,
): Truncated {
  if (maxTokens === undefined || !Number.isFinite(maxTokens)) return { text, truncated: false };
  const budget = Math.max(0, Math.floor(maxTokens));
  if (countTextTokens(text, encoding) <= budget) return { text, truncated: false };
  const chars = Array.from(text);
  // Binary search for the longest prefix within budget. Prefix token counts grow with length almost
  // always (BPE can rarely merge a longer prefix into fewer tokens); either way `low` only ever moves to a
  // prefix that was checked to fit, so the result is within budget.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (countTextTokens(chars.slice(0, mid).join(''), encoding) <= budget) low = mid;
    else high = mid - 1;
  }
  return { text: chars.slice(0, low).join(''), truncated: true };
}
