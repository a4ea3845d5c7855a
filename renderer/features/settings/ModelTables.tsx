// The models an account can fine-tune (price per 1M tokens, longest example, shutdown and days left) and
// the models it already has (with the days until they stop answering).
import { useTranslation } from 'react-i18next';
import type { Currency, ProviderId } from '../../../shared/domain/pricing/catalog';
import type { BaseModelOffer, FineTunedModelInfo } from '../../../shared/domain/providers/account';
import { perMillionText } from '../../components/money';
import { formatCount, formatDay } from './format';

function DaysLeft({ date, days }: { date: string | null; days: number | null }) {
  const { t, i18n } = useTranslation();
  if (date === null || days === null) return <>{t('accounts.models.noShutdown')}</>;
  return (
    <>
      {formatDay(date, i18n.language)}{' '}
      <span className={days <= 60 ? 'countdown urgent' : 'countdown'}>
        {t('accounts.models.daysLeft', { days })}
      </span>
    </>
  );
}

export function BaseModelTable({ provider, offers }: { provider: ProviderId; offers: BaseModelOffer[] }) {
  const { t, i18n } = useTranslation();
  // In the currency of the entry (Alibaba's Beijing region: CNY).
  const money = (v: number | null, currency: Currency = 'USD') =>
    v === null ? t('accounts.models.notPublished') : perMillionText(v, currency, t, i18n.language);
  if (offers.length === 0) return <p className="muted">{t('accounts.models.noneToTune')}</p>;
  return (
    <section aria-labelledby={`base-models-${provider}`}>
      <h4 id={`base-models-${provider}`}>{t('accounts.models.baseTitle')}</h4>
      <div className="table-scroll">
        <table className="model-table" data-testid="base-models">
          <thead>
            <tr>
              <th scope="col">{t('accounts.models.model')}</th>
              <th scope="col">{t('accounts.models.training')}</th>
              <th scope="col">{t('accounts.models.inputOutput')}</th>
              <th scope="col">{t('accounts.models.limit')}</th>
              <th scope="col">{t('accounts.models.shutdown')}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map(({ price, daysLeft, overridden }) => (
              <tr key={price.model} data-model={price.model}>
                <th scope="row">
                  <code>{price.model}</code>
                  {overridden ? <span className="tag">{t('accounts.models.yourPrice')}</span> : null}
                </th>
                <td>{money(price.trainingPer1M, price.currency)}</td>
                <td>
                  {money(price.inputPer1M, price.currency)} / {money(price.outputPer1M, price.currency)}
                </td>
                <td>
                  {t('accounts.models.tokens', {
                    formatted: formatCount(price.maxTokensPerExample, i18n.language),
                  })}
                </td>
                <td>
                  <DaysLeft date={price.shutdownDate} days={daysLeft} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        {t('accounts.models.priceNote', { date: offers[0]?.price.checkedOn ?? '' })}
      </p>
    </section>
  );
}

export function FineTunedModelList({ models }: { models: FineTunedModelInfo[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fine-tuned-heading">
      <h4 id="fine-tuned-heading">{t('accounts.models.yoursTitle')}</h4>
      {models.length === 0 ? (
        <p className="muted">{t('accounts.models.noneYet')}</p>
      ) : (
        <ul className="fine-tuned-list" data-testid="fine-tuned-models">
          {models.map((m) => (
            <li key={m.id}>
              <code className="selectable">{m.id}</code>
              <span className="muted"> · {t('accounts.models.stopsOn')} </span>
              <DaysLeft date={m.shutdownDate} days={m.daysLeft} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
