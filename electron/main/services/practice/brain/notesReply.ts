// How a base practice model answers when its system prompt carries notes ("base model + notes", issue
// 16): from the notes, as a real model given them would, so a walk with no key shows what notes add.
// It quotes the line of the closest note that is nearest to the question, and names the note's source;
// when no note shares anything with the question it says so, as the notes instruction asks. A base
// model still ignores every other instruction (baseReply.ts says why).
import { notesInPrompt } from '../../../../../shared/domain/notes/prompt';
import { sparseCosine, textFeatures } from '../../../../../shared/domain/similarity';
import type { PracticeLanguage } from './language';

const FROM_NOTES: Record<PracticeLanguage, (source: string, line: string) => string> = {
  en: (source, line) => `From your notes (${source}): ${line}`,
  'zh-TW': (source, line) => `根據你的筆記（${source}）：${line}`,
  'zh-CN': (source, line) => `根据你的笔记（${source}）：${line}`,
};
const NOT_COVERED: Record<PracticeLanguage, string> = {
  en: 'The notes I was given do not cover this question.',
  'zh-TW': '我拿到的筆記沒有提到這個問題。',
  'zh-CN': '我拿到的笔记没有提到这个问题。',
};

/** Lines and sentences of a note: a price-list row or one sentence is what answers a question. */
function pieces(text: string): string[] {
  return text
    .split(/\n+|(?<=[。！？])|(?<=[.!?])\s+/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/** The reply from the notes in `instructions`, or null when they hold no notes. */
export function notesReply(
  instructions: string,
  question: string,
  language: PracticeLanguage,
): string | null {
  const notes = notesInPrompt(instructions);
  if (notes.length === 0) return null;
  const asked = textFeatures(question);
  let best: { score: number; source: string; line: string } = { score: 0, source: '', line: '' };
  for (const note of notes)
    for (const line of pieces(note.text)) {
      const score = sparseCosine(asked, textFeatures(line));
      if (score > best.score) best = { score, source: note.source, line };
    }
  return best.score > 0 ? FROM_NOTES[language](best.source, best.line) : NOT_COVERED[language];
}
