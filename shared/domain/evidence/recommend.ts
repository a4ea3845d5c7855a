// The decision rule of "Decide with evidence": which approach the user's own marks support. Pure, so
// every branch is tested (tests/unit/evidence/recommend.test.ts); the renderer words the verdict.
//
// The rule, in order:
//  1. Too few marks to say anything: every approach needs MIN_MARKED marked answers (or all of its
//     answers when it has fewer) → ask to mark more.
//  2. The prompt alone is right often enough (GOOD) and nothing beats it by more than MARGIN → the
//     prompt is enough (the cheapest approach: nothing to set up).
//  3. Notes are right often enough and the fine-tuned model (if any) does not beat them by more than
//     MARGIN → notes win; fine-tuning is not needed. The cost is compared with the fine-tuned model's
//     (else the prompt's) per reply.
//  4. The fine-tuned model is right often enough and beats notes by more than MARGIN → fine-tuning
//     earns its cost here (what notes cannot give: tone and format).
//  5. Nothing is good enough and there is no fine-tuned model → fine-tuning is the next thing to try
//     when the wrong answers are about tone or format (facts belong in notes).
//  6. Nothing is good enough, fine-tuned model included → name the best and what to change.
import type { ApproachTotals } from './totals';
import type { Approach } from './types';

/** Share of marked answers that must be right for an approach to count as good enough. */
export const GOOD = 0.8;
/** A lead smaller than this (10 points) is within what a handful of questions can tell apart. */
export const MARGIN = 0.1;
export const MIN_MARKED = 5;

export interface Score {
  right: number;
  marked: number;
}

export type Verdict =
  | { code: 'mark-more'; approach: Approach; marked: number; needed: number }
  | { code: 'prompt-enough'; prompt: Score }
  | {
      code: 'notes-wins';
      notes: Score;
      versus: { approach: Exclude<Approach, 'notes'>; score: Score; costRatio: number | null };
    }
  | {
      code: 'fine-tune-wins';
      fineTuned: Score;
      versus: { approach: Exclude<Approach, 'fine-tuned'>; score: Score; costRatio: number | null };
    }
  | { code: 'fine-tune-needed'; prompt: Score; notes: Score | null }
  | { code: 'none-good'; best: Approach; score: Score };

const rate = (s: Score) => (s.marked === 0 ? 0 : s.right / s.marked);
const scoreOf = (t: ApproachTotals): Score => ({ right: t.right, marked: t.marked });

/** a's cost per reply as a share of b's; null when either is unknown, free or in another currency. */
function costRatio(a: ApproachTotals, b: ApproachTotals | undefined): number | null {
  if (!b || a.costPer1000 === null || b.costPer1000 === null || b.costPer1000 === 0) return null;
  if (a.currency !== b.currency) return null;
  return a.costPer1000 / b.costPer1000;
}

export function recommend(totals: readonly ApproachTotals[]): Verdict {
  const by = (approach: Approach) => totals.find((t) => t.approach === approach);
  const short = totals.find((t) => t.marked < Math.min(MIN_MARKED, t.answered));
  if (short)
    return {
      code: 'mark-more',
      approach: short.approach,
      marked: short.marked,
      needed: Math.min(MIN_MARKED, short.answered),
    };
  // Nothing answered at all (every call failed): there is nothing to judge yet.
  if (totals.every((t) => t.marked === 0))
    return { code: 'mark-more', approach: totals[0]?.approach ?? 'prompt', marked: 0, needed: MIN_MARKED };
  const prompt = by('prompt');
  const notes = by('notes');
  const fineTuned = by('fine-tuned');
  const best = [...totals].sort((a, b) => rate(scoreOf(b)) - rate(scoreOf(a)))[0]!;

  if (prompt && rate(scoreOf(prompt)) >= GOOD && rate(scoreOf(best)) - rate(scoreOf(prompt)) <= MARGIN)
    return { code: 'prompt-enough', prompt: scoreOf(prompt) };

  const notesRate = notes ? rate(scoreOf(notes)) : 0;
  const ftRate = fineTuned ? rate(scoreOf(fineTuned)) : 0;
  if (notes && notesRate >= GOOD && (!fineTuned || ftRate - notesRate <= MARGIN)) {
    const compared = fineTuned ?? prompt;
    if (compared)
      return {
        code: 'notes-wins',
        notes: scoreOf(notes),
        versus: {
          approach: compared.approach as Exclude<Approach, 'notes'>,
          score: scoreOf(compared),
          costRatio: costRatio(notes, compared),
        },
      };
  }
  const versus = notes ?? prompt;
  if (fineTuned && versus && ftRate >= GOOD && (!notes || ftRate - notesRate > MARGIN))
    return {
      code: 'fine-tune-wins',
      fineTuned: scoreOf(fineTuned),
      versus: {
        approach: versus.approach as Exclude<Approach, 'fine-tuned'>,
        score: scoreOf(versus),
        costRatio: costRatio(fineTuned, versus),
      },
    };
  if (!fineTuned && prompt)
    return { code: 'fine-tune-needed', prompt: scoreOf(prompt), notes: notes ? scoreOf(notes) : null };
  return { code: 'none-good', best: best.approach, score: scoreOf(best) };
}
