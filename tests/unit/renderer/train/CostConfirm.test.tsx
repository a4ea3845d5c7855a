// The cost confirmation: a blocked plan cannot start; a clean one runs the content check first and only
// then starts, and flagged lines stop it. It says what remains to look at (not "passed the checks") with a
// way back to Examples' checks, prices in the price entry's currency, and practice says it is free.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { CostConfirm } from '../../../../renderer/features/train/start/CostConfirm';
import { createI18n } from '../../../../renderer/i18n';
import type { ModerationAnswer, RunPlan } from '../../../../shared/domain/training/plan';
import { requestedExamplesTab, requestExamplesTab } from '../../../../renderer/state/examplesTab';
import { useNavigation } from '../../../../renderer/state/navigation';
import { installFakeBridge } from '../shell/fakeBridge';
import { planWith, runWith } from './fixtures';

async function show(
  plan: RunPlan,
  moderation: ModerationAnswer = { checked: 54, flagged: [], available: true },
  language: 'en' | 'zh-TW' | 'zh-CN' = 'en',
  settings = plan.settings,
) {
  const i18n = await createI18n(language, false);
  const onStarted = vi.fn();
  const bridge = installFakeBridge({
    'training.plan': () => plan,
    'training.moderate': () => moderation,
    'training.start': () => runWith(),
    'training.setBudget': (input) => input,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <CostConfirm settings={settings} onBack={() => undefined} onStarted={onStarted} />
    </I18nextProvider>,
  );
  await screen.findByTestId('train-cost');
  return { bridge, onStarted };
}

describe('CostConfirm', () => {
  it.each([
    ['zh-TW', '計算方式：5,280 個 token × 訓練輪數 3 × 每百萬 token 5 美元'],
    ['zh-CN', '计算方式：5,280 个 token × 训练轮数 3 × 每百万 token 5 美元'],
  ] as const)('words the cost formula in %s, with no English but the word token', async (language, text) => {
    await show(planWith(), undefined, language);
    const formula = screen.getByTestId('train-formula').textContent ?? '';
    expect(formula).toBe(text);
    expect(formula.replace(/token/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('words a price in yuan from the plan basis', async () => {
    const plan = planWith();
    await show(
      {
        ...plan,
        trainingCost: {
          ...plan.trainingCost,
          basis: { tokens: 1200, epochs: 2, pricePer1M: 0.03, currency: 'CNY' },
        },
      },
      undefined,
      'zh-TW',
    );
    expect(screen.getByTestId('train-formula').textContent).toBe(
      '計算方式：1,200 個 token × 訓練輪數 2 × 每百萬 token 0.03 人民幣',
    );
  });

  it('shows the cost with its formula and the reply cost against the base model', async () => {
    await show(planWith());
    expect(screen.getByTestId('train-cost').textContent).toBe('About $0.08 to train');
    expect(screen.getByTestId('train-formula').textContent).toBe(
      'How: 5,280 tokens × 3 epochs × US$5 per million tokens',
    );
    expect(screen.getByTestId('train-reply-cost').textContent).toContain(
      'costs $0.0002; the base model costs $0.0001',
    );
  });

  it('blocks the start while the data has errors, listing them with their lines', async () => {
    const { bridge } = await show(
      planWith({
        blockedBy: ['data_errors'],
        check: {
          ...planWith().check,
          trainExamples: 7,
          errors: 1,
          blocking: [
            {
              code: 'too_few_examples',
              severity: 'error',
              line: null,
              example: null,
              params: { examples: 7, minimum: 10 },
            },
          ],
        },
      }),
    );
    expect(screen.getByTestId('train-data-errors').textContent).toContain(
      'Too few examples: Only 7 examples; training needs at least 10.',
    );
    expect(screen.getByTestId('train-blocked').textContent).toBe('Fix the problems in your examples first.');
    expect(screen.getByTestId('train-start')).toHaveProperty('disabled', true);
    expect(bridge.calls.map((c) => c.route)).toEqual(['training.plan']);
  });

  it('runs the free content check before starting, and starts only when nothing is flagged', async () => {
    const { bridge, onStarted } = await show(planWith());
    await userEvent.click(screen.getByTestId('train-start'));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(bridge.calls.map((c) => c.route)).toEqual([
      'training.plan',
      'training.moderate',
      'training.start',
    ]);
  });

  it('stops on flagged lines and shows them', async () => {
    const { bridge, onStarted } = await show(planWith(), {
      checked: 54,
      available: true,
      flagged: [{ part: 'train', position: 4, line: 12, categories: ['violence'] }],
    });
    await userEvent.click(screen.getByTestId('train-start'));
    expect((await screen.findByTestId('train-flagged')).textContent).toContain(
      'Training part, line 12 (violence)',
    );
    expect(bridge.calls.map((c) => c.route)).toEqual(['training.plan', 'training.moderate']);
    expect(onStarted).not.toHaveBeenCalled();
    expect(screen.getByTestId('train-start')).toHaveProperty('disabled', true);
  });

  it('saves a budget cap and plans again', async () => {
    const { bridge } = await show(planWith());
    await userEvent.type(screen.getByTestId('train-budget'), '0.05');
    await userEvent.click(screen.getByTestId('train-budget-save'));
    await waitFor(() =>
      expect(bridge.calls.map((c) => c.route)).toEqual([
        'training.plan',
        'training.setBudget',
        'training.plan',
      ]),
    );
    expect(bridge.calls[1]?.input).toEqual({ amount: 0.05, currency: 'USD' });
  });

  it('says what remains to look at instead of "passed the checks", with a way back to the checks', async () => {
    requestExamplesTab(null);
    useNavigation.setState({ route: 'train' });
    await show(planWith({ check: { ...planWith().check, warnings: 74 } }));
    expect(screen.getByTestId('train-data-remaining').textContent).toContain(
      'No must-fix problems; 74 to look at (should fix).',
    );
    expect(screen.queryByText(/passed the checks/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Look at them in Examples → Checks' }));
    expect(useNavigation.getState().route).toBe('examples');
    expect(requestedExamplesTab()).toBe('checks');
    requestExamplesTab(null);
  });

  it('says so when nothing is left to fix', async () => {
    await show(planWith());
    expect(screen.getByTestId('train-data-remaining').textContent).toBe(
      'No must-fix or should-fix problems in your examples.',
    );
  });

  it.each([
    ['en', 'Start practice training (free)'],
    ['zh-TW', '開始練習訓練（免費）'],
    ['zh-CN', '开始练习训练（免费）'],
  ] as const)('says in %s that a practice start is free', async (language, text) => {
    await show(planWith(), undefined, language);
    expect(screen.getByTestId('train-start').textContent).toBe(text);
  });

  it('names the price of a real start, in the currency of its price', async () => {
    const plan = planWith();
    await show({
      ...plan,
      provider: 'alibaba',
      trainingCost: {
        amount: 3,
        currency: 'CNY',
        formula: '',
        basis: { tokens: 500_000, epochs: 2, pricePer1M: 3, currency: 'CNY' },
      },
    });
    expect(screen.getByTestId('train-start').textContent).toBe('Start training (about CN¥3.00)');
    expect(screen.getByTestId('train-cost').textContent).toBe('About CN¥3.00 to train');
  });

  it('sends the provider’s own options with the start', async () => {
    const plan = planWith();
    const settings = {
      ...plan.settings,
      options: { kind: 'alibaba' as const, trainingType: 'efficient_sft' as const, learningRate: 0.00002 },
    };
    const { bridge, onStarted } = await show({ ...plan, settings }, undefined, 'en', settings);
    await userEvent.click(screen.getByTestId('train-start'));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(bridge.calls.find((c) => c.route === 'training.start')?.input).toEqual(settings);
  });
});
