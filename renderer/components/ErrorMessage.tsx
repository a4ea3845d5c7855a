import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/ipc/errors';
import { ERROR_TEXT } from '../i18n/keys';
import { request } from '../ipc/client';

/**
 * One plain sentence with the next step, and the provider's request id when there is one. The id sits in a
 * read-only field that selects itself on focus, and "Copy" uses the selection-based copy command: the
 * window denies every permission request, so the async Clipboard API may be refused; a user-initiated copy
 * of selected text never needs one. If even that fails, the text is left selected and we say "press Ctrl+C".
 */
export function ErrorMessage({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copyId = () => {
    field.current?.focus();
    field.current?.select();
    setCopy(document.execCommand('copy') ? 'copied' : 'manual');
  };
  return (
    <div role="alert" className="error-message">
      <p>{t(ERROR_TEXT[error.code], error.params ?? {})}</p>
      {typeof error.params?.url === 'string' ? (
        // The next step's page (e.g. Alibaba's top-up page) opens through main's allowlisted links.open.
        <p>
          <button
            type="button"
            onClick={() => void request('links.open', { url: String(error.params?.url) })}
            data-testid="error-link"
          >
            {t('providerErrors.openLink')}
          </button>
        </p>
      ) : null}
      {error.requestId ? (
        <p className="muted request-id">
          <label>
            {t('errors.requestIdLabel')}{' '}
            <input
              ref={field}
              readOnly
              className="selectable"
              value={error.requestId}
              size={Math.max(12, error.requestId.length)}
              aria-label={t('errors.requestId', { id: error.requestId })}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="request-id"
            />
          </label>{' '}
          <button type="button" onClick={copyId}>
            {t('errors.copyRequestId')}
          </button>{' '}
          {copy === 'copied' ? <span role="status">{t('errors.requestIdCopied')}</span> : null}
          {copy === 'manual' ? <span role="status">{t('errors.requestIdSelected')}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
