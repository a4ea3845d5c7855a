// A side-by-side comparison streams while the user goes to another page; the replies finish while they
// are away. Coming back, the comparison must be finished (not busy forever): the Try store's events are
// followed for the life of the app, not only while the page is mounted.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { TryPage } from '../../../../renderer/features/try';
import { useTry } from '../../../../renderer/features/try/store';
import { createI18n } from '../../../../renderer/i18n';
import type { Setup } from '../../../../shared/domain/tryout';
import { installFakeBridge } from '../shell/fakeBridge';

const setup = (id: string, kind: Setup['kind'], model: string): Setup => ({
  id,
  kind,
  model,
  systemPrompt: 'Be brief.',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
});

function Shell() {
  const [page, setPage] = useState<'try' | 'examples'>('try');
  return (
    <>
      <button type="button" onClick={() => setPage(page === 'try' ? 'examples' : 'try')}>
        {page === 'try' ? 'Go to Examples' : 'Go to Try'}
      </button>
      {page === 'try' ? <TryPage /> : <p>Examples page</p>}
    </>
  );
}

beforeEach(() =>
  useTry.setState({ overview: null, projectId: null, project: null, setups: [], runs: {}, comparison: null }),
);

describe('leaving Try while a side-by-side comparison streams', () => {
  // Generous: the DOM project shares two cores with other suites; nothing here waits on time.
  it('comes back to a finished comparison', { timeout: 30_000 }, async () => {
    const i18n = await createI18n('en', false);
    const bridge = installFakeBridge({
      'tryout.overview': () => ({
        provider: 'practice',
        projects: [{ id: 'p-000000000001', name: 'Tea', trainCount: 8, testCount: 2 }],
        models: [{ id: 'gpt-4.1-mini-2025-04-14', fineTuned: false, checkpoint: false }],
      }),
      'tryout.project': () => ({
        defaultSetups: [
          setup('a', 'fine-tuned', 'ft:gpt-4.1-mini-2025-04-14:p:tea:1'),
          setup('b', 'base', 'gpt-4.1-mini-2025-04-14'),
        ],
        systemPrompt: 'Be brief.',
        conversations: [],
        trainCount: 8,
        testCount: 2,
      }),
      'tryout.compare': () => ({
        runs: [
          { setupId: 'a', runId: 'run-a' },
          { setupId: 'b', runId: 'run-b' },
        ],
      }),
    });
    render(
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>,
    );
    const typeMessage = (text: string) =>
      fireEvent.change(screen.getByLabelText('One message for every set-up'), { target: { value: text } });
    await screen.findByLabelText('One message for every set-up');
    typeMessage('How long should green tea steep?');
    await userEvent.click(screen.getByRole('button', { name: 'Send to all' }));
    await waitFor(() => expect(screen.getAllByTestId('reply')).toHaveLength(2));
    act(() => {
      bridge.emit('tryout.replyStreamed', { runId: 'run-a', text: 'Two ' });
      bridge.emit('tryout.replyStreamed', { runId: 'run-b', text: 'About ' });
    });
    expect(screen.getAllByTestId('reply').map((r) => r.getAttribute('aria-busy'))).toEqual(['true', 'true']);

    await userEvent.click(screen.getByRole('button', { name: 'Go to Examples' }));
    expect(screen.queryByTestId('reply')).toBeNull();
    act(() => {
      for (const [runId, text] of [
        ['run-a', 'Two minutes.'],
        ['run-b', 'About three minutes.'],
      ] as const)
        bridge.emit('tryout.replyFinished', {
          runId,
          conversationId: null,
          outcome: { ok: true, text, figures: null, stopped: false },
        });
    });

    await userEvent.click(screen.getByRole('button', { name: 'Go to Try' }));
    const replies = await screen.findAllByTestId('reply');
    expect(replies.map((r) => r.getAttribute('data-done'))).toEqual(['true', 'true']);
    expect(replies.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Two minutes.'),
      expect.stringContaining('About three minutes.'),
    ]);
    // Not busy: the next message can be sent.
    typeMessage('And black tea?');
    expect(screen.getByRole('button', { name: 'Send to all' }).hasAttribute('disabled')).toBe(false);
  });
});
