// What a "base model + notes" set-up adds to each prompt, counted before a test run so its estimate
// includes the notes: the instruction plus k passages of the collection's average length, exactly as
// notesSystemPrompt words them. Which passages a question will get is only known after its (paid)
// embedding, so the average is the honest basis; the measured reply uses the real prompt.
import { notesSystemPrompt } from '../../../../shared/domain/notes/prompt';
import type { NotesHit, Passage } from '../../../../shared/domain/notes/types';
import { countTextTokens, type TokenEncoding } from '../../../../shared/domain/tokens';
import type { NotesAllowance } from '../../../../shared/domain/tryout/estimate';

/** Passages counted for the average: an even sample keeps a 100,000-passage collection quick to estimate. */
const SAMPLE = 2_000;

/** Same shape as the test-set estimate's notes line (shared/domain/tryout/estimate.ts). */
export type PromptAllowance = NotesAllowance;

export function promptAllowance(
  passages: readonly Passage[],
  sourceName: (sourceId: string) => string,
  k: number,
  encoding: TokenEncoding,
): PromptAllowance {
  if (passages.length === 0) return { passages: 0, meanPassageTokens: 0, tokensPerQuestion: 0 };
  const stride = Math.max(1, Math.floor(passages.length / SAMPLE));
  const asHit = (p: Passage): NotesHit => ({
    passageId: p.id,
    sourceName: sourceName(p.sourceId),
    kind: 'text',
    text: p.text,
    page: p.position.page,
    headings: p.position.headings,
    score: 1,
  });
  let total = 0;
  let counted = 0;
  let instruction = 0;
  for (let i = 0; i < passages.length; i += stride) {
    const hit = asHit(passages[i] as Passage);
    // The same passage alone and twice: the difference is one passage, the rest is the instruction.
    const once = countTextTokens(notesSystemPrompt('', [hit]), encoding);
    const twice = countTextTokens(notesSystemPrompt('', [hit, hit]), encoding);
    total += twice - once;
    if (counted === 0) instruction = once - (twice - once);
    counted += 1;
  }
  const mean = total / counted;
  const used = Math.min(k, passages.length);
  return {
    passages: used,
    meanPassageTokens: Math.round(mean),
    tokensPerQuestion: Math.round(instruction + used * mean),
  };
}
