// Long texts mark glossary terms inline as `{{id|visible text}}`, e.g. "three {{epoch|epochs}}".
// Parsing into segments (never into HTML) keeps the CSP-safe rule: no dangerouslySetInnerHTML.
import { isGlossaryId, type GlossaryId } from './types';

export type MarkupSegment = { kind: 'text'; text: string } | { kind: 'term'; id: GlossaryId; text: string };

const TERM = /\{\{([a-z-]+)\|([^{}]+)\}\}/g;

/** Unknown ids stay plain text (a unit test checks that every content string uses known ids). */
export function parseTermMarkup(source: string): MarkupSegment[] {
  const segments: MarkupSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(TERM)) {
    const [whole, id = '', text = ''] = match;
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: source.slice(last, start) });
    segments.push(isGlossaryId(id) ? { kind: 'term', id, text } : { kind: 'text', text });
    last = start + whole.length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

/** Term ids a text refers to, including unknown ones, for content checks. */
export function referencedTermIds(source: string): string[] {
  return [...source.matchAll(TERM)].map((m) => m[1] ?? '');
}

/** The text as a reader sees it, without markers (for reading-time counts and aria-labels). */
export function plainText(source: string): string {
  return source.replace(TERM, (_whole, _id: string, text: string) => text);
}
