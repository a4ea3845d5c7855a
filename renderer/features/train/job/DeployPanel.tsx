// "Deploy to chat" for providers whose trained models must be deployed before they answer: what it costs
// (per token: nothing while idle; per hour: the hourly price, confirmed by the click that names it) and how
// long it usually takes, then the deployment's state as the provider reports it, and a way to stop it.
import { useTranslation } from 'react-i18next';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import { DeployTokenPrice } from '../../../components/DeployTokenPrice';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { DEPLOY_STATE_TEXT, useDeploy } from '../../../state/useDeploy';

export function DeployPanel({ run, model }: { run: TrainingRun; model: string }) {
  const { t, i18n } = useTranslation();
  const { quote, deployment, busy, error, minutes, hourly, deploy, stop } = useDeploy(
    run.provider,
    model,
    run.id,
    i18n.language,
  );
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
            {t(DEPLOY_STATE_TEXT[deployment.state], minutes ?? { min: 1, max: 15 })}
          </p>
          {deployment.raw ? (
            <p className="muted small">{t('alibaba.deploy.raw', { raw: deployment.raw })}</p>
          ) : null}
          {deployment.providerId && deployment.state !== 'stopping' ? (
            <button type="button" onClick={() => void stop()}>
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
          <DeployTokenPrice price={quote.tokenPrice} />
        </>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
