// Together's part of the account card: where to get a key, what Together bills by the hour (a trained model
// answers only through a dedicated endpoint), and, for chat endpoints on a real account, the project id the
// endpoints API (v2) needs. Saved through the one `accounts.configure` route.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import type { ProviderSummary } from '../../../shared/ipc/schemas/providers';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';

export function TogetherAccountFields({
  summary,
  onSaved,
}: {
  summary: ProviderSummary;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const projectField = useId();
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void request('accounts.settings', { provider: 'together' }).then((r) => {
      if (r.ok && r.data.provider === 'together') setProjectId(r.data.projectId ?? '');
    });
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request('accounts.configure', {
      provider: 'together',
      projectId: projectId || null,
    });
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    if (result.ok) onSaved?.();
  };

  return (
    <>
      <p className="muted small" data-testid="together-where-key">
        {t('together.account.whereKey')}{' '}
        {summary.keyConsoleUrl ? (
          <button
            type="button"
            className="link"
            onClick={() => void request('links.open', { url: summary.keyConsoleUrl ?? '' })}
          >
            {t('together.account.openConsole')}
          </button>
        ) : null}
      </p>
      <p className="muted small">{t('together.account.hourly')}</p>
      <details className="advanced">
        <summary>{t('together.account.advanced')}</summary>
        <form onSubmit={(e) => void save(e)}>
          <label htmlFor={projectField}>{t('together.account.project')}</label>
          <input
            id={projectField}
            value={projectId}
            spellCheck={false}
            placeholder="proj_…"
            onChange={(e) => setProjectId(e.target.value)}
          />
          <p className="muted small">{t('together.account.projectHint')}</p>
          <div className="row">
            <button type="submit">{t('together.account.save')}</button>
          </div>
          {saved ? (
            <p role="status" className="success">
              {t('together.account.saved')}
            </p>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
        </form>
      </details>
    </>
  );
}
