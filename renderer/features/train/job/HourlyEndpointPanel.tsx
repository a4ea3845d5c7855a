// "Chat with it" for providers whose trained models answer only through an endpoint billed by the hour
// (Together): before anything starts it says that the endpoint bills every hour it runs, even when nobody
// chats, with the hourly price and the hardware; the user picks when it stops by itself when idle (15 min
// by default) and ticks that they understand; the button names the price. Once running, one click stops
// and deletes it. The running cost itself is on every page (app/CostMeter.tsx).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentRecord } from '../../../../shared/domain/deployments/types';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { DeploymentQuoteAnswer } from '../../../../shared/ipc/schemas/deployments';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { request } from '../../../ipc/client';
import { followDeployments, useDeployments } from '../../../state/deployments';

const STATE_TEXT = {
  deploying: 'together.endpoint.starting',
  ready: 'together.endpoint.ready',
  failed: 'together.endpoint.failed',
  stopping: 'together.endpoint.stopping',
  stopped: 'together.endpoint.stopped',
} as const satisfies Record<DeploymentRecord['state'], string>;

/** Idle minutes after which the endpoint stops by itself; null: only when the user stops it. */
const IDLE_CHOICES = [15, 30, 60, null] as const;

export function HourlyEndpointPanel({ run, model }: { run: TrainingRun; model: string }) {
  const { t, i18n } = useTranslation();
  const idleField = useId();
  const [quote, setQuote] = useState<DeploymentQuoteAnswer | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [idle, setIdle] = useState<(typeof IDLE_CHOICES)[number]>(15);
  const deployment = useDeployments((s) =>
    s.deployments.find((d) => d.provider === run.provider && d.model === model && d.state !== 'stopped'),
  );

  useEffect(() => followDeployments(), []);
  useEffect(() => {
    void request('deployments.quote', { provider: run.provider, model }).then((r) =>
      r.ok ? setQuote(r.data) : setError(r.error),
    );
  }, [run.provider, model]);

  const billing = quote?.billing.kind === 'per-hour' ? quote.billing : null;
  const price =
    billing && billing.perHour !== null
      ? new Intl.NumberFormat(i18n.language, { style: 'currency', currency: billing.currency }).format(
          billing.perHour,
        )
      : null;

  const start = async () => {
    if (!billing) return;
    setBusy(true);
    const result = await request('deployments.deploy', {
      provider: run.provider,
      model,
      runId: run.id,
      confirmedPerHour: billing.perHour,
      autoStopMinutes: idle,
    });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) useDeployments.getState().changed(result.data);
  };

  const stop = async (id: string) => {
    setBusy(true);
    const result = await request('deployments.stop', { id });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) useDeployments.getState().changed(result.data);
  };

  return (
    <section className="deploy-panel" aria-labelledby={`endpoint-${run.id}`} data-testid="endpoint-panel">
      <h3 id={`endpoint-${run.id}`}>{t('together.endpoint.heading')}</h3>
      {deployment ? (
        <>
          <p role="status" data-testid="endpoint-state">
            {t(STATE_TEXT[deployment.state])}
          </p>
          {deployment.raw ? (
            <p className="muted small">{t('together.endpoint.raw', { raw: deployment.raw })}</p>
          ) : null}
          {deployment.providerId && deployment.state !== 'stopping' ? (
            <button
              type="button"
              disabled={busy}
              data-testid="endpoint-stop"
              onClick={() => void stop(deployment.id)}
            >
              {t('together.endpoint.stop')}
            </button>
          ) : null}
        </>
      ) : billing && price ? (
        <>
          <p data-testid="endpoint-hourly">
            {t('together.endpoint.explain', { price, hardware: billing.hardware ?? '?' })}
          </p>
          <label htmlFor={idleField}>{t('together.endpoint.idleLabel')}</label>
          <select
            id={idleField}
            value={idle === null ? 'never' : String(idle)}
            onChange={(e) =>
              setIdle(e.target.value === 'never' ? null : (Number(e.target.value) as 15 | 30 | 60))
            }
          >
            {IDLE_CHOICES.map((choice) => (
              <option key={String(choice)} value={choice === null ? 'never' : String(choice)}>
                {choice === null
                  ? t('together.endpoint.idleNever')
                  : t('together.endpoint.idleMinutes', { minutes: choice })}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={understood}
              data-testid="endpoint-understood"
              onChange={(e) => setUnderstood(e.target.checked)}
            />
            {t('together.endpoint.understand', { price })}
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy || !understood}
            data-testid="endpoint-start"
            onClick={() => void start()}
          >
            {t('together.endpoint.start', { price })}
          </button>
        </>
      ) : quote ? (
        <p data-testid="endpoint-not-deployable">{t('errors.not_deployable')}</p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
