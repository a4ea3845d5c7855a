// The start form: drawn from the active provider's field list, each field with its one-line explanation
// and default; settings outside the provider's bounds refused on their field before anything is asked of
// main; the provider's own options carried in the request; model facts in the price entry's currency.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { StartForm } from '../../../../renderer/features/train/start/StartForm';
import { createI18n } from '../../../../renderer/i18n';
import type { BaseModelOption, ModelsAnswer } from '../../../../shared/domain/training/plan';
import { installFakeBridge } from '../shell/fakeBridge';

const MODELS: ModelsAnswer = {
  provider: 'practice',
  priceRegion: null,
  noNewJobsFrom: '2027-01-06',
  daysUntilNoNewJobs: 41,
  models: [
    {
      provider: 'practice',
      model: 'gpt-4.1-mini-2025-04-14',
      trainingPer1M: 5,
      inputPer1M: 0.8,
      outputPer1M: 3.2,
      currency: 'USD',
      maxTokensPerExample: 65_536,
      shutdownDate: '2027-01-14',
      daysUntilShutdown: 49,
      retiringSoon: true,
      retired: false,
      priceCheckedOn: '2026-12-05',
    },
  ],
};

const qwen = (patch: Partial<BaseModelOption>): BaseModelOption => ({
  provider: 'alibaba',
  model: 'qwen3-14b',
  trainingPer1M: 1.6,
  inputPer1M: 0.35,
  outputPer1M: null,
  maxTokensPerExample: 8_192,
  shutdownDate: null,
  daysUntilShutdown: null,
  retiringSoon: false,
  retired: false,
  currency: 'USD',
  priceCheckedOn: '2026-12-05',
  ...patch,
});

const ALIBABA: ModelsAnswer = {
  provider: 'alibaba',
  priceRegion: null,
  noNewJobsFrom: null,
  daysUntilNoNewJobs: null,
  models: [
    qwen({}),
    qwen({ model: 'qwen3-32b', trainingPer1M: 8, inputPer1M: 2, outputPer1M: 8, currency: 'CNY' }),
  ],
};

async function show(models: ModelsAnswer = MODELS) {
  const i18n = await createI18n('en', false);
  installFakeBridge({
    'training.sources': () => [
      { id: 'p1', name: 'Kettle', kind: 'project', trainCount: 48, validationCount: 6 },
    ],
    'training.models': () => models,
  });
  const onPlanned = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <StartForm initial={null} onPlanned={onPlanned} onCancel={() => undefined} />
    </I18nextProvider>,
  );
  await screen.findByTestId('model-facts');
  return { onPlanned };
}

const fieldGroups = () =>
  [...document.querySelectorAll('[data-testid^="run-field-"]')].map((e) =>
    e.getAttribute('data-testid')?.replace('run-field-', ''),
  );

describe('StartForm', () => {
  it('shows the price, the per-example limit and a model that retires soon', async () => {
    await show();
    const facts = screen.getByTestId('model-facts').textContent ?? '';
    expect(facts).toContain('Training $5.00 per 1M tokens');
    expect(facts).toContain('Longest example it accepts: 65,536 tokens.');
    expect(screen.getByTestId('model-shutdown').textContent).toBe(
      'Retires soon: shuts down on 2027-01-14 (49 days). A model you train on it stops working that day too.',
    );
    expect(screen.getByRole('option', { name: /retires soon/ })).toBeTruthy();
  });

  it('shows only the common fields for a provider without options', async () => {
    await show();
    expect(fieldGroups()).toEqual([
      'source',
      'baseModel',
      'suffix',
      'epochs',
      'learningRateMultiplier',
      'batchSize',
      'seed',
    ]);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByLabelText('Training method')).toBeNull();
  });

  it('marks the glossary term a plain field stands for (seed, epochs), explained on focus', async () => {
    await show();
    const term = (id: string) => screen.getByTestId(`run-field-${id}`).querySelector('[data-term]');
    expect(term('seed')?.getAttribute('data-term')).toBe('seed');
    expect(term('epochs')?.getAttribute('data-term')).toBe('epoch');
    expect(term('batchSize')).toBeNull();
  });

  it('refuses a batch size or learning rate outside the provider’s bounds, and sends typed settings', async () => {
    const { onPlanned } = await show();
    await userEvent.type(screen.getByTestId('train-suffix'), 'kettle');
    await userEvent.type(screen.getByTestId('train-batch'), '300');
    const batch = screen.getByTestId('run-field-batchSize');
    expect(
      within(batch).getByText('Use a whole number from 1 to 256, or leave it empty for auto.'),
    ).toBeTruthy();
    expect(screen.getByTestId('train-batch').getAttribute('aria-invalid')).toBe('true');
    const submit = screen.getByRole('button', { name: 'Check my data and the cost' });
    expect(submit).toHaveProperty('disabled', true);
    await userEvent.clear(screen.getByTestId('train-batch'));
    await userEvent.type(screen.getByTestId('train-batch'), '8');
    await userEvent.type(screen.getByTestId('train-lr'), '0.5');
    await userEvent.type(screen.getByTestId('train-seed'), '42');
    await userEvent.click(submit);
    expect(onPlanned).toHaveBeenCalledWith({
      sourceId: 'p1',
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'kettle',
      epochs: 'auto',
      batchSize: 8,
      learningRateMultiplier: 0.5,
      seed: 42,
    });
  });

  it('renders Alibaba’s fields with their explanations and defaults: LoRA chosen, the rate left to Alibaba', async () => {
    await show(ALIBABA);
    expect(fieldGroups()).toEqual([
      'source',
      'baseModel',
      'suffix',
      'alibabaTrainingType',
      'epochs',
      'alibabaLearningRate',
      'batchSize',
    ]);
    const method = screen.getByRole('group', { name: 'Training method' });
    expect(method.textContent).toContain(
      'LoRA is the default because only LoRA models are served per token, with nothing billed while idle.',
    );
    expect(within(method).getByRole('radio', { name: /LoRA \(efficient_sft\)/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(method).getByRole('radio', { name: /Full training \(sft\)/ })).toHaveProperty(
      'checked',
      false,
    );
    expect(method.textContent).toContain('billed by the hour');
    const rate = screen.getByLabelText('Learning rate');
    expect(rate).toHaveProperty('value', '');
    expect(rate.getAttribute('placeholder')).toBe('Auto (recommended)');
    expect(screen.getByTestId('run-field-alibabaLearningRate').textContent).toContain(
      'written as the rate itself',
    );
    // No multiplier and no seed: DashScope takes neither.
    expect(screen.queryByTestId('train-lr')).toBeNull();
    expect(screen.queryByTestId('train-seed')).toBeNull();
  });

  it('shows a Qwen model’s price in its own currency, with the limit and the date checked', async () => {
    await show(ALIBABA);
    const facts = () => screen.getByTestId('model-facts').textContent ?? '';
    expect(facts()).toContain(
      'Training $1.60 per 1M tokens. After training, each reply costs $0.35 per 1M tokens in and not published per 1M tokens out.',
    );
    expect(facts()).toContain('Longest example it accepts: 8,192 tokens.');
    expect(facts()).toContain('(Prices checked on 2026-12-05.)');
    await userEvent.selectOptions(screen.getByTestId('train-model'), 'qwen3-32b');
    expect(facts()).toContain('Training CN¥8.00 per 1M tokens');
    expect(screen.getByRole('option', { name: /qwen3-32b · training CN¥8\.00/ })).toBeTruthy();
  });

  it('refuses an Alibaba learning rate above its bound on the field, and blocks the start', async () => {
    const { onPlanned } = await show(ALIBABA);
    await userEvent.type(screen.getByLabelText('Learning rate'), '0.5');
    expect(screen.getByTestId('run-field-alibabaLearningRate').textContent).toContain(
      'Use a number above 0 and at most 0.01, or leave it empty for auto.',
    );
    expect(screen.getByLabelText('Learning rate').getAttribute('aria-invalid')).toBe('true');
    const submit = screen.getByRole('button', { name: 'Check my data and the cost' });
    expect(submit).toHaveProperty('disabled', true);
    await userEvent.click(submit);
    expect(onPlanned).not.toHaveBeenCalled();
  });

  it('carries Alibaba’s options in the run request', async () => {
    const { onPlanned } = await show(ALIBABA);
    await userEvent.type(screen.getByLabelText('Name for your model'), 'tea');
    await userEvent.click(screen.getByRole('radio', { name: /Full training \(sft\)/ }));
    await userEvent.type(screen.getByLabelText('Learning rate'), '2e-5');
    await userEvent.type(screen.getByLabelText('Epochs (passes over your examples)'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Check my data and the cost' }));
    expect(onPlanned).toHaveBeenCalledWith({
      sourceId: 'p1',
      model: 'qwen3-14b',
      suffix: 'tea',
      epochs: 4,
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
      options: { kind: 'alibaba', trainingType: 'sft', learningRate: 0.00002 },
    });
  });
});
