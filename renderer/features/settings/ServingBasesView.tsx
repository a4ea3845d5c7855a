// Which base models this account can train and which of them Nebius serves per token, as read from the
// provider's own catalog at "Check this key" (the list changes during the year). When the catalog could
// not be read, the list shipped with the app is shown with its date, as such.
import { useTranslation } from 'react-i18next';
import type { ServingBases } from '../../../shared/domain/providers/account';
import { formatDay, formatUsd } from './format';

export function ServingBasesView({ bases }: { bases: ServingBases }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const price = (n: number | null) => formatUsd(n, lang) ?? t('nebius.bases.noPrice');
  const sorted = [...bases.bases].sort(
    (a, b) =>
      Number(b.servesLoraPerToken) - Number(a.servesLoraPerToken) ||
      Number(a.deprecated) - Number(b.deprecated),
  );
  return (
    <section aria-labelledby="serving-bases-heading" data-testid="serving-bases">
      <h4 id="serving-bases-heading">{t('nebius.bases.heading')}</h4>
      <p
        className={bases.source === 'live' ? 'muted small' : 'warning-text'}
        data-testid="serving-bases-source"
      >
        {bases.source === 'live'
          ? t('nebius.bases.live', { time: new Date(bases.checkedAt).toLocaleString(lang) })
          : t('nebius.bases.fallback', { date: formatDay(bases.checkedAt, lang) })}
      </p>
      <table className="model-table">
        <thead>
          <tr>
            <th scope="col">{t('nebius.bases.base')}</th>
            <th scope="col">{t('nebius.bases.perToken')}</th>
            <th scope="col">{t('nebius.bases.training')}</th>
            <th scope="col">{t('nebius.bases.serving')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((b) => (
            <tr key={b.fineTuneId} data-testid={`serving-base-${b.fineTuneId}`}>
              <th scope="row">
                {b.fineTuneId}
                {b.deprecated ? <span className="tag muted">{t('nebius.bases.deprecated')}</span> : null}
              </th>
              <td>{b.servesLoraPerToken ? t('nebius.bases.yes') : t('nebius.bases.no')}</td>
              <td>{t('nebius.bases.perMillion', { price: price(b.trainingPer1M) })}</td>
              <td>
                {b.servesLoraPerToken
                  ? t('nebius.bases.inOut', { input: price(b.inputPer1M), output: price(b.outputPer1M) })
                  : t('nebius.bases.notServed')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('nebius.bases.why')}</p>
    </section>
  );
}
