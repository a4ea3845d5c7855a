import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPrice } from '../../shared/domain/pricing/catalog';
import type { AppInfo } from '../../shared/ipc/schemas/app';
import { request } from '../ipc/client';
import { resolveLanguage } from '../i18n';
import { followKeyChanges, loadKeys } from '../state/keys';
import { followProviderChanges, loadProviders, selectPracticeMode, useProviders } from '../state/providers';
import { useNavigation, type Route } from '../state/navigation';
import { useSettings } from '../state/settings';
import { CostMeter } from './CostMeter';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { Rail } from './Rail';

// Pages load on first visit: the shell paints at once and each feature's code (the Learn page carries its
// explainer in three languages) arrives only when needed, keeping the first screen's JS small.
const LearnPage = lazy(() => import('../features/learn').then((m) => ({ default: m.LearnPage })));
const ExamplesPage = lazy(() => import('../features/examples').then((m) => ({ default: m.ExamplesPage })));
const TrainPage = lazy(() => import('../features/train').then((m) => ({ default: m.TrainPage })));
const TryPage = lazy(() => import('../features/try').then((m) => ({ default: m.TryPage })));
const RescuePage = lazy(() => import('../features/rescue').then((m) => ({ default: m.RescuePage })));
const RescueCard = lazy(() => import('../features/rescue').then((m) => ({ default: m.RescueCard })));
const EvidencePage = lazy(() => import('../features/evidence').then((m) => ({ default: m.EvidencePage })));
const SettingsPage = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })));
const AccountsShellNotices = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.AccountsShellNotices })),
);

export function App() {
  const { t, i18n } = useTranslation();
  const route = useNavigation((s) => s.route);
  const navigated = useNavigation((s) => s.navigated);
  const language = useSettings((s) => s.settings?.language);
  const practiceMode = useProviders(selectPracticeMode);
  const [info, setInfo] = useState<AppInfo | null>(null);
  // The Learn calculator uses the same prices as the rest of the app, overrides from Settings included;
  // fetched on each visit because Settings may have changed them.
  const [catalog, setCatalog] = useState<ModelPrice[] | undefined>(undefined);

  useEffect(() => {
    void request('app.info', {}).then((r) => r.ok && setInfo(r.data));
    void request('settings.get', {}).then((r) => r.ok && useSettings.getState().settingsReceived(r.data));
    void loadKeys();
    void loadProviders();
    const unfollowKeys = followKeyChanges();
    const unfollowProviders = followProviderChanges();
    return () => {
      unfollowKeys();
      unfollowProviders();
    };
  }, []);

  useEffect(() => {
    if (route !== 'learn') return;
    void request('prices.list', {}).then((r) => r.ok && setCatalog(r.data.map((entry) => entry.price)));
  }, [route]);

  useEffect(() => {
    if (!language) return;
    const resolved = resolveLanguage(language, navigator.languages);
    void i18n.changeLanguage(resolved);
    document.documentElement.lang = resolved;
  }, [language, i18n]);

  const encryptionAvailable = !info?.startupNotices.some((n) => n.code === 'encryption_unavailable');
  const pages: Record<Route, ReactNode> = {
    learn: <LearnPage onNavigate={(r) => navigated(r)} catalog={catalog} />,
    examples: <ExamplesPage />,
    train: <TrainPage />,
    try: <TryPage />,
    settings: <SettingsPage encryptionAvailable={encryptionAvailable} />,
    rescue: <RescuePage />,
    evidence: <EvidencePage />,
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Rail />
      <main id="main" className="page" tabIndex={-1} data-page={route}>
        <NoticeBar notices={info?.startupNotices ?? []} />
        <CostMeter />
        <Suspense fallback={null}>
          <AccountsShellNotices />
        </Suspense>
        {route === 'learn' || route === 'train' ? (
          <Suspense fallback={null}>
            <RescueCard practiceMode={practiceMode} onOpen={() => navigated('rescue')} />
          </Suspense>
        ) : null}
        <ErrorBoundary
          key={route}
          fallback={() => (
            <section role="alert" className="crash">
              <h1>{t('app.crashTitle')}</h1>
              <p>{t('app.crashBody')}</p>
              <button type="button" onClick={() => navigated('learn')}>
                {t('app.crashAction')}
              </button>
            </section>
          )}
        >
          <Suspense fallback={<p className="muted" aria-busy="true" />}>{pages[route]}</Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
