// The card on the first screen (Learn) and on Train: shown whenever the chosen account holds models that are
// still at risk, or, in practice mode before any account was looked at, as the one-click sample.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { act, loadOverview, useRescue } from './store';
import { request } from '../../ipc/client';

export function RescueCard({ practiceMode, onOpen }: { practiceMode: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  const overview = useRescue((s) => s.overview);
  useEffect(() => {
    void loadOverview();
  }, []);
  if (!overview) return null;
  const models = overview.inventory?.models.filter((m) => m.daysUntilShutdown > 0) ?? [];
  // Once a model is gone the card stays while anything was saved for it, so the saved work is one click away.
  const gone = overview.inventory?.models.find(
    (m) => m.daysUntilShutdown <= 0 && overview.rescues.some((r) => r.model === m.id),
  );
  const offerSample = practiceMode && !overview.inventory;
  if (models.length === 0 && !gone && !offerSample) return null;
  const day = models[0]?.shutdownDate ?? '2027-01-14';
  const countdown = overview.inventory?.countdown;
  return (
    // An aside with a labelled title, not a heading: it sits above the page's own h1, and a heading there
    // would put the outline out of order.
    <aside className="rescue-card" aria-labelledby="rescue-card-title" data-testid="rescue-card">
      <p id="rescue-card-title" className="rescue-card-title">
        <strong>{t('rescue.card.title')}</strong>
      </p>
      {models.length > 0 ? (
        <>
          <p>{t('rescue.card.atRisk', { count: models.length, day })}</p>
          {countdown ? (
            <p className="muted">
              {countdown.daysUntilNoNewJobs > 0
                ? t('rescue.countdown.noNewJobs', {
                    count: countdown.daysUntilNoNewJobs,
                    day: countdown.noNewJobsFrom,
                  })
                : t('rescue.countdown.noNewJobsClosed', { day: countdown.noNewJobsFrom })}{' '}
              {t('rescue.countdown.shutdown', { count: models[0]!.daysUntilShutdown, day })}
            </p>
          ) : null}
          <button type="button" className="primary" onClick={onOpen}>
            {t('rescue.card.open')}
          </button>
        </>
      ) : gone ? (
        <>
          <p>{t('rescue.countdown.gone', { day: gone.shutdownDate })}</p>
          <button type="button" className="primary" onClick={onOpen}>
            {t('rescue.card.open')}
          </button>
        </>
      ) : (
        <>
          <p>{t('rescue.card.sample')}</p>
          <button
            type="button"
            className="primary"
            onClick={() =>
              void act(
                'sample',
                () => request('rescue.useSample', {}),
                (inventory) => {
                  useRescue.getState().inventoryLoaded(inventory);
                  onOpen();
                },
              )
            }
          >
            {t('rescue.card.trySample')}
          </button>
        </>
      )}
    </aside>
  );
}
