// How a "base model + notes" set-up hands the found passages to the model: appended to its system prompt,
// numbered, each with its source (file, page, heading path), and an instruction to answer from them and
// to say so when they do not hold the answer, which is what makes notes better than guessing for facts.
import type { NotesHit } from './types';

export function noteSource(hit: Pick<NotesHit, 'sourceName' | 'page' | 'headings'>): string {
  return [hit.sourceName, hit.page !== null ? `p. ${hit.page}` : null, hit.headings.join(' › ') || null]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
}

export const NOTES_INSTRUCTION =
  "Notes from the user's documents follow. Answer from them when they hold the answer; if they do not, say that the notes do not cover it.";

export function notesSystemPrompt(systemPrompt: string, hits: readonly NotesHit[]): string {
  if (hits.length === 0) return systemPrompt;
  const notes = hits.map((hit, i) => `[${i + 1}] (${noteSource(hit)})\n${hit.text}`).join('\n\n');
  return [systemPrompt.trim(), `${NOTES_INSTRUCTION}\n\n${notes}`].filter((s) => s !== '').join('\n\n');
}

/**
 * The notes in a system prompt built by notesSystemPrompt, read back (the practice service's base model
 * answers from them, as a real model would); empty when the prompt holds no notes.
 */
export function notesInPrompt(system: string): { source: string; text: string }[] {
  const at = system.indexOf(NOTES_INSTRUCTION);
  if (at < 0) return [];
  const body = system.slice(at + NOTES_INSTRUCTION.length);
  // Entries start with "[n] (source)" on a line of its own, numbered from 1 in order.
  const starts = [...body.matchAll(/(?:^|\n\n)\[(\d+)\] \(([^\n]*)\)\n/g)].filter(
    (m, i) => Number(m[1]) === i + 1,
  );
  return starts.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[i + 1]?.index ?? body.length;
    return { source: m[2] ?? '', text: body.slice(from, to).trim() };
  });
}
