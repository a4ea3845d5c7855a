// How a "base model + notes" set-up hands the found passages to the model: appended to its system prompt,
// numbered, each with its source (file, page, heading path), and an instruction to answer from them and
// to say so when they do not hold the answer, which is what makes notes better than guessing for facts.
import type { NotesHit } from './types';

export function noteSource(hit: Pick<NotesHit, 'sourceName' | 'page' | 'headings'>): string {
  return [hit.sourceName, hit.page !== null ? `p. ${hit.page}` : null, hit.headings.join(' › ') || null]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
}

export function notesSystemPrompt(systemPrompt: string, hits: readonly NotesHit[]): string {
  if (hits.length === 0) return systemPrompt;
  const notes = hits.map((hit, i) => `[${i + 1}] (${noteSource(hit)})\n${hit.text}`).join('\n\n');
  const instruction =
    "Notes from the user's documents follow. Answer from them when they hold the answer; if they do not, say that the notes do not cover it.";
  return [systemPrompt.trim(), `${instruction}\n\n${notes}`].filter((s) => s !== '').join('\n\n');
}
