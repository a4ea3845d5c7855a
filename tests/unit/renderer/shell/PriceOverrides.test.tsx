// Issue 17, point 8: a negative price override said "Check the highlighted field" with nothing
// highlighted. The bad field is now marked (aria-invalid), named in a message beside it, and focused,
// whether the form's own check or main's validation (a path ending in the field) found it.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { PriceOverrides } from '../../../../renderer/features/settings/PriceOverrides';
import { createI18n } from '../../../../renderer/i18n';
import { OPENAI_MODELS } from '../../../../shared/domain/pricing/catalog';
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';
import type { IpcError } from '../../../../shared/ipc/errors';

const MINI = OPENAI_MODELS.find((p) => p.provider === 'openai' && p.model === 'gpt-4o-mini-2024-07-18')!;

function installBridge(overrideAnswer: () => { ok: true; data: unknown } | { ok: false; error: IpcError }) {
  const calls: string[] = [];
  const bridge: Bridge = {
    request: async (route) => {
      calls.push(route);
      if (route === 'prices.list')
        return { ok: true, data: [{ price: MINI, shipped: MINI, overridden: false }] };
      return overrideAnswer();
    },
    on: () => () => {},
  };
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
  return calls;
}

async function renderIn(lang: 'en' | 'zh-TW' | 'zh-CN') {
  const i18n = await createI18n(lang, false);
  render(
    <I18nextProvider i18n={i18n}>
      <PriceOverrides />
    </I18nextProvider>,
  );
  await screen.findByText('gpt-4o-mini-2024-07-18');
  const row = document.querySelector<HTMLElement>('[data-testid="price-openai-gpt-4o-mini-2024-07-18"]')!;
  const input = (name: string) => row.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  return { i18n, row, input };
}

describe('price override fields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('marks, names and focuses a negative price, and sends nothing', async () => {
    const calls = installBridge(() => ({ ok: true, data: [] }));
    const { row, input } = await renderIn('en');
    await userEvent.clear(input('inputPer1M'));
    await userEvent.type(input('inputPer1M'), '-0.3');
    await userEvent.click(screen.getByRole('button', { name: 'Save prices' }));
    const bad = input('inputPer1M');
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(bad);
    const message = document.getElementById(bad.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Input: enter a price of 0 or more, or leave it empty for “no price”.');
    // The message sits with its field, and the vague form-level sentence is gone.
    expect(bad.closest('label')?.contains(message)).toBe(true);
    expect(row.textContent).not.toContain('Check the highlighted field');
    for (const other of ['trainingPer1M', 'cachedInputPer1M', 'outputPer1M'])
      expect(input(other).getAttribute('aria-invalid')).toBeNull();
    expect(calls).toEqual(['prices.list']);
    // Correcting the field clears the mark.
    await userEvent.clear(bad);
    await userEvent.type(bad, '0.3');
    expect(bad.getAttribute('aria-invalid')).toBeNull();
  });

  it("highlights the field main's validation names, in the reader's language", async () => {
    installBridge(() => ({ ok: false, error: { code: 'bad_input', path: 'override.outputPer1M' } }));
    const { input } = await renderIn('zh-TW');
    await userEvent.clear(input('outputPer1M'));
    await userEvent.type(input('outputPer1M'), '2');
    await userEvent.click(screen.getByRole('button', { name: '儲存價格' }));
    await waitFor(() => expect(input('outputPer1M').getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(input('outputPer1M'));
    expect(document.getElementById(input('outputPer1M').getAttribute('aria-describedby')!)?.textContent).toBe(
      '輸出：請輸入 0 或更大的價格，或留空表示「沒有價格」。',
    );
  });
});
