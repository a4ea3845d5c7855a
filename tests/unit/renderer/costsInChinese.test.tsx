// Cost formulas on Chinese screens are worded from their numbers, not English text (issue 17 point 7), and a
// reply from Alibaba's Beijing region is priced and shown in yuan with the price's date and region (issue 12).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { RecordPanel } from '../../../renderer/features/rescue/RecordPanel';
import { FiguresLine } from '../../../renderer/features/try/FiguresLine';
import { createI18n } from '../../../renderer/i18n';
import { alibabaPrice } from '../../../shared/domain/pricing/alibaba';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import type { AtRiskModel, RecordingPlan, RescueState } from '../../../shared/domain/rescue/types';
import { replyFigures } from '../../../shared/domain/tryout';
import { installFakeBridge } from './shell/fakeBridge';

type Chinese = 'zh-TW' | 'zh-CN';

async function inLanguage(language: Chinese | 'en', ui: React.ReactElement) {
  const i18n = await createI18n(language, false);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** What a Chinese screen may show in Latin letters: the app's name, the word token, Intl's currency marks. */
const ALLOWED = new Set(['Tunesmith', 'token', 'Token', 'US', 'CN']);

/** Latin words left once the names we passed in (model ids, dates) are removed. */
function englishIn(text: string, names: readonly string[]): string[] {
  const plain = names.reduce((s, n) => s.split(n).join(' '), text);
  return (plain.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

const beijing = { ...alibabaPrice('qwen3-32b', 'beijing')!, overridden: false };

describe('a Try reply from Alibaba’s Beijing region', () => {
  it('is priced in CNY from the Beijing entry', () => {
    const figures = replyFigures(
      { promptTokens: 1500, replyTokens: 400 },
      { startedAt: 0, firstTextAt: 20, finishedAt: 90 },
      { ...beijing, priceRegion: { region: 'beijing', basis: 'found' } },
    );
    // ¥2 in, ¥8 out per million (the shipped Beijing price of qwen3-32b).
    expect(figures).toMatchObject({
      cost: (1500 * 2 + 400 * 8) / 1e6,
      currency: 'CNY',
      noCost: null,
      costBasis: { promptTokens: 1500, replyTokens: 400, inputPer1M: 2, outputPer1M: 8, currency: 'CNY' },
      price: { checkedOn: '2026-12-05', region: { region: 'beijing', basis: 'found' } },
    });
  });

  it.each([
    [
      'zh-CN',
      '¥0.0062',
      '费用：输入 1,500 个 token × 每百万 token ¥2.00 + 输出 400 个 token × 每百万 token ¥8.00',
    ],
    [
      'zh-TW',
      'CN¥0.0062',
      '費用：輸入 1,500 個 token × 每百萬 token CN¥2.00 + 輸出 400 個 token × 每百萬 token CN¥8.00',
    ],
  ] as const)('shows the cost in yuan and its formula in %s words', async (language, shown, formula) => {
    const figures = replyFigures(
      { promptTokens: 1500, replyTokens: 400 },
      { startedAt: 0, firstTextAt: 20, finishedAt: 90 },
      { ...beijing, priceRegion: { region: 'beijing', basis: 'found' } },
    );
    await inLanguage(language, <FiguresLine figures={figures} />);
    const cost = document.querySelector('[data-figure="cost"]');
    expect(cost?.getAttribute('data-currency')).toBe('CNY');
    expect(cost?.textContent).toBe(shown);
    await userEvent.click(document.querySelector('summary')!);
    const basis = screen.getByTestId('cost-basis').textContent ?? '';
    expect(basis.startsWith(formula)).toBe(true);
    expect(screen.getByTestId('price-region').textContent).toContain('2026-12-05');
    const details = document.querySelector('details')?.textContent ?? '';
    expect(englishIn(details, ['qwen3-32b', '2026-12-05'])).toEqual([]);
  });

  it('says "not published" for a Beijing price that is not published, never 0', async () => {
    const unpublished = { ...alibabaPrice('qwen3-14b', 'beijing')!, overridden: false };
    const figures = replyFigures(
      { promptTokens: 10, replyTokens: 5 },
      { startedAt: 0, firstTextAt: 1, finishedAt: 2 },
      unpublished,
    );
    expect(figures).toMatchObject({ cost: null, noCost: 'not_published', currency: 'CNY' });
    await inLanguage('zh-CN', <FiguresLine figures={figures} />);
    expect(document.querySelector('[data-figure="cost"]')?.textContent).toBe('未公布');
  });
});

const MODEL = {
  id: 'ft:gpt-4o-mini-2024-07-18:personal:kettle:AbC123',
  daysUntilShutdown: 40,
} as unknown as AtRiskModel;
const RESCUE = {
  recordingOptions: null,
  progress: { status: 'idle', done: 0, total: 0, requests: 0, concurrency: 0 },
} as unknown as RescueState;

function recordingPlan(): RecordingPlan {
  const price = findPrice('openai', 'gpt-4o-mini-2024-07-18')!;
  return {
    counts: { 'held-out': 3, training: 4, stored: 0, pasted: 0 },
    available: 7,
    toRecord: 7,
    alreadyRecorded: 0,
    requestsPerPrompt: 1,
    estimatedUsd: (1234 * 0.3 + 2500 * 1.2) / 1e6,
    costFormula: '1,234 in × $0.3/1M + ~2,500 out × $1.2/1M (gpt-4o-mini-2024-07-18, checked 2026-11-26)',
    costBasis: {
      inputTokens: 1234,
      outputTokens: 2500,
      price: {
        model: price.model,
        inputPer1M: 0.3,
        outputPer1M: 1.2,
        currency: 'USD',
        checkedOn: price.checkedOn,
      },
    },
  } as RecordingPlan;
}

describe('the rescue recording cost', () => {
  it.each([
    ['zh-TW', '輸入 1,234 個 token × 每百萬 token US$0.30 + 約輸出 2,500 個 token × 每百萬 token US$1.20'],
    ['zh-CN', '输入 1,234 个 token × 每百万 token US$0.30 + 约输出 2,500 个 token × 每百万 token US$1.20'],
  ] as const)('words its formula in %s, with no English but names', async (language, formula) => {
    installFakeBridge({ 'rescue.planRecording': () => recordingPlan() });
    await inLanguage(language, <RecordPanel model={MODEL} rescue={RESCUE} />);
    const planButton = document.querySelector('.actions button') as HTMLButtonElement;
    await userEvent.click(planButton);
    await waitFor(() => expect(screen.getByTestId('record-basis')).toBeTruthy());
    const basis = screen.getByTestId('record-basis').textContent ?? '';
    expect(basis).toContain(formula);
    expect(basis).not.toContain('/1M');
    const plan = screen.getByTestId('record-plan').textContent ?? '';
    expect(englishIn(plan, ['gpt-4o-mini-2024-07-18', '2026-11-26'])).toEqual([]);
  });
});
