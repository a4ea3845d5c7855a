// The questionnaire's decision table: answer sets → expected plan, reasons and next step. Each row is a
// newcomer we expect to meet; the property tests below walk every possible answer set.
import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  QUESTION_IDS,
  isComplete,
  recommend,
  unansweredQuestions,
  type Answers,
  type Approach,
  type Reason,
} from '../../../shared/domain/learn/recommend';

const BASE: Answers = {
  goal: 'format-style',
  promptTried: 'works-but-long',
  factsChange: 'rarely',
  examples: '50-to-500',
  dataMayLeave: 'yes',
  budget: 'enough',
  volume: '1k-to-100k',
};

interface Row {
  name: string;
  answers: Partial<Answers>;
  plan: Approach[];
  reasons: Reason[];
  route: 'examples' | 'try';
  action: string;
}

const TABLE: Row[] = [
  {
    name: 'steady format, prompt works but is long, enough examples: fine-tune',
    answers: {},
    plan: ['fine-tune'],
    reasons: [{ code: 'goal-format-style' }, { code: 'prompt-too-long' }, { code: 'keep-test-set' }],
    route: 'examples',
    action: 'prepare-examples',
  },
  {
    name: 'new skill, prompt not good enough, lots of examples, high volume: fine-tune',
    answers: { goal: 'new-skill', promptTried: 'not-good-enough', examples: 'over-500', volume: 'over-100k' },
    plan: ['fine-tune'],
    reasons: [
      { code: 'goal-new-skill' },
      { code: 'prompt-not-enough' },
      { code: 'many-examples' },
      { code: 'volume-pays-back', params: { answer: 'over-100k' } },
      { code: 'keep-test-set' },
    ],
    route: 'examples',
    action: 'prepare-examples',
  },
  {
    name: 'no prompt tried and no examples: start with a prompt',
    answers: { promptTried: 'not-yet', examples: 'none' },
    plan: ['prompt'],
    reasons: [{ code: 'goal-format-style' }, { code: 'prompt-untried' }, { code: 'no-examples' }],
    route: 'try',
    action: 'try-prompt',
  },
  {
    name: 'data must stay and no budget: prompt, and practice mode to learn',
    answers: { dataMayLeave: 'no', budget: 'nothing' },
    plan: ['prompt'],
    reasons: [
      { code: 'goal-format-style' },
      { code: 'data-must-stay' },
      { code: 'no-budget' },
      { code: 'practice-is-free' },
    ],
    route: 'try',
    action: 'try-prompt',
  },
  {
    name: 'fewer than 50 examples: a prompt can hold them',
    answers: { examples: 'under-50' },
    plan: ['prompt'],
    reasons: [{ code: 'goal-format-style' }, { code: 'few-examples', params: { minimum: 50 } }],
    route: 'try',
    action: 'try-prompt',
  },
  {
    name: 'style with daily facts, low volume, unsure about data: fine-tune plus notes, with cautions',
    answers: { factsChange: 'daily', volume: 'under-1k', dataMayLeave: 'unsure' },
    plan: ['fine-tune', 'notes'],
    reasons: [
      { code: 'goal-format-style' },
      { code: 'prompt-too-long' },
      { code: 'volume-low-check-cost', params: { answer: 'under-1k' } },
      { code: 'data-check-first' },
      { code: 'facts-change-often', params: { answer: 'daily' } },
      { code: 'keep-test-set' },
    ],
    route: 'examples',
    action: 'prepare-examples',
  },
  {
    name: 'knowledge that changes daily, no prompt yet: prompt then notes',
    answers: { goal: 'knowledge', promptTried: 'not-yet', factsChange: 'daily' },
    plan: ['prompt', 'notes'],
    reasons: [
      { code: 'goal-knowledge' },
      { code: 'prompt-untried' },
      { code: 'facts-change-often', params: { answer: 'daily' } },
      { code: 'tuning-not-for-facts' },
    ],
    route: 'try',
    action: 'try-with-notes',
  },
  {
    name: 'knowledge, prompt tried, data must stay: notes, and prompts leave the machine too',
    answers: { goal: 'knowledge', dataMayLeave: 'no' },
    plan: ['notes'],
    reasons: [
      { code: 'goal-knowledge' },
      { code: 'tuning-not-for-facts' },
      { code: 'data-prompts-leave-too' },
    ],
    route: 'try',
    action: 'try-with-notes',
  },
  {
    name: 'needs tools, no prompt yet: prompt then helper',
    answers: { goal: 'use-tools', promptTried: 'not-yet' },
    plan: ['prompt', 'agent'],
    reasons: [{ code: 'goal-tools' }, { code: 'prompt-untried' }],
    route: 'try',
    action: 'plan-helper',
  },
  {
    name: 'needs tools and monthly facts: helper plus notes',
    answers: { goal: 'use-tools', promptTried: 'not-good-enough', factsChange: 'monthly' },
    plan: ['agent', 'notes'],
    reasons: [{ code: 'goal-tools' }, { code: 'facts-change-often', params: { answer: 'monthly' } }],
    route: 'try',
    action: 'plan-helper',
  },
];

describe('recommend: decision table', () => {
  it.each(TABLE)('$name', (row) => {
    const result = recommend({ ...BASE, ...row.answers });
    expect(result.plan).toEqual(row.plan);
    expect(result.reasons).toEqual(row.reasons);
    expect(result.next.route).toBe(row.route);
    expect(result.next.action).toBe(row.action);
  });
});

/** Every combination of answers: 4 × 3 × 3 × 4 × 3 × 3 × 3 = 3,888 newcomers. */
function allAnswerSets(): Answers[] {
  let sets: Partial<Answers>[] = [{}];
  for (const q of QUESTION_IDS) {
    sets = sets.flatMap((s) => QUESTIONS[q].map((option) => ({ ...s, [q]: option })));
  }
  return sets as Answers[];
}

describe('recommend: properties over every answer set', () => {
  const sets = allAnswerSets();

  it('walks all 3,888 combinations', () => {
    expect(sets).toHaveLength(3888);
  });

  it('always gives a non-empty plan without repeats, with reasons', () => {
    for (const answers of sets) {
      const { plan, reasons } = recommend(answers);
      expect(plan.length).toBeGreaterThan(0);
      expect(new Set(plan).size).toBe(plan.length);
      expect(reasons.length).toBeGreaterThan(0);
    }
  });

  it('sends to the examples page exactly when fine-tuning comes first', () => {
    for (const answers of sets) {
      const { plan, next } = recommend(answers);
      expect(next.route === 'examples').toBe(plan[0] === 'fine-tune');
    }
  });

  it('never recommends fine-tuning when data must stay, there is no budget, no prompt was tried or examples are few', () => {
    for (const answers of sets) {
      const blocked =
        answers.dataMayLeave === 'no' ||
        answers.budget === 'nothing' ||
        answers.promptTried === 'not-yet' ||
        answers.examples === 'none' ||
        answers.examples === 'under-50' ||
        answers.goal === 'knowledge' ||
        answers.goal === 'use-tools';
      expect(recommend(answers).plan.includes('fine-tune')).toBe(!blocked);
    }
  });

  it('always reminds to keep a test set when fine-tuning is recommended', () => {
    for (const answers of sets) {
      const { plan, reasons } = recommend(answers);
      if (plan.includes('fine-tune')) expect(reasons.map((r) => r.code)).toContain('keep-test-set');
    }
  });
});

describe('completeness', () => {
  it('reports unanswered questions in asking order', () => {
    expect(unansweredQuestions({ goal: 'knowledge', budget: 'enough' })).toEqual([
      'promptTried',
      'factsChange',
      'examples',
      'dataMayLeave',
      'volume',
    ]);
    expect(isComplete({ goal: 'knowledge' })).toBe(false);
    expect(isComplete(BASE)).toBe(true);
  });
});
