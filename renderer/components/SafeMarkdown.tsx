// Model output as safe markdown. Model text is untrusted (it can repeat anything from its training data or
// the user's prompt), so:
//  - raw HTML is never rendered: react-markdown without rehype-raw shows it as text (skipHtml keeps even
//    that out of the tree), and the CSP would block inline scripts anyway;
//  - images are never loaded from anywhere: an image becomes its alt text in brackets;
//  - links never navigate: each becomes a button; only https links can be opened, after the user confirms
//    the address, through main's allowlisted `links.open` (system browser, allowlisted hosts). Other
//    schemes (javascript:, file:, data:, …) stay inert text.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { langFor } from './textLang';
import Markdown, { type Components } from 'react-markdown';
import { request } from '../ipc/client';

/** The address as an https URL we may offer to open, or null for anything else. */
export function openableUrl(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

function LinkButton({ href, children }: { href: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const url = openableUrl(href);
  const [state, setState] = useState<'idle' | 'confirming' | 'opened' | 'refused'>('idle');
  if (!url) {
    return (
      <span className="md-link-blocked" data-testid="md-link-blocked" title={t('try.markdown.linkBlocked')}>
        {children}
      </span>
    );
  }
  const open = async () => {
    const result = await request('links.open', { url });
    setState(result.ok ? 'opened' : 'refused');
  };
  return (
    <span className="md-link">
      <button
        type="button"
        className="link-button"
        data-testid="md-link"
        onClick={() => setState('confirming')}
      >
        {children}
      </button>
      {state === 'confirming' ? (
        <span role="group" aria-label={t('try.markdown.confirmTitle')} className="md-link-confirm">
          {t('try.markdown.confirmBody')} <code>{url}</code>{' '}
          <button type="button" onClick={() => void open()}>
            {t('try.markdown.open')}
          </button>{' '}
          <button type="button" onClick={() => setState('idle')}>
            {t('try.markdown.cancel')}
          </button>
        </span>
      ) : null}
      {state === 'opened' ? <span role="status"> {t('try.markdown.opened')}</span> : null}
      {state === 'refused' ? <span role="status"> {t('try.markdown.refused')}</span> : null}
    </span>
  );
}

const components: Components = {
  a: ({ href, children }) => <LinkButton href={href}>{children}</LinkButton>,
  img: ({ alt }) => <span className="md-image">[{alt ?? ''}]</span>,
};

// Leave URLs as written: the link component decides (a rewritten URL would hide what the model wrote).
const keepUrl = (url: string) => url;

export function SafeMarkdown({ text }: { text: string }) {
  const { i18n } = useTranslation();
  return (
    // Model and sample text may be in another language than the UI: its own `lang` (issue 20).
    <div className="markdown" lang={langFor(text, i18n.language)}>
      <Markdown skipHtml components={components} urlTransform={keepUrl}>
        {text}
      </Markdown>
    </div>
  );
}
