// Test set: run the held-out examples through the chosen set-ups with a progress bar and Cancel, then
// totals, each example beside the expected answer, export (CSV / HTML through the save dialog in main)
// and blind A/B. Progress arrives as events; the report is fetched from main as it grows.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TEST_STATUS_TEXT } from '../../i18n/keys';
import { onEvent, request } from '../../ipc/client';
import { BlindPanel } from './BlindPanel';
import { CaseTable } from './CaseTable';
import { useModelLabel } from './modelLabel';
import { reportText, summarySentence } from './reportText';
import { ModelOptions } from './SetupEditor';
import { useTry } from './store';
import { TestEstimate } from './TestEstimate';
import { JudgeCost, ReportSummary, TotalsTable } from './TotalsTable';

export function TestSetPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const modelName = useModelLabel();
  const setups = useTry((s) => s.setups);
  const models = useTry((s) => s.overview?.models ?? []);
  const [concurrency, setConcurrency] = useState(2);
  const [judge, setJudge] = useState('');
  const [run, setRun] = useState<TestRunView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const runId = useTry((s) => s.testRunId);

  // Follow the run: refresh on each progress event, and once right after subscribing, which catches up
  // on events sent before this panel listened (a fast run, or coming back to this tab later).
  useEffect(() => {
    if (!runId) return;
    // Answers may come back out of order; never let an older snapshot replace a newer one.
    const refresh = () =>
      void request('tryout.testReport', { testRunId: runId }).then(
        (r) => r.ok && setRun((prev) => (prev?.id === r.data.id && prev.done > r.data.done ? prev : r.data)),
      );
    const off = onEvent('tryout.testProgressed', (p) => p.testRunId === runId && refresh());
    refresh();
    return off;
  }, [runId]);

  const start = async () => {
    setExported(null);
    const result = await request('tryout.testStart', {
      projectId,
      setups,
      concurrency,
      judgeModel: judge === '' ? null : judge,
    });
    if (result.ok) {
      setRun(result.data);
      useTry.getState().testStarted(result.data.id);
    }
    setError(result.ok ? null : result.error);
  };
  const exportAs = async (format: 'csv' | 'html') => {
    if (!run) return;
    const result = await request('tryout.export', {
      testRunId: run.id,
      format,
      text: reportText(
        t,
        run.setups,
        modelName,
        run.totals.flatMap((total) => {
          const setup = run.setups.find((s) => s.id === total.setupId);
          return setup ? [summarySentence(t, setup, total, modelName, i18n.language)] : [];
        }),
      ),
    });
    if (!result.ok) return setError(result.error);
    setExported(
      result.data.saved && result.data.fileName
        ? t('try.export.saved', { name: result.data.fileName })
        : t('try.export.notSaved'),
    );
  };
  const running = run?.status === 'running';

  return (
    <section className="test-set" aria-label={t('try.tabs.test')}>
      <div className="row">
        <label htmlFor={`${id}-conc`}>{t('try.test.concurrency')}</label>
        <input
          id={`${id}-conc`}
          type="number"
          min={1}
          max={8}
          value={concurrency}
          onChange={(e) => setConcurrency(Math.min(8, Math.max(1, Number(e.target.value) || 1)))}
        />
        <label htmlFor={`${id}-judge`}>{t('try.test.judge')}</label>
        <select id={`${id}-judge`} value={judge} onChange={(e) => setJudge(e.target.value)}>
          <option value="">{t('try.test.noJudge')}</option>
          <ModelOptions models={models} />
        </select>
        {running ? (
          <button
            type="button"
            onClick={() =>
              void request('tryout.testCancel', { testRunId: run.id }).then((r) => r.ok && setRun(r.data))
            }
          >
            {t('try.test.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={setups.length === 0}
            onClick={() => void start()}
          >
            {t('try.test.start')}
          </button>
        )}
      </div>
      {!running ? <TestEstimate projectId={projectId} setups={setups} judged={judge !== ''} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {run ? (
        <>
          <div className="progress" data-testid="test-progress" data-status={run.status} role="status">
            <progress
              value={run.done}
              max={run.total}
              aria-label={t('try.test.progress', { done: run.done, total: run.total })}
            />
            <span>
              {t('try.test.progress', { done: run.done, total: run.total })} ·{' '}
              {t(TEST_STATUS_TEXT[run.status])}
            </span>
          </div>
          <ReportSummary run={run} />
          <TotalsTable run={run} />
          <JudgeCost run={run} />
          {!running ? (
            <div className="row">
              <button type="button" onClick={() => void exportAs('csv')}>
                {t('try.export.csv')}
              </button>
              <button type="button" onClick={() => void exportAs('html')}>
                {t('try.export.html')}
              </button>
              {exported ? <span role="status">{exported}</span> : null}
            </div>
          ) : null}
          <CaseTable run={run} />
          {!running && run.setups.length >= 2 ? <BlindPanel run={run} /> : null}
        </>
      ) : null}
    </section>
  );
}
