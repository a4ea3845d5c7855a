// Totals per set-up of a test run, each with its basis as a tooltip (e.g. "US$0.0021 ÷ 9 replies × 1,000").
// Costs are in the currency the provider bills (¥ for Alibaba's Beijing region).
import { useTranslation } from 'react-i18next';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { formatMoney } from '../../components/money';
import { useModelLabel } from './modelLabel';
import { setupLabel, summarySentence } from './reportText';

const fixed = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));

export function TotalsTable({ run }: { run: TestRunView }) {
  const { t, i18n } = useTranslation();
  const modelName = useModelLabel();
  return (
    // Focusable so that, when it scrolls (narrow windows), the keyboard can scroll it too.
    <div className="totals-scroll" tabIndex={0} role="region" aria-label={t('try.test.totals')}>
      <table className="totals" data-testid="totals">
        <caption>{t('try.test.totals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('try.test.setup')}</th>
            <th scope="col">{t('try.test.replies')}</th>
            <th scope="col">{t('try.test.exact')}</th>
            <th scope="col">{t('try.test.validJson')}</th>
            <th scope="col">{t('try.test.similarity')}</th>
            <th scope="col">{t('try.test.judgeScore')}</th>
            <th scope="col">{t('try.test.promptTokens')}</th>
            <th scope="col">{t('try.test.replyTokens')}</th>
            <th scope="col">{t('try.test.firstToken')}</th>
            <th scope="col">{t('try.test.totalTime')}</th>
            <th scope="col">{t('cost.column')}</th>
            <th scope="col">{t('cost.per1000Column')}</th>
          </tr>
        </thead>
        <tbody>
          {run.totals.map((total) => {
            const setup = run.setups.find((s) => s.id === total.setupId);
            return (
              <tr key={total.setupId} data-setup={total.setupId}>
                <th scope="row">{setup ? setupLabel(t, setup, modelName) : total.setupId}</th>
                <td data-total="replies">{total.replies}</td>
                <td data-total="exact">{total.exactMatches}</td>
                <td data-total="validJson">{total.validJson ?? t('try.test.notMeasured')}</td>
                <td data-total="similarity" title={total.basis.meanSimilarity}>
                  {fixed(total.meanSimilarity, 3)}
                </td>
                <td data-total="judge">{fixed(total.meanJudgeScore, 2)}</td>
                <td data-total="promptTokens">{total.promptTokens}</td>
                <td data-total="replyTokens">{total.replyTokens}</td>
                <td data-total="firstToken">{fixed(total.meanFirstTokenMs, 0)}</td>
                <td data-total="totalTime" title={total.basis.meanTotalMs}>
                  {fixed(total.meanTotalMs, 0)}
                </td>
                <td data-total="cost" data-value={total.cost ?? ''} data-currency={total.currency}>
                  {total.cost === null ? '–' : formatMoney(total.cost, total.currency, i18n.language)}
                </td>
                <td
                  data-total="costPer1000"
                  data-value={total.costPer1000Replies ?? ''}
                  title={
                    total.cost === null
                      ? undefined
                      : t('cost.per1000', {
                          total: formatMoney(total.cost, total.currency, i18n.language),
                          replies: total.replies,
                        })
                  }
                >
                  {total.costPer1000Replies === null
                    ? '–'
                    : formatMoney(total.costPer1000Replies, total.currency, i18n.language)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The judge's own cost, shown apart so "cost per 1,000 replies" stays the cost of the set-up itself. */
export function JudgeCost({ run }: { run: TestRunView }) {
  const { t, i18n } = useTranslation();
  const costs = run.totals.flatMap((x) => (x.judgeCost?.amount == null ? [] : [x.judgeCost]));
  const currency = costs[0]?.currency;
  if (!currency || costs.some((c) => c.currency !== currency)) return null;
  const total = costs.reduce((a, c) => a + (c.amount ?? 0), 0);
  return (
    <p className="muted" data-testid="judge-cost">
      {t('cost.judge', { value: formatMoney(total, currency, i18n.language) })}
    </p>
  );
}

/** The report's opening: one plain sentence per set-up, from the same totals as the table. */
export function ReportSummary({ run }: { run: TestRunView }) {
  const { t, i18n } = useTranslation();
  const modelName = useModelLabel();
  if (run.status === 'running') return null;
  return (
    <div className="report-summary" data-testid="report-summary">
      {run.totals.map((total) => {
        const setup = run.setups.find((s) => s.id === total.setupId);
        return setup ? (
          <p key={total.setupId} data-setup={total.setupId}>
            {summarySentence(t, setup, total, modelName, i18n.language)}
          </p>
        ) : null;
      })}
    </div>
  );
}
