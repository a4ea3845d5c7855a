// Automatic measures of one reply against the expected answer. Deliberately simple and explainable:
// a user should be able to check each by eye. Similarity reuses the app's one text measure
// (shared/domain/similarity.ts) so the Try page and the practice service agree on what "close" means.
import { textSimilarity } from '../similarity';
import type { ReplyScores } from './types';

/** Text compared for exact match: Unicode-normalised, trimmed, inner whitespace collapsed. Case matters. */
export function normaliseForMatch(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** The value of a JSON object or array, or undefined when the text is not one (bare scalars do not count). */
export function parseJsonDocument(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{ "b": 2, "a": 1 }` are the same answer. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Exact match. When both sides are JSON documents they are compared as values (key order and spacing do
 * not matter, a different value does); otherwise as normalised text.
 */
export function exactMatch(reply: string, expected: string): boolean {
  const a = parseJsonDocument(reply);
  const b = parseJsonDocument(expected);
  if (a !== undefined && b !== undefined) return canonicalJson(a) === canonicalJson(b);
  return normaliseForMatch(reply) === normaliseForMatch(expected);
}

/** "Valid JSON" is measured only when every expected answer is a JSON object or array. */
export function answersAreJson(expected: readonly string[]): boolean {
  return expected.length > 0 && expected.every((e) => parseJsonDocument(e) !== undefined);
}

/**
 * The reply must be a JSON document as it stands: a reply wrapped in a ```json fence or with a sentence
 * around it fails, because a program reading it would fail too (a steady format is one of the promises).
 */
export function isValidJson(reply: string): boolean {
  return parseJsonDocument(reply) !== undefined;
}

export function scoreReply(reply: string, expected: string, jsonExpected: boolean): ReplyScores {
  return {
    exact: exactMatch(reply, expected),
    validJson: jsonExpected ? isValidJson(reply) : null,
    similarity: textSimilarity(reply, expected),
  };
}
