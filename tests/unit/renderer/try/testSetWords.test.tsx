// The test-set tab in plain words (issue 17, point 8): before running it says how many questions it asks
// and what that costs (main's estimate, with its basis), and the report opens with one sentence per
// set-up, from the same totals as the table, naming each model as the user named its run.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { TestSetPanel } from '../../../../renderer/features/try/TestSetPanel';
import { useTry } from '../../../../renderer/features/try/store';
import { createI18n } from '../../../../renderer/i18n';
import { findPrice } from '../../../../shared/domain/pricing/catalog';
import { allTotals, replyFigures, type CaseResult, type Setup } from '../../../../shared/domain/tryout';
import { setupEstimate, testSetEstimate } from '../../../../shared/domain/tryout/estimate';
import type { TestRunView } from '../../../../shared/ipc/schemas/tryout';
import { installFakeBridge } from '../shell/fakeBridge';

const BASE = 'gpt-4.1-mini-2025-04-14';
const FT = `ft:${BASE}:personal:kettle:Tk7Q2x9a`;
const setup = (id: string, kind: Setup['kind'], model: string): Setup => ({
  id,
  kind,
  model,
  systemPrompt: 'Be brief.',
  fewShotCount: kind === 'few-shot' ? 3 : 0,
  temperature: 1,
  maxTokens: null,
});
const setups = [setup('a', 'fine-tuned', FT), setup('b', 'base', BASE)];
const price = findPrice('practice', BASE)!;
const estimate = testSetEstimate(
  3,
  setups.map((s) =>
    setupEstimate({
      setup: s,
      price,
      perQuestion: [100, 120, 140].map((p) => ({ promptTokens: p, expectedTokens: 40 })),
    }),
  ),
);

/** Three questions; A matches two exactly, B none and one of B's calls failed. Each reply 1.2 s. */
function finishedRun(): TestRunView {
  const cases = [0, 1, 2].map((index) => ({
    index,
    exampleId: `e${index}`,
    system: null,
    question: `q${index}`,
    expected: `answer ${index}`,
  }));
  const reply = (setupId: string, caseIndex: number, exact: boolean): CaseResult => ({
    caseIndex,
    setupId,
    text: exact ? `answer ${caseIndex}` : 'something else',
    figures: replyFigures(
      { promptTokens: 100, replyTokens: 40 },
      { startedAt: 0, firstTextAt: 100, finishedAt: 1200 },
      { ...price, overridden: false },
    ),
    error: null,
    scores: { exact, validJson: null, similarity: exact ? 1 : 0.2 },
    judge: null,
  });
  const results: CaseResult[] = [
    reply('a', 0, true),
    reply('a', 1, true),
    reply('a', 2, false),
    reply('b', 0, false),
    reply('b', 1, false),
    { caseIndex: 2, setupId: 'b', text: '', figures: null, error: 'rate_limited', scores: null, judge: null },
  ];
  return {
    id: 't-1',
    projectId: 'p-1',
    status: 'finished',
    createdAt: '2026-12-05T12:00:00.000Z',
    setups,
    cases,
    results,
    totals: allTotals(setups, results),
    done: 6,
    total: 6,
    judgeModel: null,
    answersAreJson: false,
  };
}

beforeEach(() =>
  useTry.setState({
    setups,
    testRunId: null,
    overview: { provider: 'practice', projects: [], models: [] },
    trainingRuns: [
      {
        id: 'run-1',
        request: { suffix: 'teashop-v1', baseModel: BASE },
        job: { fineTunedModel: FT },
        checkpoints: [],
      },
    ],
  }),
);

async function renderPanel() {
  const i18n = await createI18n('en', false);
  const run = finishedRun();
  const bridge = installFakeBridge({
    'tryout.testEstimate': () => estimate,
    'tryout.testStart': () => run,
    'tryout.testReport': () => run,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <TestSetPanel projectId="p-1" />
    </I18nextProvider>,
  );
  return { bridge, run };
}

describe('test set in plain words', () => {
  it('says before running how many questions it asks and what it costs, with the basis', async () => {
    const { bridge } = await renderPanel();
    const summary = await screen.findByTestId('test-estimate-summary');
    // (100+120+140) × $0.8/1M + 120 × $3.2/1M = $0.000672 per set-up; two set-ups: $0.001344.
    expect(summary.textContent).toBe(
      'Before you run: 3 test questions × 2 set-ups = 6 replies, about $0.0013 in all.',
    );
    expect(Number(summary.getAttribute('data-total'))).toBeCloseTo(0.001344, 12);
    expect(bridge.calls.find((c) => c.route === 'tryout.testEstimate')?.input).toEqual({
      projectId: 'p-1',
      setups,
    });
    await userEvent.click(screen.getByText('How this was estimated'));
    const lines = within(screen.getByTestId('test-estimate')).getAllByRole('listitem');
    expect(lines[0]!.textContent).toBe(
      `A · teashop-v1: 360 prompt tokens × $0.80 + about 120 reply tokens × $3.20 per million tokens = $0.0007 (price of ${BASE}, checked ${price.checkedOn}).`,
    );
    expect(lines[1]!.textContent).toMatch(/^B · gpt-4\.1-mini: /);
    expect(screen.getByText(/Replies are assumed to be as long as the expected answers/)).toBeTruthy();
  });

  it('opens the report with one sentence per set-up before the table', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Run the test set' }));
    const summary = await screen.findByTestId('report-summary');
    const sentences = within(summary).getAllByRole('paragraph');
    // Each reply (100 × 0.8 + 40 × 3.2) / 1M = $0.000208: A three of them, B two and one failure.
    expect(sentences.map((p) => p.textContent)).toEqual([
      'teashop-v1 (Fine-tuned model, short prompt) matched 2 of 3 expected answers exactly, cost $0.0006, 1.2 s per reply.',
      'gpt-4.1-mini (Base model, short prompt) matched 0 of 2 expected answers exactly, cost $0.0004, 1.2 s per reply. Calls that failed and are left out: 1.',
    ]);
    // The sentences come before the table.
    const table = screen.getByTestId('totals');
    expect(summary.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: /^A · .* · teashop-v1$/ })).toBeTruthy();
  });
});
