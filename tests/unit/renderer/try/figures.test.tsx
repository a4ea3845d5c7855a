import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { findPrice } from '../../../../shared/domain/pricing/catalog';
import { replyFigures } from '../../../../shared/domain/tryout';
import { FiguresLine } from '../../../../renderer/features/try/FiguresLine';
import { CopyButton } from '../../../../renderer/features/try/CopyButton';
import { createI18n } from '../../../../renderer/i18n';

async function inEnglish(ui: React.ReactElement) {
  const i18n = await createI18n('en', false);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

describe('FiguresLine', () => {
  it('shows each figure and, on request, how it was found', async () => {
    const price = { ...findPrice('practice', 'gpt-4.1-mini-2025-04-14')!, overridden: true };
    const figures = replyFigures(
      { promptTokens: 1200, replyTokens: 300 },
      { startedAt: 0, firstTextAt: 42, finishedAt: 310 },
      price,
    );
    await inEnglish(<FiguresLine figures={figures} />);
    const value = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(value('promptTokens')).toBe('1200');
    expect(value('replyTokens')).toBe('300');
    expect(value('firstTokenMs')).toBe('42 ms');
    expect(value('totalMs')).toBe('310 ms');
    // (1200 × 0.8 + 300 × 3.2) / 1M = 0.00192
    expect(value('cost')).toBe('$0.00192');
    await userEvent.click(screen.getByText('How these numbers were found'));
    expect(screen.getByTestId('cost-basis').textContent).toBe(
      `Cost: 1,200 tokens in × $0.80 per million + 300 tokens out × $3.20 per million. Price of gpt-4.1-mini-2025-04-14, checked ${price.checkedOn}.`,
    );
    expect(screen.getByText('Your own price from Settings was used.')).toBeTruthy();
  });

  it('says why there is no cost instead of showing a guess', async () => {
    const figures = replyFigures(
      { promptTokens: null, replyTokens: null },
      { startedAt: 0, firstTextAt: null, finishedAt: 5 },
      null,
    );
    await inEnglish(<FiguresLine figures={figures} />);
    expect(document.querySelector('[data-figure="cost"]')?.textContent).toBe('–');
    expect(
      screen.getByText('No cost shown: the provider did not report how many tokens the reply used.'),
    ).toBeTruthy();
  });
});

describe('CopyButton', () => {
  it('copies by selection without asking for clipboard permission, and says so when it cannot', async () => {
    const calls: string[] = [];
    let answer = true;
    document.execCommand = ((command: string) => {
      calls.push(
        `${command}:${window.getSelection()?.toString() ?? ''}:${(document.activeElement as HTMLTextAreaElement).value}`,
      );
      return answer;
    }) as typeof document.execCommand;
    await inEnglish(<CopyButton text="Hi, tea friend!" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(calls.at(-1)).toMatch(/^copy:.*Hi, tea friend!$/);
    expect(screen.getByRole('status').textContent).toBe('Copied.');
    answer = false;
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByRole('status').textContent).toBe('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  });
});
