import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyedProviderId, KeyStatus } from '../../../shared/domain/keys';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { PROVIDER_TEXT, STORAGE_TEXT } from '../../i18n/keys';

interface Props {
  provider: KeyedProviderId;
  status: KeyStatus | undefined;
  encryptionAvailable: boolean;
  /** Called once main has stored the key, so the connect flow can test it straight away. */
  onSaved?: () => void;
}

/** Paste a key, save it to main, forget it here: the input is cleared as soon as main has it. */
export function AccountKeyForm({ provider, status, encryptionAvailable, onSaved }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [acceptUnprotected, setAcceptUnprotected] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  // The key of the confirmation, not its text: translated at render so it follows a language switch.
  const [message, setMessage] = useState<'settings.saved' | 'settings.removed' | null>(null);
  const providerName = t(PROVIDER_TEXT[provider]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const key = draft;
    setDraft('');
    const result = await request('keys.set', { provider, key, acceptUnprotected });
    setError(result.ok ? null : result.error);
    setMessage(result.ok ? 'settings.saved' : null);
    if (result.ok) onSaved?.();
  };

  const remove = async () => {
    const result = await request('keys.remove', { provider });
    setError(result.ok ? null : result.error);
    setMessage(result.ok ? 'settings.removed' : null);
  };

  return (
    <form className="key-form" onSubmit={(e) => void save(e)} data-testid={`key-form-${provider}`}>
      <p className="muted" data-testid={`key-status-${provider}`}>
        {status?.hasKey
          ? t('settings.keyStatusSet', { last4: status.last4 ?? '' })
          : t('settings.keyStatusNone')}
        {status?.storage ? ` · ${t(STORAGE_TEXT[status.storage])}` : null}
      </p>
      <label htmlFor={inputId}>{t('settings.keyLabel', { provider: providerName })}</label>
      <input
        id={inputId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={t('settings.keyPlaceholder')}
        aria-invalid={error?.path === 'key' ? true : undefined}
        aria-describedby={error?.path === 'key' ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      {!encryptionAvailable ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={acceptUnprotected}
            onChange={(e) => setAcceptUnprotected(e.target.checked)}
          />
          {t('settings.acceptUnprotected')}
        </label>
      ) : null}
      <div className="row">
        <button type="submit" className="primary" disabled={draft.trim().length < 8}>
          {t('settings.save')}
        </button>
        {status?.hasKey ? (
          <button type="button" onClick={() => void remove()}>
            {t('settings.remove')}
          </button>
        ) : null}
      </div>
      {message ? (
        <p role="status" className="success">
          {t(message)}
        </p>
      ) : null}
      {error ? (
        <div id={errorId}>
          {/* The provider's name is the one shown on this card, in the user's language. */}
          <ErrorMessage error={{ ...error, params: { ...error.params, provider: providerName } }} />
        </div>
      ) : null}
    </form>
  );
}
