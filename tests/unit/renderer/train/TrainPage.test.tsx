// The page shell: the empty state, the run list kept live by jobs.changed, opening a run, importing.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { TrainPage } from '../../../../renderer/features/train';
import { useTrain } from '../../../../renderer/features/train/store';
import { createI18n } from '../../../../renderer/i18n';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import { installFakeBridge } from '../shell/fakeBridge';
import { runWith } from './fixtures';

async function show(runs: TrainingRun[], imported: TrainingRun[] = runs) {
  const i18n = await createI18n('en', false);
  const bridge = installFakeBridge({ 'jobs.list': () => runs, 'jobs.import': () => imported });
  render(
    <I18nextProvider i18n={i18n}>
      <TrainPage />
    </I18nextProvider>,
  );
  return bridge;
}

describe('TrainPage', () => {
  beforeEach(() => useTrain.setState({ byId: {}, loaded: false, view: { kind: 'list' } }));

  it('says what the page is for when nothing has been trained', async () => {
    await show([]);
    expect(await screen.findByRole('region', { name: 'Nothing is training' })).toBeTruthy();
  });

  it('lists runs, follows jobs.changed and opens a run', async () => {
    const bridge = await show([runWith({}, 'running')]);
    const list = await screen.findByTestId('train-runs');
    expect(list.textContent).toContain('Training.');
    act(() => bridge.emit('jobs.changed', { run: runWith({}, 'succeeded') }));
    await waitFor(() =>
      expect(screen.getByTestId('train-runs').textContent).toContain('Finished: your model is ready.'),
    );
    await userEvent.click(screen.getByRole('button', { name: /kettle/ }));
    expect(screen.getByTestId('train-success').textContent).toContain(
      'ft:gpt-4.1-mini-2025-04-14:personal:kettle:AbCd1234',
    );
  });

  it('imports the account’s jobs', async () => {
    const found = runWith(
      { id: 'run_2', imported: true, request: { ...runWith().request, suffix: null } },
      'failed',
    );
    const bridge = await show([], [found]);
    await userEvent.click(screen.getByTestId('train-import'));
    await waitFor(() => expect(bridge.calls.map((c) => c.route)).toEqual(['jobs.list', 'jobs.import']));
    expect((await screen.findByTestId('train-runs')).textContent).toContain('Stopped with a problem.');
  });
});
