import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccountKeyForm } from '../../../../renderer/features/settings/AccountKeyForm';
import { createI18n } from '../../../../renderer/i18n';
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';
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

  it.each([
    [
      'en',
      'API key for OpenAI',
      'Save key',
      'This does not look like a key for OpenAI: its keys look like sk-… followed by a long run of letters and digits. Copy the whole key again from platform.openai.com/api-keys.',
    ],
    ['zh-TW', 'OpenAI 的 API 金鑰', '儲存金鑰', '這看起來不像 OpenAI 的金鑰'],
  ] as const)(
    "shows main's key_shape refusal as plain text on the field (%s), without a second provider heading",
    async (lang, label, save, expected) => {
      const i18n = await createI18n(lang, false);
      const bridge: Bridge = {
        request: async () => ({
          ok: false,
          error: {
            code: 'key_shape',
            path: 'key',
            params: { example: 'sk-…', consoleUrl: 'platform.openai.com/api-keys' },
          },
        }),
        on: () => () => {},
      };
      (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
      render(
        <I18nextProvider i18n={i18n}>
          <AccountKeyForm provider="openai" status={undefined} encryptionAvailable />
        </I18nextProvider>,
      );
      // The card around the form already names the provider; the form adds no heading of its own.
      expect(screen.queryByRole('heading')).toBeNull();
      const input = screen.getByLabelText(label);
      await userEvent.type(input, 'sk-test-123');
      await userEvent.click(screen.getByRole('button', { name: save }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(expected);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(alert.parentElement?.id).toBe(input.getAttribute('aria-describedby'));
    },
  );

  it('keeps the confirmation in the language chosen after saving', async () => {
    const i18n = await createI18n('en', false);
    installFakeBridge({
      'keys.set': () => ({ provider: 'openai', hasKey: true, last4: '5678', storage: 'encrypted' }),
    });
    render(
      <I18nextProvider i18n={i18n}>
        <AccountKeyForm provider="openai" status={undefined} encryptionAvailable />
      </I18nextProvider>,
    );
    await userEvent.type(screen.getByLabelText('API key for OpenAI'), KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Save key' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Key saved.'));
    await act(() => i18n.changeLanguage('zh-TW'));
    expect(screen.getByRole('status').textContent).toBe(i18n.t('settings.saved'));
    expect(screen.getByRole('status').textContent).not.toMatch(/[A-Za-z]/);
  });
});
