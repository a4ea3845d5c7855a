// "Deploy to chat" for providers whose trained models must be deployed before they answer: what it costs
// (per token: nothing while idle; per hour: the hourly price, confirmed by the click that names it) and how
// long it usually takes, then the deployment's state as the provider reports it, and a way to stop it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentRecord } from '../../../../shared/domain/deployments/types';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { DeploymentQuoteAnswer } from '../../../../shared/ipc/schemas/deployments';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { request } from '../../../ipc/client';
import { followDeployments, useDeployments } from '../../../state/deployments';

const STATE_TEXT = {
  deploying: 'alibaba.deploy.deploying',
  ready: 'alibaba.deploy.ready',
  failed: 'alibaba.deploy.failed',
  stopping: 'alibaba.deploy.stopped',
  stopped: 'alibaba.deploy.stopped',
} as const satisfies Record<DeploymentRecord['state'], string>;

export function DeployPanel({ run, model }: { run: TrainingRun; model: string }) {
  const { t, i18n } = useTranslation();
  const [quote, setQuote] = useState<DeploymentQuoteAnswer | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const deployment = useDeployments((s) =>
    s.deployments.find((d) => d.provider === run.provider && d.model === model && d.state !== 'stopped'),
  );

  useEffect(() => followDeployments(), []);
  useEffect(() => {
    void request('deployments.quote', { provider: run.provider, model }).then((r) =>
      r.ok ? setQuote(r.data) : setError(r.error),
    );
  }, [run.provider, model]);

  const deploy = async () => {
    if (!quote) return;
    setBusy(true);
    const result = await request('deployments.deploy', {
      provider: run.provider,
      model,
      runId: run.id,
      ...(quote.billing.kind === 'per-hour' ? { confirmedPerHour: quote.billing.perHour } : {}),
    });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) useDeployments.getState().changed(result.data);
  };

  const stop = async (id: string) => {
    const result = await request('deployments.stop', { id });
    setError(result.ok ? null : result.error);
  };

  const minutes = quote ? { min: quote.typicalMinutes.min, max: quote.typicalMinutes.max } : null;
  const hourly =
    quote?.billing.kind === 'per-hour' && quote.billing.perHour !== null
      ? new Intl.NumberFormat(i18n.language, { style: 'currency', currency: quote.billing.currency }).format(
          quote.billing.perHour,
        )
      : null;
  const options = run.request.options;
  const lora =
    run.provider === 'alibaba' &&
    (options?.kind === 'alibaba' ? options.trainingType : 'efficient_sft') === 'efficient_sft';

  return (
    <section className="deploy-panel" aria-labelledby={`deploy-${run.id}`} data-testid="deploy-panel">
      <h3 id={`deploy-${run.id}`}>{t('alibaba.deploy.heading')}</h3>
      {lora ? <p className="muted small">{t('alibaba.why.lora')}</p> : null}
      {deployment ? (
        <>
          <p role="status" data-testid="deploy-state">
            {t(STATE_TEXT[deployment.state], minutes ?? { min: 1, max: 15 })}
          </p>
          {deployment.raw ? (
            <p className="muted small">{t('alibaba.deploy.raw', { raw: deployment.raw })}</p>
          ) : null}
          {deployment.providerId && deployment.state !== 'stopping' ? (
            <button type="button" onClick={() => void stop(deployment.id)}>
              {t('alibaba.deploy.stop')}
            </button>
          ) : null}
        </>
      ) : quote ? (
        <>
          <button
            type="button"
            className="primary"
            disabled={busy}
            data-testid="deploy-button"
            onClick={() => void deploy()}
          >
            {hourly ? t('alibaba.deploy.hourlyButton', { price: hourly }) : t('alibaba.deploy.button')}
          </button>
          {minutes ? <p className="muted small">{t('alibaba.deploy.time', minutes)}</p> : null}
        </>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
