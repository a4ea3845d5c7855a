// Optional OpenAI organization and project, for people whose key belongs to several. Most users never
// open this; when it is empty the SDK sends neither header.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';

export function OpenAIAccountFields({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation();
  const orgId = useId();
  const projectId = useId();
  const [organization, setOrganization] = useState('');
  const [project, setProject] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void request('accounts.settings', { provider: 'openai' }).then((r) => {
      if (!r.ok || r.data.provider !== 'openai') return;
      setOrganization(r.data.organization ?? '');
      setProject(r.data.project ?? '');
    });
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request('accounts.configure', {
      provider: 'openai',
      organization: organization || null,
      project: project || null,
    });
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    if (result.ok) onSaved?.();
  };

  return (
    <details className="advanced">
      <summary>{t('accounts.openai.advanced')}</summary>
      <form onSubmit={(e) => void save(e)}>
        <p className="muted">{t('accounts.openai.advancedHint')}</p>
        <label htmlFor={orgId}>{t('accounts.openai.organization')}</label>
        <input
          id={orgId}
          value={organization}
          spellCheck={false}
          placeholder="org-…"
          onChange={(e) => setOrganization(e.target.value)}
        />
        <label htmlFor={projectId}>{t('accounts.openai.project')}</label>
        <input
          id={projectId}
          value={project}
          spellCheck={false}
          placeholder="proj_…"
          onChange={(e) => setProject(e.target.value)}
        />
        <div className="row">
          <button type="submit">{t('accounts.openai.saveIds')}</button>
        </div>
        {saved ? (
          <p role="status" className="success">
            {t('accounts.openai.saved')}
          </p>
        ) : null}
        {error ? <ErrorMessage error={error} /> : null}
      </form>
    </details>
  );
}
