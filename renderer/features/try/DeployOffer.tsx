// Try's list of trained models that must be deployed before they answer (Alibaba): each one's deployment
// state, or "Deploy to chat" with how it is billed and how long it usually takes (the same action as the
// Train job view's DeployPanel, through useDeploy). When one becomes ready, Try reloads its models so the
// deployed model joins the set-ups.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_CAPABILITIES } from '../../../shared/domain/providers/capabilities';
import type { ProviderId } from '../../../shared/domain/providers/ids';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { DeployTokenPrice } from '../../components/DeployTokenPrice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { followDeployments, useDeployments } from '../../state/deployments';
import { DEPLOY_STATE_TEXT, useDeploy } from '../../state/useDeploy';
import { loadOverview, useTry } from './store';

interface Trained {
  runId: string;
  provider: ProviderId;
  model: string;
  source: string | null;
}

/** Finished runs of `provider` whose models answer only once deployed, newest first, one per model. */
export function deployableModels(runs: readonly TrainingRun[], provider: ProviderId): Trained[] {
  if (PROVIDER_CAPABILITIES[provider].deployment.step !== 'required') return [];
  const seen = new Set<string>();
  return [...runs]
    .sort((a, b) => b.createdAt - a.createdAt)
    .flatMap((run) => {
      const model = run.job?.status === 'succeeded' ? run.job.fineTunedModel : null;
      if (run.provider !== provider || !model || seen.has(model)) return [];
      seen.add(model);
      return [{ runId: run.id, provider, model, source: run.source?.name ?? null }];
    });
}

export function DeployOffer() {
  const { t } = useTranslation();
  const provider = useTry((s) => s.overview?.provider);
  const [runs, setRuns] = useState<TrainingRun[]>([]);
  const readyIds = useDeployments((s) =>
    s.deployments
      .filter((d) => d.state === 'ready')
      .map((d) => d.id)
      .join(' '),
  );

  useEffect(() => followDeployments(), []);
  useEffect(() => {
    void request('jobs.list', {}).then((r) => (r.ok ? setRuns(r.data) : undefined));
  }, []);
  // A deployment that became ready is a model Try can now chat with.
  useEffect(() => {
    if (readyIds) void loadOverview();
  }, [readyIds]);

  const models = provider ? deployableModels(runs, provider) : [];
  if (models.length === 0) return null;
  return (
    <section className="deploy-offer" aria-labelledby="deploy-offer-title" data-testid="deploy-offer">
      <h2 id="deploy-offer-title">{t('deployOffer.heading')}</h2>
      <p className="muted">{t('deployOffer.intro')}</p>
      <ul>
        {models.map((m) => (
          <OfferItem key={m.model} trained={m} />
        ))}
      </ul>
    </section>
  );
}

function OfferItem({ trained }: { trained: Trained }) {
  const { t, i18n } = useTranslation();
  const { quote, deployment, busy, error, minutes, hourly, deploy } = useDeploy(
    trained.provider,
    trained.model,
    trained.runId,
    i18n.language,
  );
  return (
    <li data-testid="deploy-offer-item" data-model={trained.model} data-state={deployment?.state ?? 'none'}>
      <strong className="model-id">{trained.model}</strong>
      {trained.source ? (
        <span className="muted"> · {t('deployOffer.trainedFrom', { source: trained.source })}</span>
      ) : null}
      {deployment && deployment.state !== 'failed' ? (
        <p role="status">
          {deployment.state === 'ready'
            ? t('deployOffer.ready')
            : t(DEPLOY_STATE_TEXT[deployment.state], minutes ?? { min: 1, max: 15 })}
        </p>
      ) : quote ? (
        <p>
          {deployment?.state === 'failed' ? <span>{t('alibaba.deploy.failed')} </span> : null}
          <button type="button" className="primary" disabled={busy} onClick={() => void deploy()}>
            {hourly ? t('alibaba.deploy.hourlyButton', { price: hourly }) : t('alibaba.deploy.button')}
          </button>{' '}
          {minutes ? <span className="muted small">{t('alibaba.deploy.time', minutes)}</span> : null}
        </p>
      ) : null}
      {quote && (!deployment || deployment.state === 'failed') ? (
        <DeployTokenPrice price={quote.tokenPrice} />
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}
