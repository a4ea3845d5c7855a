// The Notes tab (issue 16): a document that cannot be read is named with what to do, in the user's
// language; the cost quote (tokens, price, date) is on screen before anything is sent for embedding,
// and embedding starts only from the button under it.
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NotesPanel } from '../../../../renderer/features/notes';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from '../shell/fakeBridge';

const collection = {
  id: 'notes-1',
  name: 'Shop facts',
  sources: [
    {
      id: 's1',
      kind: 'docx',
      name: 'price-list.docx',
      bytes: 2047,
      addedAt: '2026-12-05T10:00:00Z',
      passages: 2,
      encoding: null,
    },
    {
      id: 's2',
      kind: 'pdf',
      name: 'faq.pdf',
      bytes: 2718,
      addedAt: '2026-12-05T10:00:00Z',
      passages: 2,
      encoding: null,
    },
  ],
  passages: 4,
  embedded: 0,
};

async function show(
  language: 'en' | 'zh-TW' | 'zh-CN',
  answers: Record<string, (input: unknown) => unknown>,
) {
  const i18n = await createI18n(language, false);
  const bridge = installFakeBridge({ 'notes.list': () => [collection], ...answers });
  render(
    <I18nextProvider i18n={i18n}>
      <NotesPanel projectId="p1" />
    </I18nextProvider>,
  );
  await screen.findByText(/Shop facts/);
  return bridge;
}

describe('NotesPanel', () => {
  it.each([
    ['zh-TW', '加入文件…', 'protected.pdf 有密碼保護。請另存一份沒有密碼的副本，再加入那份副本。'],
    ['zh-CN', '添加文档…', 'protected.pdf 有密码保护。请另存一份没有密码的副本，再添加那份副本。'],
    [
      'en',
      'Add documents…',
      'protected.pdf is protected with a password. Save a copy without the password, then add that copy.',
    ],
  ] as const)(
    'names a document it could not read, and what to do, in %s',
    async (language, button, message) => {
      await show(language, {
        'notes.addFile': () => ({ added: [], problems: [{ code: 'pdf_password', file: 'protected.pdf' }] }),
      });
      fireEvent.click(screen.getByRole('button', { name: button }));
      expect((await screen.findByRole('alert')).textContent).toBe(message);
    },
  );

  it('shows the quote before any paid call and embeds only when its button is pressed', async () => {
    const quote = {
      provider: 'openai',
      model: 'text-embedding-3-small',
      toEmbed: 4,
      alreadyEmbedded: 0,
      tokens: 125_000,
      per1M: 0.02,
      currency: 'USD',
      cost: 0.0025,
      free: false,
      checkedOn: '2026-12-05',
      source: 'test',
    };
    const bridge = await show('en', {
      'notes.quote': () => quote,
      'notes.embed': () => ({ embedded: 4, tokens: 125_000, cancelled: false }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare for search…' }));
    const shown = await screen.findByTestId('notes-quote');
    expect(shown.textContent).toContain(
      '4 passages to send (125,000 tokens). At $0.02 per 1M tokens (text-embedding-3-small, price checked 2026-12-05) this costs $0.0025.',
    );
    expect(bridge.calls.map((c) => c.route)).not.toContain('notes.embed');
    fireEvent.click(screen.getByRole('button', { name: 'Prepare 4 passages' }));
    expect((await screen.findByText(/^Done:/)).textContent).toBe(
      'Done: 4 passages prepared (125,000 tokens).',
    );
    expect(bridge.calls.filter((c) => c.route === 'notes.embed')).toHaveLength(1);
  });

  it('shows a quote priced in yuan (Alibaba Beijing) in yuan, not as dollars', async () => {
    const quote = {
      provider: 'alibaba',
      model: 'text-embedding-v4',
      toEmbed: 2,
      alreadyEmbedded: 0,
      tokens: 2_000_000,
      per1M: 0.5,
      currency: 'CNY',
      cost: 1,
      free: false,
      checkedOn: '2026-12-05',
      source: 'test',
    };
    await show('en', { 'notes.quote': () => quote });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare for search…' }));
    const shown = (await screen.findByTestId('notes-quote')).textContent ?? '';
    expect(shown).toContain('At CN¥0.50 per 1M tokens');
    expect(shown).toContain('this costs CN¥1.00.');
    expect(shown).not.toContain('$');
  });
});
