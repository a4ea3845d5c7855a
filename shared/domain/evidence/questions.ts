// The questions box: one question per line, blank lines ignored. Checked before anything is sent, so the
// page can say on the field what is wrong and how to fix it (the IPC contract refuses the same cases).
import { EVIDENCE_QUESTIONS } from './types';

export type QuestionsProblem =
  | { code: 'too_few'; count: number; min: number }
  | { code: 'too_many'; count: number; max: number; extra: number }
  | { code: 'too_long'; number: number; max: number };

export function questionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function checkQuestions(text: string): { questions: string[]; problem: QuestionsProblem | null } {
  const questions = questionLines(text);
  const { min, max, maxLength } = EVIDENCE_QUESTIONS;
  const long = questions.findIndex((q) => q.length > maxLength);
  const problem: QuestionsProblem | null =
    questions.length < min
      ? { code: 'too_few', count: questions.length, min }
      : questions.length > max
        ? { code: 'too_many', count: questions.length, max, extra: questions.length - max }
        : long >= 0
          ? { code: 'too_long', number: long + 1, max: maxLength }
          : null;
  return { questions, problem };
}
