// The start form: model facts with the retiring flag, a one-line explanation per setting, settings
// outside the provider's bounds refused before anything is asked of main.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { StartForm } from '../../../../renderer/features/train/start/StartForm';
import { createI18n } from '../../../../renderer/i18n';
import type { ModelsAnswer } from '../../../../shared/domain/training/plan';
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
    },
  ],
};

async function show() {
  const i18n = await createI18n('en', false);
  installFakeBridge({
    'training.sources': () => [
      { id: 'p1', name: 'Kettle', kind: 'project', trainCount: 48, validationCount: 6 },
    ],
    'training.models': () => MODELS,
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

  it('refuses a batch size or learning rate outside the provider’s bounds, and sends typed settings', async () => {
    const { onPlanned } = await show();
    await userEvent.type(screen.getByTestId('train-suffix'), 'kettle');
    await userEvent.type(screen.getByTestId('train-batch'), '300');
    expect(screen.getByText('Use a whole number from 1 to 256, or leave it empty for auto.')).toBeTruthy();
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
});
