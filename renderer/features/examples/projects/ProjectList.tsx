// Start here: the user's projects, a new empty one, a shipped sample in their language, or a project file.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { ProjectSummary } from '../../../../shared/domain/projects/types';
import { EmptyState } from '../../../components/EmptyState';
import { request } from '../../../ipc/client';
import { ImportError } from '../import/ImportError';
import { useProject } from '../state/projectStore';
import { uiLanguage } from '../language';
import { langFor } from '../../../components/textLang';

interface Sample {
  id: string;
  title: string;
  description: string;
  examples: number;
}

export function ProjectList() {
  const { t, i18n } = useTranslation();
  const opened = useProject((s) => s.opened);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [samples, setSamples] = useState<Sample[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const language = uiLanguage(i18n.language);

  const load = async () => {
    const r = await request('projects.list', {});
    if (r.ok) setProjects(r.data);
    else setError(r.error);
  };
  useEffect(() => {
    void load();
  }, []);
  useEffect(() => {
    void request('projects.samples', { language }).then((r) => r.ok && setSamples(r.data));
  }, [language]);

  const run = async <T,>(
    call: Promise<{ ok: true; data: T } | { ok: false; error: IpcError }>,
    then: (data: T) => void,
  ) => {
    setError(null);
    const r = await call;
    if (r.ok) then(r.data);
    else setError(r.error);
  };

  return (
    <div className="project-list">
      {/* ImportError: a refused project file says why (damaged, newer version, too large), else ErrorMessage. */}
      {error ? <ImportError error={error} /> : null}
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t('examples.projects.heading')}</h2>
        {projects && projects.length === 0 ? (
          <EmptyState title={t('pages.examples.emptyTitle')} body={t('pages.examples.emptyBody')} />
        ) : null}
        <ul className="cards">
          {(projects ?? []).map((p) => (
            <li key={p.id} className="card">
              <strong lang={langFor(p.name, i18n.language)}>{p.name}</strong>
              <span className="muted">{t('examples.projects.count', { count: p.exampleCount })}</span>
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void run(request('projects.open', { id: p.id }), opened)}
                  aria-label={`${t('examples.projects.open')} ${p.name}`}
                >
                  {t('examples.projects.open')}
                </button>
                <button
                  type="button"
                  aria-label={`${t('examples.projects.delete')} ${p.name}`}
                  onClick={() => {
                    if (!window.confirm(t('examples.projects.deleteConfirm', { name: p.name }))) return;
                    void run(request('projects.delete', { id: p.id }), () => void load());
                  }}
                >
                  {t('examples.projects.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void run(request('projects.create', { name: name.trim() }), opened);
          }}
        >
          <label>
            {t('examples.projects.newName')}{' '}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </label>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('examples.projects.create')}
          </button>
          <button
            type="button"
            onClick={() => void run(request('projects.importFile', {}), (p) => p && opened(p))}
          >
            {t('examples.projects.importProject')}
          </button>
        </form>
      </section>
      {samples.length > 0 ? (
        <section aria-labelledby="samples-heading">
          <h2 id="samples-heading">{t('examples.projects.samplesHeading')}</h2>
          <ul className="cards">
            {samples.map((s) => (
              <li key={s.id} className="card" data-testid={`sample-${s.id}`}>
                <strong>{s.title}</strong>
                <p className="muted">{s.description}</p>
                <button
                  type="button"
                  onClick={() =>
                    void run(request('projects.openSample', { sampleId: s.id, language }), opened)
                  }
                  aria-label={`${t('examples.projects.openSample')} ${s.title}`}
                >
                  {t('examples.projects.openSample')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
