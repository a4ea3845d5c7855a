// "Deploy to chat" for one trained model, shared by the Train job view (DeployPanel) and Try (DeployOffer):
// the quote (how it is billed, how long it usually takes), the model's current deployment, and the deploy
// and stop actions. A per-hour deploy sends the hourly price the button showed, as the user's confirmation.
import { useEffect, useState } from 'react';
import type { DeploymentRecord } from '../../shared/domain/deployments/types';
import type { ProviderId } from '../../shared/domain/providers/ids';
import type { IpcError } from '../../shared/ipc/errors';
import type { DeploymentQuoteAnswer } from '../../shared/ipc/schemas/deployments';
import { request } from '../ipc/client';
import { followDeployments, useDeployments } from './deployments';

/** Translation keys for a deployment's normalized state. */
export const DEPLOY_STATE_TEXT = {
  deploying: 'alibaba.deploy.deploying',
  ready: 'alibaba.deploy.ready',
  failed: 'alibaba.deploy.failed',
  stopping: 'alibaba.deploy.stopped',
  stopped: 'alibaba.deploy.stopped',
} as const satisfies Record<DeploymentRecord['state'], string>;

export interface DeployAction {
  quote: DeploymentQuoteAnswer | null;
  /** The model's deployment that is not stopped, if any. */
  deployment: DeploymentRecord | undefined;
  busy: boolean;
  error: IpcError | null;
  /** Typical minutes until it answers (null until the quote came). */
  minutes: { min: number; max: number } | null;
  /** The hourly price, formatted in its currency, for per-hour billing; null for per-token billing. */
  hourly: string | null;
  deploy(): Promise<void>;
  stop(): Promise<void>;
}

export function useDeploy(
  provider: ProviderId,
  model: string,
  runId: string | null,
  language: string,
): DeployAction {
  const [quote, setQuote] = useState<DeploymentQuoteAnswer | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const deployment = useDeployments((s) =>
    s.deployments.find((d) => d.provider === provider && d.model === model && d.state !== 'stopped'),
  );

  useEffect(() => followDeployments(), []);
  useEffect(() => {
    void request('deployments.quote', { provider, model }).then((r) =>
      r.ok ? setQuote(r.data) : setError(r.error),
    );
  }, [provider, model]);

  const deploy = async () => {
    if (!quote) return;
    setBusy(true);
    const result = await request('deployments.deploy', {
      provider,
      model,
      runId,
      ...(quote.billing.kind === 'per-hour' ? { confirmedPerHour: quote.billing.perHour } : {}),
    });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) useDeployments.getState().changed(result.data);
  };

  const stop = async () => {
    if (!deployment) return;
    const result = await request('deployments.stop', { id: deployment.id });
    setError(result.ok ? null : result.error);
  };

  const hourly =
    quote?.billing.kind === 'per-hour' && quote.billing.perHour !== null
      ? new Intl.NumberFormat(language, { style: 'currency', currency: quote.billing.currency }).format(
          quote.billing.perHour,
        )
      : null;

  return {
    quote,
    deployment,
    busy,
    error,
    minutes: quote ? { ...quote.typicalMinutes } : null,
    hourly,
    deploy,
    stop,
  };
}
