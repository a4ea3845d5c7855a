// Per approach: right of marked, cost per 1,000 replies, set-up cost and median time per reply, each with
// the numbers it was computed from under it (measured tokens × the price table; never a guessed figure).
import { useTranslation } from 'react-i18next';
import type { ApproachTotals } from '../../../shared/domain/evidence/totals';
import { formatMoney, perMillionText } from '../../components/money';
import type { ModelNamer } from './modelName';
import { APPROACH_TEXT } from './words';

function SetupCostCell({ total }: { total: ApproachTotals }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cost = total.setupCost;
  if (cost.kind === 'none') return <td>{t('evidence.setup.none')}</td>;
  if (!cost.known || cost.amount === null)
    return (
      <td>
        {cost.kind === 'training' ? t('evidence.setup.trainingNotKnown') : t('evidence.setup.notKnown')}
      </td>
    );
  const params = {
    amount: formatMoney(cost.amount, cost.currency, lang),
    tokens: new Intl.NumberFormat(lang).format(cost.tokens ?? 0),
    price: perMillionText(cost.per1M, cost.currency, t, lang),
  };
  return (
    <td>
      {cost.kind === 'embedding'
        ? t('evidence.setup.embedding', params)
        : t('evidence.setup.training', params)}
      {cost.free ? <div className="muted">{t('evidence.setup.free')}</div> : null}
    </td>
  );
}

export function ApproachTable({ totals, modelName }: { totals: ApproachTotals[]; modelName: ModelNamer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="evidence-totals" data-testid="evidence-totals">
      <caption>{t('evidence.totalsHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evidence.col.approach')}</th>
          <th scope="col">{t('evidence.col.right')}</th>
          <th scope="col">{t('evidence.col.costPer1000')}</th>
          <th scope="col">{t('evidence.col.setupCost')}</th>
          <th scope="col">{t('evidence.col.median')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => (
          <tr key={total.approach} data-approach={total.approach}>
            <th scope="row">
              {t(APPROACH_TEXT[total.approach])}
              <div className="muted" title={total.model}>
                {modelName(total.model)}
              </div>
            </th>
            <td data-testid={`right-${total.approach}`}>
              {t('evidence.rightOf', { right: total.right, marked: total.marked })}
            </td>
            <td>
              {total.costPer1000 === null || !total.costBasis ? (
                t('evidence.noCost')
              ) : (
                <>
                  {formatMoney(total.costPer1000, total.currency, lang)}
                  <div className="muted">
                    {t('evidence.costBasis', {
                      sum: formatMoney(total.costBasis.sum, total.currency, lang),
                      replies: total.costBasis.replies,
                    })}
                    {total.costBasis.searchSum > 0
                      ? ` · ${t('evidence.searchBasis', {
                          search: formatMoney(total.costBasis.searchSum, 'USD', lang),
                        })}`
                      : null}
                  </div>
                </>
              )}
            </td>
            <SetupCostCell total={total} />
            <td>
              {total.medianMs === null ? (
                '–'
              ) : (
                <>
                  {t('evidence.seconds', {
                    seconds: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(
                      total.medianMs / 1000,
                    ),
                  })}
                  <div className="muted">{t('evidence.medianBasis', { count: total.latencies.length })}</div>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
