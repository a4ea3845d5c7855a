// The Start form asks main for the chosen base's own bounds (training.limits, Together's models/limits)
// whenever the base changes, and checks each field against them: a Together base allowing 3 epochs refuses
// 4 on the field (the message states the provider's bound) and blocks the check; another base without
// tighter bounds takes it. When the bounds cannot be read, the static bounds stay and nothing alarms.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { StartForm } from '../../../../renderer/features/train/start/StartForm';
import { createI18n } from '../../../../renderer/i18n';
import type { BaseModelOption, ModelsAnswer } from '../../../../shared/domain/training/plan';
import { installFakeBridge } from '../shell/fakeBridge';

const base = (model: string): BaseModelOption => ({
  provider: 'together',
  model,
  trainingPer1M: 0.48,
  inputPer1M: null,
  outputPer1M: null,
  maxTokensPerExample: 16_384,
  shutdownDate: null,
  daysUntilShutdown: null,
  retiringSoon: false,
  retired: false,
  currency: 'USD',
  priceCheckedOn: '2026-12-05',
});

const SMALL = 'Qwen/Qwen3-8B';
const BIG = 'meta-llama/Llama-3.3-70B-Instruct';

const TOGETHER: ModelsAnswer = {
  provider: 'together',
  priceRegion: null,
  noNewJobsFrom: null,
  daysUntilNoNewJobs: null,
  models: [base(BIG), base(SMALL)],
};

async function show(limits: ((input: unknown) => unknown) | null) {
  const i18n = await createI18n('en', false);
  const bridge = installFakeBridge({
    'training.sources': () => [
      { id: 'p1', name: 'Kettle', kind: 'project', trainCount: 48, validationCount: 6 },
    ],
    'training.models': () => TOGETHER,
    ...(limits ? { 'training.limits': limits } : {}),
  });
  const onPlanned = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <StartForm initial={null} onPlanned={onPlanned} onCancel={() => undefined} />
    </I18nextProvider>,
  );
  await screen.findByTestId('model-facts');
  return { onPlanned, bridge };
}

const submit = () => screen.getByRole('button', { name: 'Check my data and the cost' });
const epochsMessage = () => within(screen.getByTestId('run-field-epochs')).queryByText(/whole number/);

describe('StartForm with a provider’s per-base limits', () => {
  it('refuses one epoch past the base’s maximum and blocks the check, and asks again on a new base', async () => {
    const { onPlanned, bridge } = await show((input) =>
      (input as { model: string }).model === BIG ? { epochs: { max: 3 } } : { epochs: { max: 20 } },
    );
    await waitFor(() => expect(bridge.calls.some((c) => c.route === 'training.limits')).toBe(true));
    await userEvent.type(screen.getByTestId('train-epochs'), '4');
    await waitFor(() =>
      expect(epochsMessage()?.textContent).toBe(
        'Use a whole number from 1 to 3, or leave it empty for auto.',
      ),
    );
    expect(screen.getByTestId('train-epochs').getAttribute('aria-invalid')).toBe('true');
    expect(submit()).toHaveProperty('disabled', true);
    await userEvent.click(submit());
    expect(onPlanned).not.toHaveBeenCalled();

    await userEvent.selectOptions(screen.getByTestId('train-model'), SMALL);
    await waitFor(() => expect(submit()).toHaveProperty('disabled', false));
    expect(bridge.calls.filter((c) => c.route === 'training.limits').map((c) => c.input)).toEqual([
      { model: BIG },
      { model: SMALL },
    ]);
    await userEvent.click(submit());
    expect(onPlanned).toHaveBeenCalledWith(expect.objectContaining({ model: SMALL, epochs: 4 }));
  });

  it('shows Together’s own fields, LoRA chosen by default', async () => {
    await show(() => ({}));
    const type = screen.getByTestId('run-field-togetherTrainingType');
    expect(within(type).getByRole('radio', { name: /LoRA/ })).toHaveProperty('checked', true);
    expect(screen.getByTestId('run-field-togetherLearningRate')).toBeTruthy();
    expect(screen.getByTestId('run-field-batchSize')).toBeTruthy();
  });

  it('disables Full training with its reason for a base without full training, and sends LoRA', async () => {
    const { onPlanned } = await show((input) =>
      (input as { model: string }).model === BIG
        ? { togetherTrainingType: { unavailable: ['Full'] } }
        : { togetherTrainingType: { unavailable: [] } },
    );
    // Picked on the small base (which offers it), then the base changes to one that does not.
    await userEvent.selectOptions(screen.getByTestId('train-model'), SMALL);
    const full = () => screen.getByTestId('run-input-togetherTrainingType-Full') as HTMLInputElement;
    await waitFor(() => expect(full().disabled).toBe(false));
    await userEvent.click(full());
    expect(full().checked).toBe(true);
    await userEvent.selectOptions(screen.getByTestId('train-model'), BIG);
    await waitFor(() => expect(full().disabled).toBe(true));
    expect(full().checked).toBe(false);
    expect(screen.getByTestId('run-input-togetherTrainingType-Lora')).toHaveProperty('checked', true);
    expect(screen.getByTestId('run-input-togetherTrainingType-Full-unavailable').textContent).toContain(
      'Together trains it with LoRA only',
    );
    await userEvent.click(submit());
    expect(onPlanned).toHaveBeenCalledWith(
      expect.objectContaining({ model: BIG, options: expect.objectContaining({ trainingType: 'Lora' }) }),
    );
  });

  it('bounds the batch size by Full training’s own limits once Full is picked', async () => {
    const { onPlanned } = await show(() => ({
      batchSize: {
        min: 8,
        max: 32,
        whenChosen: { field: 'togetherTrainingType', bounds: { Full: { min: 8, max: 16 } } },
      },
      togetherTrainingType: { unavailable: [] },
    }));
    await userEvent.selectOptions(screen.getByTestId('train-model'), SMALL);
    const batch = () => screen.getByTestId('train-batch');
    await waitFor(() =>
      expect(screen.getByTestId('run-input-togetherTrainingType-Full')).toHaveProperty('disabled', false),
    );
    await userEvent.type(batch(), '32');
    expect(batch().getAttribute('aria-invalid')).not.toBe('true');
    expect(submit()).toHaveProperty('disabled', false);
    await userEvent.click(screen.getByTestId('run-input-togetherTrainingType-Full'));
    await waitFor(() => expect(batch().getAttribute('aria-invalid')).toBe('true'));
    expect(within(screen.getByTestId('run-field-batchSize')).getByText(/from 8 to 16/)).toBeTruthy();
    expect(submit()).toHaveProperty('disabled', true);
    await userEvent.clear(batch());
    await userEvent.type(batch(), '16');
    await waitFor(() => expect(submit()).toHaveProperty('disabled', false));
    await userEvent.click(submit());
    expect(onPlanned).toHaveBeenCalledWith(
      expect.objectContaining({ batchSize: 16, options: expect.objectContaining({ trainingType: 'Full' }) }),
    );
  });

  it('keeps the static bounds and shows no error when the limits cannot be read', async () => {
    const { bridge } = await show(null);
    await waitFor(() => expect(bridge.calls.some((c) => c.route === 'training.limits')).toBe(true));
    await userEvent.type(screen.getByTestId('train-epochs'), '50');
    expect(epochsMessage()).toBeNull();
    expect(submit()).toHaveProperty('disabled', false);
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.clear(screen.getByTestId('train-epochs'));
    await userEvent.type(screen.getByTestId('train-epochs'), '51');
    expect(epochsMessage()?.textContent).toBe('Use a whole number from 1 to 50, or leave it empty for auto.');
  });
});
