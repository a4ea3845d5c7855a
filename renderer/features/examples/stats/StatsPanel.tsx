// Stats and cost: counts and the token histogram from the last check, epochs (auto, with the reason the
// cookbook heuristic gives, or set by the user), and the training cost for the chosen service and model
// from the price catalog (with the user's overrides), with the formula written out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoEpochs, type EpochReason } from '../../../../shared/domain/epochs';
import { trainingCost } from '../../../../shared/domain/pricing/cost';
import type { PriceEntry } from '../../../../shared/ipc/schemas/providers';
import { moneyText, trainingFormula } from '../../../components/money';
import { request } from '../../../ipc/client';
import { useProject } from '../state/projectStore';
import { TokenHistogram } from './TokenHistogram';

const REASON_TEXT = {
  default: 'examples.stats.reasonDefault',
  'small-dataset': 'examples.stats.reasonSmall',
  'large-dataset': 'examples.stats.reasonLarge',
} as const satisfies Record<EpochReason, string>;

const EPOCH_CHOICES = [1, 2, 3, 4, 5, 6, 8, 10] as const;

export function StatsPanel() {
  const { t, i18n } = useTranslation();
  const meta = useProject((s) => s.meta);
  const count = useProject((s) => s.examples.length);
  const [prices, setPrices] = useState<PriceEntry[]>([]);
  useEffect(() => {
    void request('prices.list', {}).then((r) => r.ok && setPrices(r.data));
  }, []);
  if (!meta) return null;
  const report = meta.report;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const auto = autoEpochs(count);
  const epochs = meta.epochs === 'auto' ? auto.epochs : meta.epochs;
  // The entry costs use now: for Alibaba, the account's region (its prices are in that region's currency).
  const price = prices.find(
    (p) => p.inUse && p.price.provider === meta.provider && p.price.model === meta.model,
  )?.price;
  const billed = report?.tokens.billed ?? null;
  const cost = price && billed !== null ? trainingCost(billed, epochs, price) : null;

  // Undoable like any edit (Ctrl/Cmd+Z); saved by main in order with the example edits.
  const settings = (change: {
    provider?: PriceEntry['price']['provider'];
    model?: string;
    epochs?: number | 'auto';
  }) => useProject.getState().changeSettings(change);

  return (
    <div className="stats">
      {!report ? <p className="muted">{t('examples.stats.needCheck')}</p> : null}
      {report?.stale || (report && report.model !== meta.model) ? (
        <p className="notice">{t('examples.checks.stale')}</p>
      ) : null}
      <dl className="stat-grid">
        <div>
          <dt>{t('examples.stats.examples')}</dt>
          <dd data-testid="stat-examples">{number(count)}</dd>
        </div>
        {report ? (
          <>
            <div>
              <dt>{t('examples.stats.totalTokens')}</dt>
              <dd>{number(report.tokens.total)}</dd>
            </div>
            <div>
              <dt>{t('examples.stats.billed')}</dt>
              <dd data-testid="stat-billed">{number(report.tokens.billed)}</dd>
            </div>
            <div>
              <dt>{t('examples.stats.messages')}</dt>
              <dd>
                {t('examples.stats.distribution', {
                  min: report.stats.messagesPerExample.min,
                  median: report.stats.messagesPerExample.median,
                  max: report.stats.messagesPerExample.max,
                })}
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {report?.stats.examplesOverLimit ? (
        <p className="notice">{t('examples.stats.overLimit', { count: report.stats.examplesOverLimit })}</p>
      ) : null}
      {report ? <TokenHistogram buckets={report.stats.tokenHistogram} /> : null}

      <h2>{t('examples.stats.costHeading')}</h2>
      <div className="row">
        <label>
          {t('examples.stats.model')}{' '}
          <select
            value={`${meta.provider}|${meta.model}`}
            onChange={(e) => {
              const [provider, model] = e.target.value.split('|') as [
                PriceEntry['price']['provider'],
                string,
              ];
              settings({ provider, model });
            }}
          >
            {prices.some((p) => p.price.provider === meta.provider && p.price.model === meta.model) ? null : (
              <option value={`${meta.provider}|${meta.model}`}>{meta.model}</option>
            )}
            {/* Training limits exist only for models that can be fine-tuned (not chat-only ones, issue 16 §6). */}
            {prices
              .filter((p) => p.price.fineTunable !== false)
              .map((p) => (
                <option
                  key={`${p.price.provider}|${p.price.model}`}
                  value={`${p.price.provider}|${p.price.model}`}
                >
                  {p.price.provider === 'practice'
                    ? t('examples.stats.practiceModel', { model: p.price.model })
                    : p.price.model}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('examples.stats.epochs')}{' '}
          <select
            value={String(meta.epochs)}
            onChange={(e) =>
              settings({ epochs: e.target.value === 'auto' ? 'auto' : Number(e.target.value) })
            }
          >
            <option value="auto">{t('examples.stats.epochsAuto', { epochs: auto.epochs })}</option>
            {EPOCH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {meta.epochs === 'auto' ? (
        <p className="muted">{t(REASON_TEXT[auto.reason], { count, epochs: auto.epochs })}</p>
      ) : null}
      {cost && price && billed !== null ? (
        <div className="cost" data-testid="cost">
          <p className="cost-figure">
            {cost.amount === null
              ? t('examples.stats.costUnknown')
              : t('cost.about', { amount: moneyText(cost, t, i18n.language) })}
          </p>
          {price.trainingPer1M !== null ? (
            <p className="muted" data-testid="cost-formula">
              {t('cost.formulaTotal', {
                formula: trainingFormula(cost.basis, t, i18n.language),
                amount: moneyText(cost, t, i18n.language),
              })}
            </p>
          ) : null}
          {meta.provider === 'practice' ? <p className="muted">{t('examples.stats.practiceFree')}</p> : null}
        </div>
      ) : report ? (
        <p className="muted">{t('examples.stats.costUnknown')}</p>
      ) : null}
    </div>
  );
}
