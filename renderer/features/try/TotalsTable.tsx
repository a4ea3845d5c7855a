// Totals per set-up of a test run, each with its basis as a tooltip (e.g. "0.0021 USD ÷ 9 replies × 1,000").
import { useTranslation } from 'react-i18next';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { useModelLabel } from './modelLabel';
import { setupLabel, summarySentence } from './reportText';

const fixed = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));

export function TotalsTable({ run }: { run: TestRunView }) {
  const { t } = useTranslation();
  const modelName = useModelLabel();
  return (
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
          <th scope="col">{t('try.test.cost')}</th>
          <th scope="col">{t('try.test.costPer1000')}</th>
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
              <td data-total="cost" data-value={total.costUsd ?? ''}>
                {fixed(total.costUsd, 6)}
              </td>
              <td
                data-total="costPer1000"
                data-value={total.costPer1000Replies ?? ''}
                title={total.basis.costPer1000Replies}
              >
                {fixed(total.costPer1000Replies, 4)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The judge's own cost, shown apart so "cost per 1,000 replies" stays the cost of the set-up itself. */
export function JudgeCost({ run }: { run: TestRunView }) {
  const { t } = useTranslation();
  const costs = run.totals.flatMap((x) => (x.judgeCostUsd === null ? [] : [x.judgeCostUsd]));
  if (costs.length === 0) return null;
  return (
    <p className="muted" data-testid="judge-cost">
      {t('try.test.judgeCost', { value: costs.reduce((a, b) => a + b, 0).toFixed(6) })}
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
