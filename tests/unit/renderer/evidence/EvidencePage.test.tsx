// The evidence page (issue 16 §5): the questions box refuses fewer than 5 on the field itself; marks are
// given from the keyboard and sent to main; totals and the recommendation follow the marks, in words,
// with cost per 1,000 replies and set-up cost shown with their basis.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { EvidencePage } from '../../../../renderer/features/evidence';
import { createI18n } from '../../../../renderer/i18n';
import { NO_SETUP_COST } from '../../../../shared/domain/evidence/setupCost';
import type { Approach, EvidenceAnswer, EvidenceRun, Mark } from '../../../../shared/domain/evidence/types';
import type { ReplyFigures } from '../../../../shared/domain/tryout/types';
import type { EvidenceView } from '../../../../shared/ipc/schemas/evidence';
import { installFakeBridge } from '../shell/fakeBridge';

const QUESTIONS = [
  'How much is the standard bean?',
  'When do you open?',
  'Do you ship?',
  'Returns?',
  'Gift wrap?',
];
const figures = (cost: number, totalMs: number): ReplyFigures => ({
  promptTokens: 100,
  replyTokens: 20,
  firstTokenMs: 10,
  totalMs,
  cost,
  currency: 'USD',
  costBasis: null,
  noCost: null,
  costFormula: '',
  price: null,
});
const setup = (kind: 'base' | 'notes' | 'fine-tuned', model: string) => ({
  id: kind,
  kind,
  model,
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
});
const COST: Record<Approach, number> = { prompt: 0.001, notes: 0.001, 'fine-tuned': 0.003 };

/** Five questions answered by all three; every answer marked except the notes answer to question 5. */
function finishedRun(): EvidenceRun {
  const marks: Record<Approach, (Mark | null)[]> = {
    prompt: ['wrong', 'wrong', 'right', 'wrong', 'wrong'],
    notes: ['right', 'right', 'right', 'right', null],
    'fine-tuned': ['right', 'right', 'wrong', 'right', 'right'],
  };
  const answers: EvidenceAnswer[] = QUESTIONS.flatMap((_, q) =>
    (['prompt', 'notes', 'fine-tuned'] as const).map((approach) => ({
      questionIndex: q,
      approach,
      text: `${approach} answer ${q + 1}`,
      figures: figures(COST[approach], 1000 + q * 100),
      notes: approach === 'notes' ? { hits: [], queryTokens: 0 } : null,
      searchCost: approach === 'notes' ? 0 : null,
      error: null,
      mark: marks[approach][q]!,
    })),
  );
  return {
    id: 'ev-1',
    projectId: 'p1',
    createdAt: '2026-12-05T10:00:00.000Z',
    status: 'finished',
    questions: QUESTIONS,
    approaches: [
      { approach: 'prompt', setup: setup('base', 'gpt-4.1-mini'), setupCost: NO_SETUP_COST },
      {
        approach: 'notes',
        setup: setup('notes', 'gpt-4.1-mini'),
        setupCost: {
          kind: 'embedding',
          known: true,
          amount: 0.00002,
          currency: 'USD',
          tokens: 1000,
          per1M: 0.02,
          checkedOn: '2026-12-05',
          free: true,
        },
      },
      {
        approach: 'fine-tuned',
        setup: setup('fine-tuned', 'ft:gpt-4.1-mini:kettle'),
        setupCost: { ...NO_SETUP_COST, kind: 'training', known: false, amount: null },
      },
    ],
    answers,
    done: 15,
    total: 15,
  };
}

async function show(
  language: 'en' | 'zh-TW',
  run: EvidenceRun | null,
  extra: Record<string, (input: unknown) => unknown> = {},
) {
  const i18n = await createI18n(language, false);
  let current = run;
  const view = (): EvidenceView => ({
    run: current,
    examples: ['Can I pay by card?'],
    collections: [{ id: 'notes-1', name: 'Shop facts', passages: 4, embedded: 4 }],
    fineTunedModel: 'ft:gpt-4.1-mini:kettle',
  });
  const bridge = installFakeBridge({
    'tryout.overview': () => ({
      provider: 'practice',
      projects: [{ id: 'p1', name: 'Kettle', trainCount: 5, testCount: 1 }],
      models: [],
    }),
    'evidence.open': view,
    'evidence.mark': (input) => {
      const { questionIndex, approach, mark } = input as {
        questionIndex: number;
        approach: Approach;
        mark: Mark | null;
      };
      current = {
        ...current!,
        answers: current!.answers.map((a) =>
          a.questionIndex === questionIndex && a.approach === approach ? { ...a, mark } : a,
        ),
      };
      return current;
    },
    'evidence.start': () => ({ ...finishedRun(), status: 'running', answers: [], done: 0 }),
    ...extra,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <EvidencePage />
    </I18nextProvider>,
  );
  return bridge;
}

describe('EvidencePage', () => {
  it('says on the field that 4 questions are too few, and starts with 5 and the chosen notes', async () => {
    const bridge = await show('zh-TW', null);
    const user = userEvent.setup();
    const box = await screen.findByLabelText('你的問題，一行一個');
    await user.type(box, 'a{Enter}b{Enter}c{Enter}d');
    await user.click(screen.getByRole('button', { name: '回答我的問題' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '請至少寫 5 個問題，一行一個：現在只有 4 個。',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.calls.some((c) => c.route === 'evidence.start')).toBe(false);

    // A question picked from the project's examples is the fifth line.
    await user.click(screen.getByText('或從你的範例中挑選問題'));
    await user.click(screen.getByRole('button', { name: '加入：Can I pay by card?' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: '回答我的問題' }));
    expect(bridge.calls.find((c) => c.route === 'evidence.start')?.input).toEqual({
      projectId: 'p1',
      questions: ['a', 'b', 'c', 'd', 'Can I pay by card?'],
      collectionId: 'notes-1',
    });
  });

  it('takes marks from the keyboard and turns them into totals and a recommendation', async () => {
    const bridge = await show('en', finishedRun());
    const user = userEvent.setup();
    const verdict = await screen.findByTestId('evidence-verdict');
    expect(verdict.textContent).toContain(
      'Mark at least 5 answers of each approach to get a recommendation: Base model + notes has 4 marked.',
    );
    const totals = screen.getByTestId('evidence-totals');
    expect(within(totals).getByTestId('right-notes').textContent).toBe('4 of 4');
    // Cost per 1,000 replies with its basis; the set-up cost with its; a training cost that is not known says so.
    const notesRow = totals.querySelector('[data-approach="notes"]')!;
    expect(notesRow.textContent).toContain('$1.00');
    expect(notesRow.textContent).toContain(
      '$0.005 for 5 replies, ÷ 5 × 1,000, from measured tokens × the price table',
    );
    expect(notesRow.textContent).toContain('$0.00002: 1,000 tokens of notes embedded × $0.02 per million');
    expect(notesRow.textContent).toContain('1.2 s');
    expect(totals.querySelector('[data-approach="fine-tuned"]')!.textContent).toContain(
      'not known: the training job of this model is not in this app',
    );

    const group = screen.getByRole('group', {
      name: 'Base model + notes, question 5: is this answer right?',
    });
    const right = within(group).getByRole('button', { name: 'Right' });
    expect(right.getAttribute('aria-pressed')).toBe('false');
    right.focus();
    await user.keyboard('{Enter}');
    expect(bridge.calls.find((c) => c.route === 'evidence.mark')?.input).toEqual({
      projectId: 'p1',
      questionIndex: 4,
      approach: 'notes',
      mark: 'right',
    });
    expect(await screen.findByText('5 of 5')).toBeTruthy();
    expect(right.getAttribute('aria-pressed')).toBe('true');
    expect(verdict.textContent).toContain(
      'Notes answered 5 of 5 correctly; the fine-tuned model answered 4 of 5. Fine-tuning is not needed for this.',
    );
    expect(verdict.textContent).toContain('Per reply, notes cost 33% of what the fine-tuned model costs.');

    // Pressing the chosen mark again clears it, and the page asks for marks again.
    await user.keyboard('{Enter}');
    expect(await within(verdict).findByText(/Mark at least 5 answers/)).toBeTruthy();
  });

  it('words the recommendation in Traditional Chinese', async () => {
    const run = finishedRun();
    run.answers = run.answers.map((a) => (a.approach === 'notes' ? { ...a, mark: 'right' } : a));
    await show('zh-TW', run);
    const verdict = await screen.findByTestId('evidence-verdict');
    expect(verdict.textContent).toContain(
      '筆記答對了 5 題中的 5 題；微調模型答對 5 題中的 4 題。這件事不需要微調。',
    );
    expect(verdict.textContent).toContain('每則回覆，筆記的費用是微調模型的 33%。');
  });

  it('shows progress while answering, follows progress events and cancels', async () => {
    const full = finishedRun();
    const partial = (done: number): EvidenceRun => ({
      ...full,
      status: 'running',
      answers: full.answers.slice(0, done).map((a) => ({ ...a, mark: null })),
      done,
    });
    let saved = partial(3);
    const bridge = await show('en', partial(3), {
      'evidence.run': () => saved,
      'evidence.cancel': () => (saved = { ...saved, status: 'cancelled' }),
    });
    const progress = await screen.findByTestId('evidence-progress');
    expect(progress.textContent).toContain('3 of 15 answers · Answering');
    // While answering, the questions box is not offered (a new run would replace this one).
    expect(screen.queryByLabelText('Your questions, one per line')).toBeNull();

    saved = partial(4);
    bridge.emit('evidence.progressed', {
      projectId: 'p1',
      runId: 'ev-1',
      done: 4,
      total: 15,
      status: 'running',
    });
    await within(progress).findByText(/4 of 15 answers/);
    expect(
      screen.getByTestId('evidence-question-2').querySelector('[data-approach="prompt"]')!.textContent,
    ).toContain('prompt answer 2');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    await within(progress).findByText(/Cancelled/);
    expect(bridge.calls.filter((c) => c.route === 'evidence.cancel')).toEqual([
      { route: 'evidence.cancel', input: { projectId: 'p1' } },
    ]);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
