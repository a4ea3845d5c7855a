// The test set with a "base model + notes" set-up (issue 16 point 4): before the run, the estimate's
// basis says how many passages each question carries and what they add; after it, each notes reply
// lists the passages it was given with their source.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { TestSetPanel } from '../../../../renderer/features/try/TestSetPanel';
import { useTry } from '../../../../renderer/features/try/store';
import { createI18n } from '../../../../renderer/i18n';
import { findPrice } from '../../../../shared/domain/pricing/catalog';
import type { NotesUsed } from '../../../../shared/domain/notes/types';
import { allTotals, replyFigures, type CaseResult, type Setup } from '../../../../shared/domain/tryout';
import { setupEstimate, testSetEstimate } from '../../../../shared/domain/tryout/estimate';
import type { TestRunView } from '../../../../shared/ipc/schemas/tryout';
import { installFakeBridge } from '../shell/fakeBridge';

const BASE = 'gpt-4.1-mini-2025-04-14';
const setup = (id: string, kind: Setup['kind']): Setup => ({
  id,
  kind,
  model: BASE,
  systemPrompt: 'Be brief.',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
  ...(kind === 'notes' ? { notesCollectionId: 'notes-1' } : {}),
});
const setups = [setup('a', 'base'), setup('b', 'notes')];
const price = findPrice('practice', BASE)!;
const allowance = { passages: 4, meanPassageTokens: 31, tokensPerQuestion: 160 };
const estimate = testSetEstimate(2, [
  setupEstimate({ setup: setups[0]!, price, perQuestion: [{ promptTokens: 100, expectedTokens: 40 }] }),
  setupEstimate({
    setup: setups[1]!,
    price,
    perQuestion: [{ promptTokens: 260, expectedTokens: 40 }],
    notes: allowance,
  }),
]);
const notes: NotesUsed = {
  queryTokens: 12,
  hits: [
    {
      passageId: 's1:0',
      sourceName: 'price-list.docx',
      kind: 'docx',
      text: '標準咖啡豆 | NT$380',
      page: null,
      headings: ['價目表'],
      score: 0.9,
    },
    {
      passageId: 's2:1',
      sourceName: 'faq.pdf',
      kind: 'pdf',
      text: '退貨請在七天內聯絡我們。',
      page: 2,
      headings: [],
      score: 0.7,
    },
  ],
};

function finishedRun(): TestRunView {
  const cases = [{ index: 0, exampleId: 'e0', system: null, question: '咖啡豆多少錢？', expected: 'NT$380' }];
  const reply = (setupId: string, promptTokens: number, extra: Partial<CaseResult> = {}): CaseResult => ({
    caseIndex: 0,
    setupId,
    text: `reply ${setupId}`,
    figures: replyFigures(
      { promptTokens, replyTokens: 40 },
      { startedAt: 0, firstTextAt: 100, finishedAt: 1200 },
      { ...price, overridden: false },
    ),
    error: null,
    scores: { exact: false, validJson: null, similarity: 0.5 },
    judge: null,
    ...extra,
  });
  const results = [reply('a', 100), reply('b', 262, { notes })];
  return {
    id: 't-1',
    projectId: 'p-1',
    status: 'finished',
    createdAt: '2026-12-05T12:00:00.000Z',
    setups,
    cases,
    results,
    totals: allTotals(setups, results),
    done: 2,
    total: 2,
    judgeModel: null,
    answersAreJson: false,
  };
}

beforeEach(() =>
  useTry.setState({
    setups,
    testRunId: null,
    overview: { provider: 'practice', projects: [], models: [] },
    trainingRuns: [],
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
  return bridge;
}

describe('the test set with notes', () => {
  it("says in the estimate's basis what the notes add to each question", async () => {
    await renderPanel();
    await screen.findByTestId('test-estimate-summary');
    await userEvent.click(screen.getByText('How this was estimated'));
    const lines = within(screen.getByTestId('test-estimate')).getAllByTestId('estimate-notes');
    expect(lines.map((l) => l.textContent)).toEqual([
      'B · gpt-4.1-mini also sends up to 4 passages from your notes with each question: about 160 tokens each time (31 tokens per passage on average), already counted above.',
    ]);
  });

  it('lists under each notes reply the passages it was given, with their sources', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Run the test set' }));
    const kase = await screen.findByTestId('case');
    const plain = kase.querySelector('[data-setup="a"]') as HTMLElement;
    const noted = kase.querySelector('[data-setup="b"]') as HTMLElement;
    expect(within(plain).queryByTestId('notes-used')).toBeNull();
    const used = within(noted).getByTestId('notes-used');
    expect(within(used).getByText('Notes used (2)')).toBeTruthy();
    expect(within(used).getByText('price-list.docx · 價目表')).toBeTruthy();
    expect(within(used).getByText('faq.pdf, page 2')).toBeTruthy();
    expect(within(used).getByText('退貨請在七天內聯絡我們。')).toBeTruthy();
  });
});
