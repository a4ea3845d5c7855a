// The chosen base model's facts: training price (in the currency its price entry gives, with the date it
// was checked), per-example limit, shutdown date with a countdown, and a warning when it retires soon
// (every model trained on it stops answering that day too).
import { useTranslation } from 'react-i18next';
import type { BaseModelOption, ModelsAnswer } from '../../../../shared/domain/training/plan';
import { perMillionText, regionText } from '../../../components/money';
import { formatCount } from '../format';

export function ModelFacts({ model, models }: { model: BaseModelOption; models: ModelsAnswer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="model-facts" data-testid="model-facts">
      <p>
        {t('train.model.prices', {
          training: perMillionText(model.trainingPer1M, model.currency, t, lang),
          input: perMillionText(model.inputPer1M, model.currency, t, lang),
          output: perMillionText(model.outputPer1M, model.currency, t, lang),
        })}{' '}
        {t('train.model.checkedOn', { date: model.priceCheckedOn })}
      </p>
      {models.priceRegion ? (
        <p data-testid="model-price-region">{regionText(models.priceRegion, t)}</p>
      ) : null}
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
