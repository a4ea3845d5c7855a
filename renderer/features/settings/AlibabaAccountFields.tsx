// Alibaba's part of the account card: where to get a key, the region Tunesmith found for it (keys are made
// per region: Singapore for international accounts, Beijing for China accounts), and, for the few who need
// it, a fixed region or a non-default workspace. Saved through the one `accounts.configure` route.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlibabaRegion } from '../../../shared/domain/providers/accountSettings';
import type { IpcError } from '../../../shared/ipc/errors';
import type { ProviderSummary } from '../../../shared/ipc/schemas/providers';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { ALIBABA_REGION_TEXT } from '../../i18n/keys';

type RegionChoice = 'auto' | AlibabaRegion;

export function AlibabaAccountFields({
  summary,
  onSaved,
}: {
  summary: ProviderSummary;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const regionId = useId();
  const workspaceId = useId();
  const [region, setRegion] = useState<RegionChoice>('auto');
  const [workspace, setWorkspace] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void request('accounts.settings', { provider: 'alibaba' }).then((r) => {
      if (!r.ok || r.data.provider !== 'alibaba') return;
      setRegion(r.data.region);
      setWorkspace(r.data.workspace ?? '');
    });
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request('accounts.configure', {
      provider: 'alibaba',
      region,
      workspace: workspace || null,
    });
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    if (result.ok) onSaved?.();
  };

  return (
    <>
      {summary.keyConsoleUrl ? (
        <p className="muted small">
          {t('alibaba.account.whereKey')}{' '}
          <button
            type="button"
            className="link"
            onClick={() => void request('links.open', { url: summary.keyConsoleUrl ?? '' })}
          >
            {t('alibaba.account.openConsole')}
          </button>
        </p>
      ) : null}
      <p className="small" data-testid="alibaba-region">
        {summary.region
          ? t('alibaba.account.regionFound', { region: t(ALIBABA_REGION_TEXT[summary.region]) })
          : t('alibaba.account.regionUnknown')}
      </p>
      <details className="advanced">
        <summary>{t('alibaba.account.advanced')}</summary>
        <form onSubmit={(e) => void save(e)}>
          <label htmlFor={regionId}>{t('alibaba.account.region')}</label>
          <select id={regionId} value={region} onChange={(e) => setRegion(e.target.value as RegionChoice)}>
            {(['auto', 'singapore', 'beijing'] as const).map((choice) => (
              <option key={choice} value={choice}>
                {t(ALIBABA_REGION_TEXT[choice])}
              </option>
            ))}
          </select>
          <label htmlFor={workspaceId}>{t('alibaba.account.workspace')}</label>
          <input
            id={workspaceId}
            value={workspace}
            spellCheck={false}
            placeholder="llm-…"
            onChange={(e) => setWorkspace(e.target.value)}
          />
          <p className="muted small">{t('alibaba.account.workspaceHint')}</p>
          <div className="row">
            <button type="submit">{t('alibaba.account.save')}</button>
          </div>
          {saved ? (
            <p role="status" className="success">
              {t('alibaba.account.saved')}
            </p>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
        </form>
      </details>
    </>
  );
}
