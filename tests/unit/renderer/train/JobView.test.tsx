// The job view in jsdom with the bridge faked: what a user reads at each state, and what each control sends.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JobView } from '../../../../renderer/features/train/job/JobView';
import { useTrain } from '../../../../renderer/features/train/store';
import { createI18n } from '../../../../renderer/i18n';
import { useNavigation } from '../../../../renderer/state/navigation';
import { useTryTarget } from '../../../../renderer/state/tryTarget';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import { installFakeBridge } from '../shell/fakeBridge';
import { MEMORISING, runWith } from './fixtures';

async function show(
  run: TrainingRun,
  answers: Record<string, (input: unknown) => unknown> = {},
  language = 'en',
) {
  const i18n = await createI18n(language, false);
  const bridge = installFakeBridge(answers);
  render(
    <I18nextProvider i18n={i18n}>
      <JobView run={run} />
    </I18nextProvider>,
  );
  return bridge;
}

/** What the controls sent: the view's own "I am showing this run" notices are tested on their own. */
const sent = (bridge: { calls: { route: string; input: unknown }[] }) =>
  bridge.calls.filter((c) => c.route !== 'jobs.watch');

describe('JobView', () => {
  beforeEach(() => {
    useNavigation.setState({ route: 'train' });
    useTryTarget.getState().targetCleared();
  });

  it('shows a failure as what to do next, with the provider’s own words underneath', async () => {
    const failed = runWith({}, 'failed');
    failed.job!.error = {
      code: 'invalid_n_examples',
      message: 'Training file has 7 example(s), but must have at least 10 examples',
      param: 'training_file',
    };
    await show(failed);
    expect(screen.getByTestId('train-next-step').textContent).toBe(
      'Add at least 3 more examples: the file had 7, and training needs 10.',
    );
    expect(screen.getByTestId('train-failure').textContent).toContain('Training file has 7 example(s)');
    expect(
      screen
        .getByTestId('train-timeline')
        .querySelector('[data-stage="checking"]')
        ?.getAttribute('data-state'),
    ).toBe('failed');
    await userEvent.click(screen.getByRole('button', { name: 'Open the Examples page' }));
    expect(useNavigation.getState().route).toBe('examples');
  });

  it('a quota refusal links to the billing page through the allowlisted route', async () => {
    const refused = runWith({
      phase: 'stopped',
      stopReason: 'start_failed',
      startError: { code: 'quota_exceeded', requestId: 'req_9' },
    });
    const bridge = await show(refused, { 'links.open': () => ({ opened: true }) });
    await userEvent.click(screen.getByRole('button', { name: 'Open the billing page' }));
    expect(sent(bridge)).toEqual([
      {
        route: 'links.open',
        input: { url: 'https://platform.openai.com/settings/organization/billing/overview' },
      },
    ]);
    expect(screen.getByTestId('request-id')).toHaveProperty('value', 'req_9');
  });

  it('reads a memorising curve in plain words and marks the checkpoint to try', async () => {
    const running = runWith(
      {
        metrics: MEMORISING,
        progress: { step: 12, totalSteps: 12 },
        checkpoints: [
          {
            id: 'c1',
            createdAt: 0,
            model: 'ft:x:personal:kettle:E1:ckpt-step-4',
            step: 4,
            metrics: MEMORISING[3]!,
          },
          {
            id: 'c2',
            createdAt: 0,
            model: 'ft:x:personal:kettle:E2:ckpt-step-8',
            step: 8,
            metrics: MEMORISING[7]!,
          },
          {
            id: 'c3',
            createdAt: 0,
            model: 'ft:x:personal:kettle:AbCd1234',
            step: 12,
            metrics: MEMORISING[11]!,
          },
        ],
      },
      'running',
    );
    await show(running);
    expect(screen.getByTestId('train-reading').textContent).toContain('Memorising.');
    expect(screen.getByTestId('train-reading').textContent).toContain('the checkpoint near step 6');
    expect(screen.getByTestId('train-step').textContent).toBe('step 12 of 12');
    expect(screen.getByRole('img', { name: /Loss and token accuracy by step/ })).toBeTruthy();
    const rows = within(screen.getByTestId('train-checkpoints')).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('lowest validation loss'); // step 4 is closest to step 6
    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Try this checkpoint' }));
    expect(useTryTarget.getState().model).toBe('ft:x:personal:kettle:E1:ckpt-step-4');
    expect(useNavigation.getState().route).toBe('try');
  });

  it('asks before cancelling, then sends jobs.cancel and shows what main answered', async () => {
    const running = runWith({}, 'running');
    const bridge = await show(running, { 'jobs.cancel': () => runWith({}, 'cancelled') });
    await userEvent.click(screen.getByTestId('train-cancel'));
    expect(sent(bridge)).toEqual([]);
    expect(screen.getByText(/Cancel this training\?/)).toBeTruthy();
    await userEvent.click(screen.getByTestId('train-cancel-confirm'));
    await waitFor(() => expect(sent(bridge)).toEqual([{ route: 'jobs.cancel', input: { runId: 'run_1' } }]));
    await waitFor(() => expect(useTrain.getState().byId['run_1']?.job?.status).toBe('cancelled'));
  });

  it('shows upload progress with a cancel that asks first', async () => {
    const uploading = runWith({ upload: { part: 'train', sentBytes: 400, totalBytes: 1000, reused: false } });
    const bridge = await show(uploading, { 'training.cancelUpload': () => uploading });
    expect(screen.getByTestId('train-upload-progress')).toHaveProperty('value', 400);
    expect(screen.getByText('Training part: 400 of 1,000 bytes sent')).toBeTruthy();
    await userEvent.click(screen.getByTestId('train-cancel-upload'));
    await userEvent.click(screen.getByTestId('train-cancel-upload-confirm'));
    await waitFor(() =>
      expect(sent(bridge)).toEqual([{ route: 'training.cancelUpload', input: { runId: 'run_1' } }]),
    );
  });

  it('asks main to watch a running job while the view shows it, and stops when hidden or closed', async () => {
    const watches = (bridge: { calls: { route: string; input: unknown }[] }) =>
      bridge.calls.filter((c) => c.route === 'jobs.watch').map((c) => c.input);
    const i18n = await createI18n('en', false);
    const bridge = installFakeBridge({ 'jobs.watch': () => ({}) });
    const view = render(
      <I18nextProvider i18n={i18n}>
        <JobView run={runWith({}, 'running')} />
      </I18nextProvider>,
    );
    expect(watches(bridge)).toEqual([{ runId: 'run_1', watching: true }]);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    hidden.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    view.unmount();
    hidden.mockRestore();
    expect(watches(bridge)).toEqual([
      { runId: 'run_1', watching: true },
      { runId: 'run_1', watching: false },
      { runId: 'run_1', watching: true },
      { runId: 'run_1', watching: false },
    ]);

    // A finished job has nothing left to watch.
    const done = await show(runWith({}, 'succeeded'), { 'jobs.watch': () => ({}) });
    expect(watches(done)).toEqual([]);
  });

  it('speaks Traditional and Simplified Chinese', async () => {
    await show(runWith({ progress: { step: 3, totalSteps: 30 } }, 'running'), {}, 'zh-TW');
    expect(screen.getByTestId('train-step').textContent).toBe('第 3 步，共 30 步');
    expect(screen.getByTestId('train-status').textContent).toContain('訓練中。');
  });
});
