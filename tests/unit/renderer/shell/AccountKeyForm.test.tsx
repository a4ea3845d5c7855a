import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccountKeyForm } from '../../../../renderer/features/settings/AccountKeyForm';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from './fakeBridge';

const KEY = 'sk-test-abcdefgh12345678';

async function renderForm(encryptionAvailable: boolean) {
  const i18n = await createI18n('en', false);
  const bridge = installFakeBridge({
    'keys.set': () => ({ provider: 'openai', hasKey: true, last4: '5678', storage: 'encrypted' }),
  });
  render(
    <I18nextProvider i18n={i18n}>
      <AccountKeyForm provider="openai" status={undefined} encryptionAvailable={encryptionAvailable} />
    </I18nextProvider>,
  );
  return bridge;
}

describe('AccountKeyForm', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('sends the key to main once and clears it from the page', async () => {
    const bridge = await renderForm(true);
    const input = screen.getByLabelText('API key for OpenAI');
    await userEvent.type(input, KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Save key' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Key saved.'));
    expect(bridge.calls).toEqual([
      { route: 'keys.set', input: { provider: 'openai', key: KEY, acceptUnprotected: false } },
    ]);
    expect(input).toHaveProperty('value', '');
    expect(document.body.innerHTML).not.toContain(KEY);
  });

  it('offers unprotected storage only where encryption is unavailable, and sends the consent', async () => {
    const bridge = await renderForm(false);
    await userEvent.click(screen.getByLabelText('Store my key anyway, without system protection'));
    await userEvent.type(screen.getByLabelText('API key for OpenAI'), KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Save key' }));
    await waitFor(() => expect(bridge.calls).toHaveLength(1));
    expect(bridge.calls[0]!.input).toMatchObject({ acceptUnprotected: true });
  });

  it('keeps Save disabled until something key-like was typed', async () => {
    await renderForm(true);
    expect(screen.getByRole('button', { name: 'Save key' })).toHaveProperty('disabled', true);
    expect(screen.queryByLabelText('Store my key anyway, without system protection')).toBeNull();
  });
});
