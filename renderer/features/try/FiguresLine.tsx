// The numbers under a reply, each with its basis one click away: tokens from the provider's usage, times
// measured by main, cost in the currency the provider bills (US$, or ¥ in Alibaba's Beijing region) with its
// formula worded from the numbers in the user's language, the price's date and whose region it is.
import { useTranslation } from 'react-i18next';
import type { ReplyFigures } from '../../../shared/domain/tryout/types';
import { formatMoney, priceBasisText, replyFormula } from '../../components/money';

const NO_COST_TEXT = {
  no_usage: 'cost.noUsage',
  no_price: 'cost.noPrice',
  not_published: 'cost.notPublished',
} as const;

export function FiguresLine({ figures }: { figures: ReplyFigures }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const none = t('try.figures.none');
  const ms = (value: number | null) =>
    value === null ? none : t('try.figures.ms', { value: Math.round(value) });
  return (
    <div className="figures" data-testid="figures">
      <dl>
        <div>
          <dt>{t('try.figures.promptTokens')}</dt>
          <dd data-figure="promptTokens">{figures.promptTokens ?? none}</dd>
        </div>
        <div>
          <dt>{t('try.figures.replyTokens')}</dt>
          <dd data-figure="replyTokens">{figures.replyTokens ?? none}</dd>
        </div>
        <div>
          <dt>{t('try.figures.firstToken')}</dt>
          <dd data-figure="firstTokenMs" data-value={figures.firstTokenMs ?? ''}>
            {ms(figures.firstTokenMs)}
          </dd>
        </div>
        <div>
          <dt>{t('try.figures.total')}</dt>
          <dd data-figure="totalMs" data-value={figures.totalMs}>
            {ms(figures.totalMs)}
          </dd>
        </div>
        <div>
          <dt>{t('try.figures.cost')}</dt>
          <dd data-figure="cost" data-value={figures.cost ?? ''} data-currency={figures.currency}>
            {figures.cost === null
              ? figures.noCost === 'not_published'
                ? t('cost.notPublished')
                : none
              : formatMoney(figures.cost, figures.currency, lang)}
          </dd>
        </div>
      </dl>
      <details>
        <summary>{t('try.figures.basis')}</summary>
        <p>{t('try.figures.basisTokens')}</p>
        <p>{t('try.figures.basisTime')}</p>
        {figures.cost !== null && figures.costBasis && figures.price ? (
          <p data-testid="cost-basis">
            {t('try.figures.basisCost', {
              formula: replyFormula(figures.costBasis, t, lang),
              model: figures.price.model,
              date: figures.price.checkedOn,
            })}
          </p>
        ) : (
          <p data-testid="cost-basis">
            {t('try.figures.noCost', { reason: t(NO_COST_TEXT[figures.noCost ?? 'no_price']) })}
          </p>
        )}
        {figures.price?.region ? (
          <p data-testid="price-region">{priceBasisText(figures.price, t)}</p>
        ) : null}
        {figures.price?.overridden ? <p>{t('try.figures.overridden')}</p> : null}
      </details>
    </div>
  );
}
