// Crafted model output must stay inert: no element that runs code or loads anything, no navigation, and
// links open only through main's allowlisted route after the user confirms.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { openableUrl, SafeMarkdown } from '../../../../renderer/components/SafeMarkdown';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from '../shell/fakeBridge';

export const HOSTILE_REPLY = [
  'Hi, tea friend! <script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  '![tracker](https://evil.example/pixel.png)',
  '[free tea](javascript:window.__pwned=3) and [your file](file:///etc/passwd) and [data](data:text/html,<script>alert(1)</script>)',
  '<a href="https://evil.example">raw link</a> <iframe src="https://evil.example"></iframe>',
  '[our help page](https://help.openai.com/en/articles/fine-tuning)',
].join('\n\n');

async function renderReply(text: string) {
  const i18n = await createI18n('en', false);
  const bridge = installFakeBridge({ 'links.open': () => ({ opened: true }) });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SafeMarkdown text={text} />
    </I18nextProvider>,
  );
  return { bridge, view };
}

describe('SafeMarkdown', () => {
  beforeEach(() => {
    delete (window as { __pwned?: number }).__pwned;
  });

  it('renders no script, image, frame, raw anchor or event handler from model text', async () => {
    const { view } = await renderReply(HOSTILE_REPLY);
    const root = view.container;
    expect(root.querySelectorAll('script, img, iframe, object, embed, a, [href], [src]')).toHaveLength(0);
    const withHandlers = [...root.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    );
    expect(withHandlers).toEqual([]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // Markdown still works: the text and the image's alt text are there.
    expect(root.textContent).toContain('Hi, tea friend!');
    expect(root.textContent).toContain('[tracker]');
  });

  it('keeps javascript:, file: and data: links as inert text that opens nothing', async () => {
    const { bridge } = await renderReply(HOSTILE_REPLY);
    const blocked = screen.getAllByTestId('md-link-blocked');
    expect(blocked.map((b) => b.textContent)).toEqual(['free tea', 'your file', 'data']);
    for (const b of blocked) await userEvent.click(b);
    expect(bridge.calls.filter((c) => c.route === 'links.open')).toEqual([]);
  });

  it('opens an https link only after confirmation, through links.open', async () => {
    const { bridge } = await renderReply(HOSTILE_REPLY);
    const links = screen.getAllByTestId('md-link');
    expect(links.map((l) => l.textContent)).toEqual(['our help page']);
    await userEvent.click(links[0]!);
    expect(bridge.calls).toEqual([]);
    expect(screen.getByText('https://help.openai.com/en/articles/fine-tuning')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.calls).toEqual([]);
    await userEvent.click(links[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Open in browser' }));
    expect(bridge.calls).toEqual([
      { route: 'links.open', input: { url: 'https://help.openai.com/en/articles/fine-tuning' } },
    ]);
    expect(await screen.findByText('Opened in your browser.')).toBeTruthy();
  });

  it('offers only plain https addresses', () => {
    expect(openableUrl('https://platform.openai.com/x')).toBe('https://platform.openai.com/x');
    for (const bad of [
      'http://platform.openai.com',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://user:pw@openai.com',
      '//evil.example',
      'not a url',
      undefined,
    ]) {
      expect(openableUrl(bad)).toBeNull();
    }
  });
});
