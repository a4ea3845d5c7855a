// Evidence figures and report: per-approach totals with their basis (notes replies include the question's
// embedding), set-up costs that stay unknown when unknown, the questions box check, and the exported
// CSV/HTML (Try's quoting and escaping).
import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../../shared/domain/evidence/questions';
import { evidenceCsv, evidenceHtml, type EvidenceReportText } from '../../../shared/domain/evidence/report';
import { NO_SETUP_COST, trainingSetupCost } from '../../../shared/domain/evidence/setupCost';
import { approachTotals, median } from '../../../shared/domain/evidence/totals';
import type { EvidenceAnswer, EvidenceRun } from '../../../shared/domain/evidence/types';
import type { ReplyFigures } from '../../../shared/domain/tryout/types';
import type { ModelPrice } from '../../../shared/domain/pricing/catalog';

const figures = (cost: number | null, totalMs: number): ReplyFigures => ({
  promptTokens: 100,
  replyTokens: 20,
  firstTokenMs: 10,
  totalMs,
  cost,
  currency: 'USD',
  costBasis: null,
  noCost: cost === null ? 'no_price' : null,
  costFormula: '',
  price: null,
});
const answer = (over: Partial<EvidenceAnswer>): EvidenceAnswer => ({
  questionIndex: 0,
  approach: 'prompt',
  text: 'ok',
  figures: figures(0.001, 100),
  notes: null,
  searchCost: null,
  error: null,
  mark: null,
  ...over,
});
const setup = {
  id: 'x',
  kind: 'base' as const,
  model: 'gpt-4.1-mini',
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
};

const run: EvidenceRun = {
  id: 'ev-1',
  projectId: 'p',
  createdAt: '2026-12-05T10:00:00.000Z',
  status: 'finished',
  questions: ['=HYPERLINK("x")', 'What are <b>your</b> hours?'],
  approaches: [
    { approach: 'prompt', setup, setupCost: NO_SETUP_COST },
    {
      approach: 'notes',
      setup: { ...setup, kind: 'notes' },
      setupCost: { ...NO_SETUP_COST, kind: 'embedding', amount: 0.00002, tokens: 1000, per1M: 0.02 },
    },
  ],
  answers: [
    answer({ questionIndex: 0, mark: 'wrong', figures: figures(0.001, 300) }),
    answer({
      questionIndex: 0,
      approach: 'notes',
      mark: 'right',
      figures: figures(0.002, 500),
      notes: { hits: [], queryTokens: 10 },
      searchCost: 0.0000002,
    }),
    answer({ questionIndex: 1, mark: 'right', figures: figures(0.003, 100), text: 'We open at <9>' }),
    answer({ questionIndex: 1, approach: 'notes', error: 'timeout', text: '', figures: null }),
  ],
  done: 4,
  total: 4,
};

const text: EvidenceReportText = {
  title: 'Evidence <report>',
  recommendation: ['Notes answered 1 of 1 correctly.'],
  number: '#',
  question: 'Question',
  approach: 'Approach',
  answer: 'Answer',
  mark: 'Mark',
  marks: { right: 'right', wrong: 'wrong', none: '' },
  promptTokens: 'in',
  replyTokens: 'out',
  totalMs: 'ms',
  cost: 'cost',
  currency: 'currency',
  error: 'error',
  totals: 'Totals',
  rightOfMarked: 'Right',
  costPer1000: 'per 1,000',
  setupCost: 'Set-up',
  medianMs: 'Median',
  notKnown: 'not known',
  approachLabels: { prompt: 'Prompt', notes: 'Notes', 'fine-tuned': 'Fine-tuned' },
};

describe('evidence totals', () => {
  it('counts right of marked, cost per 1,000 replies with the search cost, and the median time', () => {
    const [prompt, notes] = approachTotals(run);
    expect(prompt).toMatchObject({ answered: 2, marked: 2, right: 1, medianMs: 200, latencies: [300, 100] });
    expect(prompt!.costPer1000).toBeCloseTo(((0.001 + 0.003) / 2) * 1000, 12);
    expect(notes).toMatchObject({ answered: 1, failures: 1, marked: 1, right: 1, medianMs: 500 });
    expect(notes!.costPer1000).toBeCloseTo(0.0020002 * 1000, 12);
    expect(notes!.costBasis).toEqual({ sum: 0.0020002, replies: 1, searchSum: 0.0000002 });
  });

  it('gives no cost when any reply had none, rather than a partial sum', () => {
    const [prompt] = approachTotals({ ...run, answers: [answer({}), answer({ figures: figures(null, 5) })] });
    expect(prompt).toMatchObject({ costPer1000: null, costBasis: null });
  });

  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('set-up cost', () => {
  const price = { trainingPer1M: 5, currency: 'USD', checkedOn: '2026-12-01' } as ModelPrice;
  it('is trained tokens × the training price when both are known, and not known otherwise', () => {
    expect(trainingSetupCost(200_000, price, false)).toMatchObject({
      known: true,
      amount: 1,
      tokens: 200_000,
      per1M: 5,
    });
    expect(trainingSetupCost(null, price, false)).toMatchObject({ known: false, amount: null });
    expect(trainingSetupCost(200_000, undefined, false)).toMatchObject({ known: false, amount: null });
  });
});

describe('questions box', () => {
  it('takes one question per line and refuses fewer than 5, more than 20, or a too long one', () => {
    expect(checkQuestions('a\n\n b \nc\nd').problem).toEqual({ code: 'too_few', count: 4, min: 5 });
    expect(checkQuestions('a\nb\nc\nd\ne')).toEqual({ questions: ['a', 'b', 'c', 'd', 'e'], problem: null });
    const many = Array.from({ length: 23 }, (_, i) => `q${i}`).join('\n');
    expect(checkQuestions(many).problem).toEqual({ code: 'too_many', count: 23, max: 20, extra: 3 });
    expect(checkQuestions(`a\nb\n${'x'.repeat(2001)}\nd\ne`).problem).toEqual({
      code: 'too_long',
      number: 3,
      max: 2000,
    });
  });
});

describe('evidence report', () => {
  it('writes one CSV row per answer with marks, defusing formula-looking text', () => {
    const csv = evidenceCsv(run, text);
    expect(csv.startsWith('\uFEFF"#","Question","Approach","Answer","Mark"')).toBe(true);
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe(`1,"'=HYPERLINK(""x"")","Prompt","ok","wrong",100,20,300,0.001,"USD",""`);
    expect(rows[2]).toBe(`1,"'=HYPERLINK(""x"")","Notes","ok","right",100,20,500,0.0020002,"USD",""`);
    expect(rows[4]).toBe('2,"What are <b>your</b> hours?","Notes","","",,,,,,"timeout"');
  });

  it('writes a standalone HTML page with the recommendation and totals, every text escaped', () => {
    const html = evidenceHtml(run, text);
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toContain('<script');
    expect(html).toContain('<title>Evidence &lt;report&gt;</title>');
    expect(html).toContain('<p>Notes answered 1 of 1 correctly.</p>');
    expect(html).toContain('<td>What are &lt;b&gt;your&lt;/b&gt; hours?</td>');
    expect(html).toContain('<tr><th>Prompt</th><td>1 / 2</td><td>2 USD</td><td>0</td><td>200</td></tr>');
    expect(html).toContain(
      '<tr><th>Notes</th><td>1 / 1</td><td>2.0002 USD</td><td>0.00002 USD</td><td>500</td></tr>',
    );
  });
});
