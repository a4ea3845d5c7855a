// The numbers under a reply, each with its basis one click away: tokens from the provider's usage, times
// measured by main, cost by the app's cost formula (shown verbatim) with the price entry's date.
import { useTranslation } from 'react-i18next';
import type { ReplyFigures } from '../../../shared/domain/tryout/types';

const usd = (value: number) => (value === 0 ? '0' : value < 0.01 ? value.toPrecision(3) : value.toFixed(4));

export function FiguresLine({ figures }: { figures: ReplyFigures }) {
  const { t } = useTranslation();
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
          <dd data-figure="costUsd" data-value={figures.costUsd ?? ''}>
            {figures.costUsd === null ? none : t('try.figures.usd', { value: usd(figures.costUsd) })}
          </dd>
        </div>
      </dl>
      <details>
        <summary>{t('try.figures.basis')}</summary>
        <p>{t('try.figures.basisTokens')}</p>
        <p>{t('try.figures.basisTime')}</p>
        {figures.costUsd !== null && figures.price ? (
          <p data-testid="cost-basis">
            {t('try.figures.basisCost', {
              formula: figures.costFormula,
              model: figures.price.model,
              date: figures.price.checkedOn,
            })}
          </p>
        ) : (
          <p>{t('try.figures.noCost', { reason: figures.costFormula })}</p>
        )}
        {figures.price?.overridden ? <p>{t('try.figures.overridden')}</p> : null}
      </details>
    </div>
  );
}
