// The rescue page: find the at-risk models (the user's OpenAI key or the sample retiring account), then for
// the chosen model the seven steps in order. Every step's result comes from main; this page only asks.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtRiskModel, Countdown } from '../../../shared/domain/rescue/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { ProofPanels } from './ProofPanels';
import { RecipePanel } from './RecipePanel';
import { RecordPanel } from './RecordPanel';
import { act, followRescue, loadOverview, rescueOf, useRescue } from './store';
import { SOURCE_TEXT } from './text';
import './rescue.css';

function CountdownLines({ countdown, model }: { countdown: Countdown; model: AtRiskModel }) {
  const { t } = useTranslation();
  return (
    <p className="rescue-countdown">
      <span>
        {countdown.daysUntilNoNewJobs > 0
          ? t('rescue.countdown.noNewJobs', {
              count: countdown.daysUntilNoNewJobs,
              day: countdown.noNewJobsFrom,
            })
          : t('rescue.countdown.noNewJobsClosed', { day: countdown.noNewJobsFrom })}
      </span>{' '}
      <strong data-testid="shutdown-countdown">
        {model.daysUntilShutdown > 0
          ? t('rescue.countdown.shutdown', { count: model.daysUntilShutdown, day: model.shutdownDate })
          : t('rescue.countdown.gone', { day: model.shutdownDate })}
      </strong>
    </p>
  );
}

export function RescuePage() {
  const { t } = useTranslation();
  const overview = useRescue((s) => s.overview);
  const open = useRescue((s) => s.open);
  const busy = useRescue((s) => s.busy);
  const error = useRescue((s) => s.error);
  const rescue = useRescue((s) => rescueOf(s, s.open));
  const modelOpened = useRescue((s) => s.modelOpened);

  useEffect(() => {
    void loadOverview();
    return followRescue();
  }, []);

  const inventory = overview?.inventory ?? null;
  const loaded = (data: Parameters<ReturnType<typeof useRescue.getState>['inventoryLoaded']>[0]) =>
    useRescue.getState().inventoryLoaded(data);
  const openModel = inventory?.models.find((m) => m.id === open) ?? null;

  return (
    <div className="rescue-page">
      <h1>{t('rescue.page.title')}</h1>
      <p>{t('rescue.page.intro')}</p>
      <section aria-labelledby="rescue-account">
        <h2 id="rescue-account">{t('rescue.page.accountTitle')}</h2>
        <div className="actions">
          <button
            type="button"
            onClick={() => void act('sample', () => request('rescue.useSample', {}), loaded)}
            disabled={busy !== null}
          >
            {t('rescue.page.useSample')}
          </button>
          <button
            type="button"
            onClick={() => void act('openai', () => request('rescue.useOpenAi', {}), loaded)}
            disabled={busy !== null}
          >
            {t('rescue.page.useOpenAi')}
          </button>
          {inventory ? (
            <button
              type="button"
              onClick={() => void act('refresh', () => request('rescue.inventory', {}), loaded)}
              disabled={busy !== null}
            >
              {t('rescue.page.refresh')}
            </button>
          ) : null}
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        {inventory ? (
          <>
            <p className="muted">{t(SOURCE_TEXT[inventory.source])}</p>
            {inventory.models.length === 0 ? <p>{t('rescue.page.none')}</p> : null}
            <ul className="rescue-models" aria-label={t('rescue.page.modelsLabel')}>
              {inventory.models.map((m) => (
                <li key={m.id} className={m.id === open ? 'open' : undefined} data-testid="rescue-model">
                  <h3>
                    <code>{m.id}</code>
                  </h3>
                  <p className="muted">{t('rescue.page.base', { model: m.baseModel })}</p>
                  <CountdownLines countdown={inventory.countdown} model={m} />
                  <p className="muted">
                    {m.job
                      ? t('rescue.page.job', {
                          job: m.job.id,
                          epochs: m.job.epochs ?? '—',
                          batch: m.job.batchSize ?? '—',
                          lr: m.job.learningRateMultiplier ?? '—',
                          suffix: m.job.suffix ?? '—',
                        })
                      : t('rescue.page.noJob')}
                  </p>
                  <button
                    type="button"
                    aria-pressed={m.id === open}
                    onClick={() => modelOpened(m.id)}
                    aria-label={`${t('rescue.page.choose')}: ${m.id}`}
                  >
                    {m.id === open ? t('rescue.page.chosen') : t('rescue.page.choose')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {openModel ? (
        <div className="rescue-steps" key={openModel.id}>
          <RecipePanel model={openModel} rescue={rescue} />
          {rescue?.recipe ? <RecordPanel model={openModel} rescue={rescue} /> : null}
          {rescue && rescue.recorded > 0 ? <ProofPanels model={openModel} rescue={rescue} /> : null}
        </div>
      ) : null}
    </div>
  );
}
