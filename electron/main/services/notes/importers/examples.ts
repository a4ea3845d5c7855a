// The project's own examples as a notes source: each example's questions and answers become one
// paragraph ("Q: … / A: …"), numbered like the Examples page so a passage's source reads "example 12".
// The system prompt is left out: it is the same in every example and would crowd out the facts.
import type { ChatExample } from '../../../../../shared/domain/chat';
import type { ImportOutcome, NoteBlock } from '../../../../../shared/domain/notes/types';

export function importExamples(examples: readonly ChatExample[], file: string): ImportOutcome {
  const blocks: NoteBlock[] = [];
  examples.forEach((example, index) => {
    const lines = example.messages
      .filter((m) => (m.role === 'user' || m.role === 'assistant') && typeof m.content === 'string')
      .map((m) => `${m.role === 'user' ? 'Q' : 'A'}: ${(m.content as string).trim()}`);
    if (lines.length > 0)
      blocks.push({ kind: 'paragraph', level: 0, text: lines.join('\n'), page: index + 1 });
  });
  if (blocks.length === 0) return { ok: false, problem: { code: 'empty', file } };
  return { ok: true, kind: 'examples', blocks, encoding: null };
}
