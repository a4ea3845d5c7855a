// Try and compare (issue 7): chat with a model, send one message to two or three set-ups side by side,
// and score set-ups on the project's held-out test examples. State lives in ./store; main measures.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { langFor } from '../../components/textLang';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useTryTarget } from '../../state/tryTarget';
import { useEvidenceTarget } from '../../state/evidenceTarget';
import { useNavigation } from '../../state/navigation';
import { ChatPanel } from './ChatPanel';
import { ComparePanel } from './ComparePanel';
import { DeployOffer } from './DeployOffer';
import { chooseProject, followTryEvents, loadOverview, useTry } from './store';
import { TestSetPanel } from './TestSetPanel';
import './try.css';
import { moveTabByKey } from '../../components/tabKeys';

type Tab = 'chat' | 'compare' | 'test';
const TABS: Tab[] = ['chat', 'compare', 'test'];

export function TryPage() {
  const { t, i18n } = useTranslation();
  const overview = useTry((s) => s.overview);
  const projectId = useTry((s) => s.projectId);
  const project = useTry((s) => s.project);
  const setups = useTry((s) => s.setups);
  const error = useTry((s) => s.error);
  const target = useTryTarget((s) => s.model);
  const [tab, setTab] = useState<Tab>('compare');
  const tabText = { chat: t('try.tabs.chat'), compare: t('try.tabs.compare'), test: t('try.tabs.test') };

  useEffect(() => {
    followTryEvents();
    void loadOverview();
  }, []);
  useEffect(() => {
    const first = overview?.projects[0]?.id;
    const current = useTry.getState().projectId;
    const keep = current && overview?.projects.some((p) => p.id === current) ? current : first;
    if (keep) void chooseProject(keep, target);
  }, [overview, target]);

  return (
    <div className="try-page">
      <h1>{t('pages.try.title')}</h1>
      <p className="muted">{t('try.intro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {overview && overview.projects.length === 0 ? (
        <EmptyState title={t('pages.try.emptyTitle')} body={t('try.noProjects')} />
      ) : null}
      {overview && overview.projects.length > 0 ? (
        <div className="row">
          <label htmlFor="try-project">{t('try.project')}</label>
          <select
            id="try-project"
            value={projectId ?? ''}
            onChange={(e) => void chooseProject(e.target.value, target)}
          >
            {overview.projects.map((p) => (
              <option key={p.id} value={p.id} lang={langFor(p.name, i18n.language)}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {projectId ? (
        <p>
          <button
            type="button"
            className="link"
            onClick={() => {
              // Decide with evidence (issue 16 §5) opens on the project chosen here.
              useEvidenceTarget.getState().projectChosen(projectId);
              useNavigation.getState().navigated('evidence');
            }}
          >
            {t('evidence.fromTry')}
          </button>
        </p>
      ) : null}
      {overview && overview.models.length === 0 ? <p>{t('try.noModels')}</p> : null}
      {overview?.modelList?.source === 'fallback' ? (
        <p role="status" data-testid="model-list-fallback">
          {t('chatCatalog.fallback', { date: overview.modelList.checkedOn ?? '' })}
        </p>
      ) : null}
      <DeployOffer />
      {projectId && project && setups.length > 0 ? (
        <>
          <div role="tablist" aria-label={t('try.tabs.label')} className="tabs">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`try-tab-${name}`}
                aria-selected={tab === name}
                aria-controls="try-panel"
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
                onKeyDown={(e) => moveTabByKey(e, TABS, tab, setTab, (t) => `try-tab-${t}`)}
              >
                {tabText[name]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="try-panel" aria-labelledby={`try-tab-${tab}`}>
            {tab === 'chat' ? <ChatPanel key={projectId} projectId={projectId} initial={setups[0]!} /> : null}
            {tab === 'compare' ? <ComparePanel key={projectId} projectId={projectId} /> : null}
            {tab === 'test' ? (
              project.testCount === 0 ? (
                <EmptyState title={t('pages.try.emptyTitle')} body={t('try.noTest')} />
              ) : (
                <TestSetPanel key={projectId} projectId={projectId} />
              )
            ) : null}
          </div>
        </>
      ) : null}
      {overview && overview.projects.length > 0 && project && setups.length === 0 ? (
        <EmptyState title={t('pages.try.emptyTitle')} body={t('pages.try.emptyBody')} />
      ) : null}
    </div>
  );
}
