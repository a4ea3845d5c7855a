// The Learn page's questionnaire: plain answers in, a recommendation out. Pure and deterministic so the
// whole decision table can be tested, and language-free: the result carries reason CODES (plus the
// answer values they were derived from) and the renderer turns them into sentences in the user's
// language. The order of approaches in a plan is the order to try them in.
//
// The rules follow the seed script and OpenAI's own guidance: a good prompt comes first; facts belong
// in notes (embeddings), not in training, because fine-tuning does not cure made-up answers; fine-tuning
// fits a steady format or style, more examples than a prompt can hold, or a skill the model lacks; and
// it needs examples, money, and permission for the data to leave the machine.

/** Every question and its allowed answers, in the order the questionnaire asks them. */
export const QUESTIONS = {
  /** What should be different about the model's answers? */
  goal: ['format-style', 'knowledge', 'new-skill', 'use-tools'],
  /** Have you already tried a careful prompt? */
  promptTried: ['not-yet', 'works-but-long', 'not-good-enough'],
  /** How often do the facts the answers rely on change? */
  factsChange: ['rarely', 'monthly', 'daily'],
  /** How many good question-and-answer examples do you have? */
  examples: ['none', 'under-50', '50-to-500', 'over-500'],
  /** May your examples be sent to an online service? */
  dataMayLeave: ['yes', 'unsure', 'no'],
  /** How much may you spend on training and trial runs? */
  budget: ['nothing', 'a-little', 'enough'],
  /** How many requests a month do you expect? */
  volume: ['under-1k', '1k-to-100k', 'over-100k'],
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerOf<Q extends QuestionId> = (typeof QUESTIONS)[Q][number];
export type Answers = { [Q in QuestionId]: AnswerOf<Q> };
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

export type Approach = 'prompt' | 'notes' | 'fine-tune' | 'agent';

/** Why the recommendation says what it says; each code is one sentence in the content modules. */
export type ReasonCode =
  | 'prompt-untried' // no careful prompt yet: cheapest first step
  | 'prompt-not-enough' // a prompt was tried and fell short
  | 'prompt-too-long' // a prompt works but carries many examples: shorter prompts are a benefit
  | 'goal-format-style' // steady format or style: the classic fit
  | 'goal-new-skill' // a skill the model lacks: a fit
  | 'goal-knowledge' // facts: notes, not training
  | 'facts-change-often' // changing facts must be editable notes, training would freeze them
  | 'tuning-not-for-facts' // fine-tuning does not cure made-up answers
  | 'goal-tools' // live data, calculations, actions: a helper (agent)
  | 'no-examples' // nothing to train on yet
  | 'few-examples' // below the useful minimum: a prompt can hold them
  | 'many-examples' // more examples than a prompt can hold
  | 'data-must-stay' // hosted fine-tuning would send the data away
  | 'data-check-first' // unsure: ask before uploading
  | 'data-prompts-leave-too' // even prompts go to the provider
  | 'no-budget' // real training costs money
  | 'practice-is-free' // the practice service costs nothing and keeps data local
  | 'volume-pays-back' // high volume: the shorter prompt saves money every request
  | 'volume-low-check-cost' // low volume: training may never pay for itself
  | 'keep-test-set'; // every fine-tune needs held-back examples to check other tasks

export interface Reason {
  code: ReasonCode;
  /** Values the sentence mentions, e.g. the user's own answer or a threshold. */
  params?: Readonly<Record<string, string | number>>;
}

/** Where the "next step" button goes; route ids are the app shell's page ids. */
export type NextStep =
  | { action: 'prepare-examples'; route: 'examples' }
  | { action: 'try-prompt'; route: 'try' }
  | { action: 'try-with-notes'; route: 'try' }
  | { action: 'plan-helper'; route: 'try' };

export interface Recommendation {
  /** Approaches in the order to try them; more than one is a combination. */
  plan: Approach[];
  reasons: Reason[];
  next: NextStep;
}

/** OpenAI requires 10 examples and suggests starting with 50; below that a prompt can carry them. */
export const MIN_USEFUL_EXAMPLES = 50;

/** Is the questionnaire complete? The UI collects answers one by one. */
export function isComplete(partial: Partial<Answers>): partial is Answers {
  return QUESTION_IDS.every((q) => partial[q] !== undefined);
}

export function unansweredQuestions(partial: Partial<Answers>): QuestionId[] {
  return QUESTION_IDS.filter((q) => partial[q] === undefined);
}

export function recommend(a: Answers): Recommendation {
  switch (a.goal) {
    case 'knowledge':
      return recommendForKnowledge(a);
    case 'use-tools':
      return recommendForTools(a);
    case 'format-style':
    case 'new-skill':
      return recommendForBehaviour(a);
  }
}

function promptReasons(a: Answers): Reason[] {
  return a.promptTried === 'not-yet' ? [{ code: 'prompt-untried' }] : [];
}

/** Facts: notes the model reads at answer time, never training (it freezes facts and still makes things up). */
function recommendForKnowledge(a: Answers): Recommendation {
  const reasons: Reason[] = [{ code: 'goal-knowledge' }, ...promptReasons(a)];
  if (a.factsChange !== 'rarely')
    reasons.push({ code: 'facts-change-often', params: { answer: a.factsChange } });
  reasons.push({ code: 'tuning-not-for-facts' });
  if (a.dataMayLeave !== 'yes') reasons.push({ code: 'data-prompts-leave-too' });
  const plan: Approach[] = a.promptTried === 'not-yet' ? ['prompt', 'notes'] : ['notes'];
  return { plan, reasons, next: { action: 'try-with-notes', route: 'try' } };
}

/** Live data, calculations or actions: a helper (agent) the model can call; a prompt still comes first. */
function recommendForTools(a: Answers): Recommendation {
  const reasons: Reason[] = [{ code: 'goal-tools' }, ...promptReasons(a)];
  if (a.dataMayLeave !== 'yes') reasons.push({ code: 'data-prompts-leave-too' });
  const plan: Approach[] = a.promptTried === 'not-yet' ? ['prompt', 'agent'] : ['agent'];
  if (a.factsChange !== 'rarely') {
    plan.push('notes');
    reasons.push({ code: 'facts-change-often', params: { answer: a.factsChange } });
  }
  return { plan, reasons, next: { action: 'plan-helper', route: 'try' } };
}

/** Format, style or a new skill: fine-tuning fits, if nothing blocks it. Blockers fall back to a prompt. */
function recommendForBehaviour(a: Answers): Recommendation {
  const fit: Reason = { code: a.goal === 'new-skill' ? 'goal-new-skill' : 'goal-format-style' };
  const blockers: Reason[] = [];
  if (a.promptTried === 'not-yet') blockers.push({ code: 'prompt-untried' });
  if (a.examples === 'none') blockers.push({ code: 'no-examples' });
  if (a.examples === 'under-50')
    blockers.push({ code: 'few-examples', params: { minimum: MIN_USEFUL_EXAMPLES } });
  if (a.dataMayLeave === 'no') blockers.push({ code: 'data-must-stay' });
  if (a.budget === 'nothing') blockers.push({ code: 'no-budget' });

  if (blockers.length > 0) {
    // Practice mode lets them learn every step for free without sending anything away.
    const reasons: Reason[] = [fit, ...blockers];
    if (a.dataMayLeave === 'no' || a.budget === 'nothing') reasons.push({ code: 'practice-is-free' });
    return { plan: ['prompt'], reasons, next: { action: 'try-prompt', route: 'try' } };
  }

  const reasons: Reason[] = [fit];
  reasons.push({ code: a.promptTried === 'works-but-long' ? 'prompt-too-long' : 'prompt-not-enough' });
  if (a.examples === 'over-500') reasons.push({ code: 'many-examples' });
  if (a.volume === 'over-100k') reasons.push({ code: 'volume-pays-back', params: { answer: a.volume } });
  if (a.volume === 'under-1k') reasons.push({ code: 'volume-low-check-cost', params: { answer: a.volume } });
  if (a.dataMayLeave === 'unsure') reasons.push({ code: 'data-check-first' });
  const plan: Approach[] = ['fine-tune'];
  if (a.factsChange !== 'rarely') {
    // The style is trained; the changing facts stay editable in notes.
    plan.push('notes');
    reasons.push({ code: 'facts-change-often', params: { answer: a.factsChange } });
  }
  reasons.push({ code: 'keep-test-set' });
  return { plan, reasons, next: { action: 'prepare-examples', route: 'examples' } };
}
