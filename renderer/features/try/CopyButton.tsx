// Copy without clipboard permissions. The window denies every permission request, so the async
// Clipboard API may be refused. Decision (as in components/ErrorMessage): put the text in a read-only
// textarea, select it, and run the selection-based copy command inside the user's click, which needs no
// permission. execCommand is deprecated but still the one permission-free way; if it returns false the
// text stays selected and we tell the user to press Ctrl+C.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');
  const copy = () => {
    const el = field.current;
    if (!el) return;
    el.hidden = false;
    el.focus();
    el.select();
    const copied = document.execCommand('copy');
    if (copied) el.hidden = true;
    setState(copied ? 'copied' : 'selected');
  };
  return (
    <span className="copy">
      <button type="button" onClick={copy} disabled={text === ''}>
        {t('try.copy.button')}
      </button>
      <textarea
        ref={field}
        readOnly
        hidden
        value={text}
        className="copy-source"
        aria-label={t('try.copy.button')}
      />
      {state === 'copied' ? <span role="status">{t('try.copy.copied')}</span> : null}
      {state === 'selected' ? <span role="status">{t('try.copy.selected')}</span> : null}
    </span>
  );
}
