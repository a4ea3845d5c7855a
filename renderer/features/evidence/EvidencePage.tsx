// "Decide with evidence" (issue 16 §5): the user's own questions answered by prompt only, base model +
// notes and the fine-tuned model; the user marks each answer; per-approach figures and a recommendation
// follow from the marks. Main answers, measures and keeps the run beside the project; this page asks,
// shows and words. Reached from Learn's recommendation and from Try.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recommend } from '../../../shared/domain/evidence/recommend';
import { approachTotals } from '../../../shared/domain/evidence/totals';
import type { Approach, EvidenceRun, Mark } from '../../../shared/domain/evidence/types';
import type { IpcError } from '../../../shared/ipc/errors';
import type { EvidenceView } from '../../../shared/ipc/schemas/evidence';
import type { TryProject } from '../../../shared/ipc/schemas/tryout';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { langFor } from '../../components/textLang';
import { onEvent, request } from '../../ipc/client';
import { useEvidenceTarget } from '../../state/evidenceTarget';
import { AnswersList } from './AnswersList';
import { ApproachTable } from './ApproachTable';
import { modelNamer, useTrainingRuns, type ModelNamer } from './modelName';
import { QuestionsForm } from './QuestionsForm';
import { evidenceReportText } from './reportText';
import { ruleText, STATUS_TEXT, verdictText } from './words';
import './evidence.css';

function Results({
  run,
  onMark,
  modelName,
}: {
  run: EvidenceRun;
  onMark(q: number, a: Approach, m: Mark | null): void;
  modelName: ModelNamer;
}) {
  const { t, i18n } = useTranslation();
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const totals = approachTotals(run);
  const sentences = verdictText(t, recommend(totals), i18n.language);
  const exportAs = async (format: 'csv' | 'html') => {
    const result = await request('evidence.export', {
      projectId: run.projectId,
      format,
      text: evidenceReportText(t, sentences),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setExported(
      result.data.saved && result.data.fileName
        ? t('try.export.saved', { name: result.data.fileName })
        : t('try.export.notSaved'),
    );
  };
  return (
    <>
      <section className="evidence-verdict" aria-labelledby="evidence-verdict" data-testid="evidence-verdict">
        <h2 id="evidence-verdict">{t('evidence.verdictHeading')}</h2>
        <div aria-live="polite">
          {sentences.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
        <p className="muted">{ruleText(t, i18n.language)}</p>
      </section>
      <ApproachTable totals={totals} modelName={modelName} />
      {run.status !== 'running' ? (
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
      {error ? <ErrorMessage error={error} /> : null}
      <AnswersList run={run} onMark={onMark} />
    </>
  );
}

export function EvidencePage() {
  const { t, i18n } = useTranslation();
  const target = useEvidenceTarget((s) => s.projectId);
  const [projects, setProjects] = useState<TryProject[] | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [view, setView] = useState<EvidenceView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const modelName = modelNamer(t, useTrainingRuns());

  useEffect(() => {
    void request('tryout.overview', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setProjects(r.data.projects);
      const chosen = r.data.projects.find((p) => p.id === target) ?? r.data.projects[0];
      setProjectId(chosen?.id ?? null);
    });
  }, [target]);

  const load = useCallback(async (id: string) => {
    const r = await request('evidence.open', { projectId: id });
    if (r.ok) setView(r.data);
    else setError(r.error);
  }, []);

  useEffect(() => {
    if (!projectId) return;
    setView(null);
    void load(projectId);
    // Each answer that arrives refreshes the run from what main has saved; answers may come back out of
    // order, so an older snapshot never replaces a newer one.
    return onEvent('evidence.progressed', (p) => {
      if (p.projectId !== projectId) return;
      void request('evidence.run', { projectId }).then((r) => {
        if (!r.ok || !r.data) return;
        const next = r.data;
        const stale = (run: EvidenceRun | null) =>
          run?.id === next.id &&
          (run.done > next.done || (run.status !== 'running' && next.status === 'running'));
        setView((v) => (v && !stale(v.run) ? { ...v, run: next } : v));
      });
    });
  }, [projectId, load]);

  const start = async (questions: string[], collectionId: string | null) => {
    if (!projectId) return;
    const r = await request('evidence.start', { projectId, questions, collectionId });
    setError(r.ok ? null : r.error);
    if (r.ok) setView((v) => (v ? { ...v, run: r.data } : v));
  };
  const cancel = async () => {
    if (!projectId) return;
    const r = await request('evidence.cancel', { projectId });
    if (r.ok) setView((v) => (v ? { ...v, run: r.data } : v));
  };
  const mark = async (questionIndex: number, approach: Approach, value: Mark | null) => {
    if (!projectId) return;
    const r = await request('evidence.mark', { projectId, questionIndex, approach, mark: value });
    setError(r.ok ? null : r.error);
    if (r.ok) setView((v) => (v ? { ...v, run: r.data } : v));
  };

  const run = view?.run ?? null;
  const running = run?.status === 'running';
  return (
    <div className="evidence-page try-page">
      <h1>{t('evidence.title')}</h1>
      <p className="muted">{t('evidence.intro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {projects && projects.length === 0 ? (
        <EmptyState title={t('evidence.title')} body={t('evidence.noProjects')} />
      ) : null}
      {projects && projects.length > 0 ? (
        <div className="row">
          <label htmlFor="evidence-project">{t('evidence.project')}</label>
          <select
            id="evidence-project"
            value={projectId ?? ''}
            onChange={(e) => setProjectId(e.target.value)}
          >
            {projects.map((p) => (
              <option key={p.id} value={p.id} lang={langFor(p.name, i18n.language)}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view && !run ? (
        <QuestionsForm
          key={projectId}
          view={view}
          modelName={modelName}
          initial=""
          onStart={(q, c) => void start(q, c)}
        />
      ) : null}
      {view && run && !running ? (
        // A new run replaces the answers and marks below, so it sits behind one more click.
        <details className="evidence-again">
          <summary>{t('evidence.again')}</summary>
          <p className="muted">{t('evidence.againNote')}</p>
          <QuestionsForm
            key={`${projectId}-${run.id}`}
            view={view}
            modelName={modelName}
            initial={run.questions.join('\n')}
            onStart={(q, c) => void start(q, c)}
          />
        </details>
      ) : null}
      {run ? (
        <>
          <div className="progress" data-testid="evidence-progress" data-status={run.status} role="status">
            <progress
              value={run.done}
              max={run.total}
              aria-label={t('evidence.progress', { done: run.done, total: run.total })}
            />
            <span>
              {t('evidence.progress', { done: run.done, total: run.total })} · {t(STATUS_TEXT[run.status])}
            </span>
            {running ? (
              <button type="button" onClick={() => void cancel()}>
                {t('evidence.cancel')}
              </button>
            ) : null}
          </div>
          <Results run={run} onMark={(q, a, m) => void mark(q, a, m)} modelName={modelName} />
        </>
      ) : null}
    </div>
  );
}
