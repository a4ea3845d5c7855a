// Try lists the trained models that must be deployed before they answer: one not deployed gets "Deploy to
// chat" with how it is billed and how long it takes; deploying shows its state; once ready it says so and
// Try reloads its models so the deployed one joins the set-ups.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeployOffer, deployableModels } from '../../../../renderer/features/try/DeployOffer';
import { useTry } from '../../../../renderer/features/try/store';
import { useDeployments } from '../../../../renderer/state/deployments';
import { createI18n } from '../../../../renderer/i18n';
import type { DeploymentRecord } from '../../../../shared/domain/deployments/types';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import { installFakeBridge } from '../shell/fakeBridge';
import { runWith } from '../train/fixtures';

const TRAINED = 'qwen3-14b-tea-ts79cfb1182a-ft-202612051700-09b2';

function alibabaRun(id: string, model: string | null, createdAt: number): TrainingRun {
  const run = runWith({ id, provider: 'alibaba', createdAt }, model ? 'succeeded' : 'running');
  return { ...run, job: { ...run.job!, fineTunedModel: model } };
}

const record = (state: DeploymentRecord['state']): DeploymentRecord => ({
  id: 'dep_1',
  provider: 'alibaba',
  model: TRAINED,
  runId: 'run_new',
  phase: 'known',
  providerId: TRAINED,
  chatModel: TRAINED,
  state,
  raw: state === 'ready' ? 'RUNNING' : 'PENDING',
  billing: { kind: 'per-token' },
  requestedAt: 1,
  readyAt: state === 'ready' ? 2 : null,
  stoppedAt: null,
  autoStopMinutes: null,
  lastUsedAt: null,
  error: null,
});

beforeEach(() => {
  useTry.setState({ overview: { provider: 'alibaba', projects: [], models: [] } });
  useDeployments.setState({ deployments: [] });
});

describe('DeployOffer', () => {
  it('lists finished runs of providers that need a deployment, newest first, one per model', () => {
    const runs = [
      alibabaRun('run_old', TRAINED, 1),
      alibabaRun('run_new', TRAINED, 3),
      alibabaRun('run_busy', null, 4),
      runWith({ id: 'run_openai', createdAt: 5 }, 'succeeded'),
    ];
    expect(deployableModels(runs, 'alibaba').map((m) => m.runId)).toEqual(['run_new']);
    // OpenAI-shaped providers answer without a deployment: nothing to offer.
    expect(deployableModels(runs, 'practice')).toEqual([]);
  });

  it('offers to deploy an undeployed model with its billing and time, then follows it to ready', async () => {
    const i18n = await createI18n('en', false);
    const bridge = installFakeBridge({
      'jobs.list': () => [alibabaRun('run_new', TRAINED, 3)],
      'deployments.list': () => [],
      'deployments.quote': () => ({
        billing: { kind: 'per-token' },
        typicalMinutes: { min: 5, max: 10 },
        tokenPrice: { inputPer1M: 0.35, outputPer1M: null, currency: 'USD', checkedOn: '2026-12-05' },
      }),
      'deployments.deploy': () => record('deploying'),
      'tryout.overview': () => ({ provider: 'alibaba', projects: [], models: [] }),
    });
    render(
      <I18nextProvider i18n={i18n}>
        <DeployOffer />
      </I18nextProvider>,
    );
    const item = await screen.findByTestId('deploy-offer-item');
    expect(item.textContent).toContain(TRAINED);
    expect(item.textContent).toContain('trained on “Kettle”');
    const button = await screen.findByRole('button', {
      name: 'Deploy to chat (billed per token, nothing while idle)',
    });
    expect(item.textContent).toContain('Usually ready in 5–10 minutes.');
    expect(item.textContent).toContain(
      'Per million tokens: input $0.35, output not published (prices checked on 2026-12-05).',
    );

    await userEvent.click(button);
    expect(bridge.calls.find((c) => c.route === 'deployments.deploy')?.input).toEqual({
      provider: 'alibaba',
      model: TRAINED,
      runId: 'run_new',
    });
    await waitFor(() => expect(item.getAttribute('data-state')).toBe('deploying'));
    expect(item.textContent).toContain('Deploying… usually ready in 5–10 minutes.');
    const overviewsBefore = bridge.calls.filter((c) => c.route === 'tryout.overview').length;

    act(() => bridge.emit('deployments.changed', { deployment: record('ready') }));
    await waitFor(() => expect(item.getAttribute('data-state')).toBe('ready'));
    expect(item.textContent).toContain('Deployed: choose it as a set-up’s model below.');
    await waitFor(() =>
      expect(bridge.calls.filter((c) => c.route === 'tryout.overview').length).toBe(overviewsBefore + 1),
    );
  });

  it('shows nothing when no trained model needs a deployment', async () => {
    const i18n = await createI18n('en', false);
    const bridge = installFakeBridge({ 'jobs.list': () => [], 'deployments.list': () => [] });
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <DeployOffer />
      </I18nextProvider>,
    );
    await waitFor(() => expect(bridge.calls.some((c) => c.route === 'jobs.list')).toBe(true));
    expect(container.textContent).toBe('');
  });
});
