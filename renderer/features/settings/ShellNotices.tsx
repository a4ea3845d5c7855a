// What the accounts feature puts at the top of every page: an offline banner while main cannot reach the
// provider (it clears by itself when main gets through again), and, on first run only, the choice between
// connecting an account and starting in practice mode.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPageHeading } from '../../components/focus';
import { request } from '../../ipc/client';
import { useNavigation } from '../../state/navigation';
import { followNetwork, useAccounts } from './accountsStore';
import './settings.css';

export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useAccounts((s) => s.online);
  useEffect(() => followNetwork(), []);
  if (online) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      {t('accounts.offline')}
    </div>
  );
}

export function FirstRunPrompt() {
  const { t } = useTranslation();
  const navigated = useNavigation((s) => s.navigated);
  const [show, setShow] = useState(false);
  useEffect(() => {
    void request('accounts.firstRun', {}).then((r) => r.ok && setShow(r.data.show));
  }, []);
  if (!show) return null;
  const done = (thenConnect: boolean) => {
    setShow(false);
    focusPageHeading(); // the pressed button goes away with the prompt (issue 20)
    void request('accounts.firstRunDone', {});
    if (thenConnect) navigated('settings');
  };
  return (
    <section className="first-run" aria-labelledby="first-run-heading" data-testid="first-run-prompt">
      <h2 id="first-run-heading">{t('accounts.firstRun.title')}</h2>
      <p>{t('accounts.firstRun.body')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => done(false)}>
          {t('accounts.firstRun.practice')}
        </button>
        <button type="button" onClick={() => done(true)}>
          {t('accounts.firstRun.connect')}
        </button>
      </div>
    </section>
  );
}

/** The one element the shell places (renderer/app/App.tsx). */
export function AccountsShellNotices() {
  return (
    <>
      <OfflineBanner />
      <FirstRunPrompt />
    </>
  );
}
