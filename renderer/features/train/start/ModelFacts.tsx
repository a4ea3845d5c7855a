// The chosen base model's facts: training price (in the currency its price entry gives, with the date it
// was checked), per-example limit, shutdown date with a countdown, and a warning when it retires soon
// (every model trained on it stops answering that day too).
import { useTranslation } from 'react-i18next';
import type { BaseModelOption, ModelsAnswer } from '../../../../shared/domain/training/plan';
import { formatCount, formatMoney } from '../format';

export function ModelFacts({ model, models }: { model: BaseModelOption; models: ModelsAnswer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (amount: number | null) => formatMoney(amount, model.currency ?? 'USD', lang);
  const replyPrices = model.inputPer1M !== null && model.outputPer1M !== null;
  return (
    <div className="model-facts" data-testid="model-facts">
      <p>
        {model.trainingPer1M === null
          ? t('train.model.noTrainingPrice')
          : replyPrices
            ? t('train.model.prices', {
                training: money(model.trainingPer1M),
                input: money(model.inputPer1M),
                output: money(model.outputPer1M),
              })
            : t('train.model.trainingPrice', { training: money(model.trainingPer1M) })}{' '}
        {model.priceCheckedOn ? t('train.model.checkedOn', { date: model.priceCheckedOn }) : null}
      </p>
      <p>{t('train.model.limit', { tokens: formatCount(model.maxTokensPerExample, lang) })}</p>
      {model.shutdownDate ? (
        <p
          className={model.retiringSoon || model.retired ? 'warning-text' : undefined}
          data-testid="model-shutdown"
        >
          {model.retired
            ? t('train.model.retired', { date: model.shutdownDate })
            : model.retiringSoon
              ? t('train.model.retiringSoon', {
                  date: model.shutdownDate,
                  days: model.daysUntilShutdown ?? 0,
                })
              : t('train.model.shutdown', { date: model.shutdownDate })}
        </p>
      ) : (
        <p>{t('train.model.noShutdown')}</p>
      )}
      {models.noNewJobsFrom && (models.daysUntilNoNewJobs ?? 0) >= 0 ? (
        <p className="muted">
          {t('train.model.windDown', { date: models.noNewJobsFrom, days: models.daysUntilNoNewJobs ?? 0 })}
        </p>
      ) : null}
    </div>
  );
}
