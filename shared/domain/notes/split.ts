// Cutting a document's blocks into passages: the unit that is embedded, found by search and shown under a
// reply. A passage never crosses a heading or a page (so its source line "FAQ.pdf, page 2, § Refunds" is
// exact), keeps whole paragraphs together up to the size budget, and cuts an over-long paragraph only at
// sentence ends: 。！？ for Chinese and Japanese, . ! ? followed by a space for Latin script (so "3.5" and
// "e.g.x" stay whole). A single sentence longer than the budget is cut at the last space before it, or
// hard at the budget for text without spaces.
import { contentHash } from './hash';
import type { NoteBlock, Passage } from './types';

export interface SplitOptions {
  /** Most characters in one passage (about 150–600 tokens: Chinese ≈ 1 token a character, English ≈ 4). */
  maxChars: number;
}

export const DEFAULT_SPLIT: SplitOptions = { maxChars: 600 };

const SENTENCE_END = /[。！？][」』”’）)]*|[.!?]["'”’)]*(?=\s)/gu;

/** The text cut after each sentence end; whitespace between sentences goes with the earlier one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    let end = (match.index ?? 0) + match[0].length;
    while (end < text.length && /\s/u.test(text[end] as string)) end++;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.trim() !== '');
}

/** Pieces of one over-long sentence, each at most `max` characters, cut at a space where there is one. */
function hardCut(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space + 1 : max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.trim() !== '') out.push(rest);
  return out;
}

/** A paragraph as pieces that each fit the budget, cut at sentence ends. */
function paragraphPieces(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences(text).flatMap((s) => (s.length > max ? hardCut(s, max) : [s]))) {
    if (current !== '' && current.length + sentence.length > max) {
      pieces.push(current);
      current = '';
    }
    current += sentence;
  }
  if (current !== '') pieces.push(current);
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/** What is embedded and hashed: the heading path gives a passage its context ("Refunds › Deadlines"). */
export function passageInput(passage: Pick<Passage, 'text' | 'position'>): string {
  const path = passage.position.headings.join(' › ');
  return path === '' ? passage.text : `${path}\n${passage.text}`;
}

export function splitIntoPassages(
  sourceId: string,
  blocks: readonly NoteBlock[],
  options: SplitOptions = DEFAULT_SPLIT,
): Passage[] {
  const passages: Passage[] = [];
  const headings: { level: number; text: string }[] = [];
  let parts: string[] = [];
  let firstBlock = 0;
  let page: number | null = null;

  const flush = () => {
    const text = parts.join('\n\n').trim();
    parts = [];
    if (text === '') return;
    const position = { block: firstBlock, page, headings: headings.map((h) => h.text) };
    const ordinal = passages.length;
    passages.push({
      id: `${sourceId}:${ordinal}`,
      sourceId,
      ordinal,
      text,
      position,
      hash: contentHash(passageInput({ text, position })),
    });
  };

  blocks.forEach((block, index) => {
    const text = block.text.trim();
    if (text === '') return;
    if (block.page !== page || block.kind === 'heading') flush();
    page = block.page;
    if (block.kind === 'heading') {
      while (headings.length > 0 && (headings.at(-1)?.level ?? 0) >= block.level) headings.pop();
      headings.push({ level: block.level, text });
      return;
    }
    for (const piece of paragraphPieces(text, options.maxChars)) {
      const length = parts.reduce((sum, p) => sum + p.length + 2, 0);
      if (parts.length > 0 && length + piece.length > options.maxChars) flush();
      if (parts.length === 0) firstBlock = index;
      parts.push(piece);
    }
  });
  flush();
  return passages;
}
