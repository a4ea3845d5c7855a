// Providers that quote a run's price themselves (Together's estimate-price): before the cost confirmation
// the user asks for that quote, which sends the training file (nothing is trained). Together's price is
// shown with ours beside it (our token count; our price only where a rate is published), and a run the
// account's spending limit does not allow cannot be started.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunPlan, RunSettings } from '../../../../shared/domain/training/plan';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { ProviderEstimateAnswer } from '../../../../shared/ipc/schemas/training';
import { togetherBaseOf } from '../../../../shared/domain/pricing/together';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { request } from '../../../ipc/client';
import { formatCount, formatUsd } from '../format';

export function ProviderQuote({
  settings,
  plan,
  onQuote,
}: {
  settings: RunSettings;
  plan: RunPlan;
  onQuote(quote: ProviderEstimateAnswer): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [quote, setQuote] = useState<ProviderEstimateAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const ask = async () => {
    setBusy(true);
    setError(null);
    const result = await request('training.providerEstimate', settings);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setQuote(result.data);
    onQuote(result.data);
  };

  return (
    <div className="provider-quote" data-testid="provider-quote">
      {quote ? (
        <>
          <p className="train-cost" data-testid="provider-quote-price">
            {t('together.quote.price', {
              usd: formatUsd(quote.usd, lang),
              tokens: quote.trainTokens === null ? '?' : formatCount(quote.trainTokens, lang),
            })}
          </p>
          <p data-testid="provider-quote-ours">
            {plan.trainingCost.amount === null
              ? t('together.quote.oursNoRate', {
                  tokens: formatCount(plan.tokens.billedPerEpoch * plan.epochs.epochs, lang),
                })
              : t('together.quote.ours', { usd: formatUsd(plan.trainingCost.amount, lang) })}
          </p>
          {togetherBaseOf(settings.model)?.tokenizer === 'estimate' ? (
            <p className="muted small" data-testid="provider-quote-estimate">
              {t('together.quote.tokenEstimate')}
            </p>
          ) : null}
          {quote.mergedTurns > 0 ? (
            <p className="muted small">{t('together.quote.merged', { count: quote.mergedTurns })}</p>
          ) : null}
          {quote.allowed ? (
            quote.userLimitUsd !== null ? (
              <p className="muted small">
                {t('together.quote.limit', { usd: formatUsd(quote.userLimitUsd, lang) })}
              </p>
            ) : null
          ) : (
            <p role="alert" className="error-message" data-testid="provider-quote-blocked">
              {t('errors.spending_limit', { limit: quote.userLimitUsd ?? '?' })}
            </p>
          )}
        </>
      ) : (
        <>
          <p className="muted">{t('together.quote.explain')}</p>
          <button type="button" disabled={busy} onClick={() => void ask()} data-testid="provider-quote-ask">
            {busy ? t('together.quote.asking') : t('together.quote.ask')}
          </button>
        </>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
