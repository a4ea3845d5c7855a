// Step 6: old (recorded) vs new on the held-out questions: the figures with their basis, each row side by
// side with "the old one was better", a blind A/B, and the export like Try's report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtRiskModel, RescueState } from '../../../shared/domain/rescue/types';
import { tallyPicks, type BlindPick } from '../../../shared/domain/tryout/blind';
import type { ReportText } from '../../../shared/domain/tryout/report';
import { request } from '../../ipc/client';
import { ERROR_TEXT } from '../../i18n/keys';
import { decimal, percent, usd } from './format';
import { Panel } from './Panel';
import { act, useRescue } from './store';

export function FidelityPanel({ model, rescue }: { model: AtRiskModel; rescue: RescueState }) {
  const { t, i18n } = useTranslation();
  const busy = useRescue((s) => s.busy);
  const changed = (state: RescueState) => useRescue.getState().rescueChanged(state);
  const [exported, setExported] = useState<string | null>(null);
  const report = rescue.fidelity;
  const lang = i18n.language;

  const reportText = (): ReportText => ({
    title: t('rescue.report.title'),
    setup: t('rescue.report.setup'),
    example: t('rescue.report.example'),
    question: t('rescue.report.question'),
    expected: t('rescue.report.expected'),
    reply: t('rescue.report.reply'),
    exact: t('rescue.report.exact'),
    validJson: t('rescue.report.validJson'),
    similarity: t('rescue.report.similarity'),
    judge: t('rescue.report.judge'),
    promptTokens: t('rescue.report.promptTokens'),
    replyTokens: t('rescue.report.replyTokens'),
    firstTokenMs: t('rescue.report.firstTokenMs'),
    totalMs: t('rescue.report.totalMs'),
    cost: t('rescue.report.costUsd'),
    currency: t('cost.currency'),
    costPer1000: t('rescue.report.costPer1000'),
    replies: t('rescue.report.replies'),
    totals: t('rescue.report.totals'),
    error: t('rescue.report.error'),
    yes: t('rescue.report.yes'),
    no: t('rescue.report.no'),
    setupLabels: {
      old: t('rescue.report.old', { model: model.id }).slice(0, 200),
      new: t('rescue.report.new', { model: report?.newModel ?? '' }).slice(0, 200),
    },
  });
  const exportAs = (format: 'csv' | 'html') =>
    void act(
      'export',
      () => request('rescue.export', { model: model.id, format, text: reportText() }),
      (r) => setExported(r.saved ? r.fileName : null),
    );

  const picks = new Map(
    Object.entries(report?.blind.picks ?? {}).map(([k, v]) => [Number(k), v as BlindPick]),
  );
  const tally = report ? tallyPicks(report.blind.pairs, picks) : null;
  const nextPair = report?.blind.pairs.find((p) => !picks.has(p.caseIndex)) ?? null;
  const rowOf = (caseIndex: number) => report?.rows.find((r) => r.caseIndex === caseIndex);
  const pick = (caseIndex: number, value: BlindPick) =>
    void act('pick', () => request('rescue.blindPick', { model: model.id, caseIndex, pick: value }), changed);

  return (
    <Panel id="rescue-fidelity" title={t('rescue.fidelity.title')}>
      <button
        type="button"
        className="primary"
        disabled={busy !== null}
        onClick={() => void act('fidelity', () => request('rescue.fidelity', { model: model.id }), changed)}
      >
        {t('rescue.fidelity.run')}
      </button>
      {report ? (
        <div data-testid="fidelity-report">
          <ul>
            <li>
              {t('rescue.fidelity.summary', {
                similarity: decimal(report.meanSimilarity, lang),
                exact: percent(report.exactRate, lang),
                cases: report.rows.length,
              })}
            </li>
            {report.jsonRate ? (
              <li>
                {t('rescue.fidelity.json', {
                  old: percent(report.jsonRate.old, lang),
                  new: percent(report.jsonRate.new, lang),
                })}
              </li>
            ) : null}
            <li>
              {t('rescue.fidelity.latency', {
                old: Math.round(report.medianLatencyMs.old),
                new: Math.round(report.medianLatencyMs.new),
              })}
            </li>
            <li>
              {t('rescue.fidelity.cost', {
                old: usd(report.costPer1000.old, lang),
                new: usd(report.costPer1000.new, lang),
              })}{' '}
              <span className="muted">{t('rescue.fidelity.costBasis')}</span>
            </li>
          </ul>
          <div className="rescue-table-wrap">
            <table className="rescue-table">
              <thead>
                <tr>
                  <th scope="col">{t('rescue.fidelity.question')}</th>
                  <th scope="col">{t('rescue.fidelity.old')}</th>
                  <th scope="col">{t('rescue.fidelity.new')}</th>
                  <th scope="col">{t('rescue.fidelity.similarity')}</th>
                  <th scope="col">{t('rescue.fidelity.oldBetter')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.caseIndex}>
                    <td>{row.question}</td>
                    <td>{row.old}</td>
                    <td>{row.error ? t(ERROR_TEXT[row.error]) : row.new}</td>
                    <td>{decimal(row.scores.similarity, lang)}</td>
                    <td>
                      <input
                        type="checkbox"
                        checked={row.oldWasBetter}
                        disabled={row.corrected}
                        aria-label={`${t('rescue.fidelity.oldBetter')}: ${row.question}`}
                        onChange={(e) =>
                          void act(
                            'mark',
                            () =>
                              request('rescue.markOldBetter', {
                                model: model.id,
                                caseIndex: row.caseIndex,
                                value: e.target.checked,
                              }),
                            changed,
                          )
                        }
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              disabled={busy !== null || !report.rows.some((r) => r.oldWasBetter && !r.corrected)}
              onClick={() =>
                void act('apply', () => request('rescue.applyCorrections', { model: model.id }), changed)
              }
            >
              {t('rescue.fidelity.apply')}
            </button>
            <button type="button" onClick={() => exportAs('csv')} disabled={busy !== null}>
              {t('rescue.fidelity.exportCsv')}
            </button>
            <button type="button" onClick={() => exportAs('html')} disabled={busy !== null}>
              {t('rescue.fidelity.exportHtml')}
            </button>
          </div>
          {report.correctionsApplied > 0 ? (
            <p role="status">{t('rescue.fidelity.applied', { count: report.correctionsApplied })}</p>
          ) : null}
          {exported ? <p role="status">{t('rescue.fidelity.exported', { file: exported })}</p> : null}
          <h3>{t('rescue.fidelity.blindTitle')}</h3>
          <p>{t('rescue.fidelity.blindExplain')}</p>
          {tally ? (
            <p role="status">
              {t('rescue.fidelity.blindProgress', {
                picked: tally.picked,
                total: tally.total,
                old: tally.wins['old'] ?? 0,
                new: tally.wins['new'] ?? 0,
                ties: tally.ties,
              })}
            </p>
          ) : null}
          {nextPair ? (
            <div className="rescue-blind">
              <p>
                <strong>{rowOf(nextPair.caseIndex)?.question}</strong>
              </p>
              <div className="rescue-blind-pair">
                <blockquote aria-label={t('rescue.fidelity.answer1')}>
                  {nextPair.first === 'old' ? rowOf(nextPair.caseIndex)?.old : rowOf(nextPair.caseIndex)?.new}
                </blockquote>
                <blockquote aria-label={t('rescue.fidelity.answer2')}>
                  {nextPair.second === 'old'
                    ? rowOf(nextPair.caseIndex)?.old
                    : rowOf(nextPair.caseIndex)?.new}
                </blockquote>
              </div>
              <div className="actions">
                <button type="button" onClick={() => pick(nextPair.caseIndex, 'first')}>
                  {t('rescue.fidelity.pick1')}
                </button>
                <button type="button" onClick={() => pick(nextPair.caseIndex, 'tie')}>
                  {t('rescue.fidelity.tie')}
                </button>
                <button type="button" onClick={() => pick(nextPair.caseIndex, 'second')}>
                  {t('rescue.fidelity.pick2')}
                </button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
