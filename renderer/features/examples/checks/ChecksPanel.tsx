// The Checks tab: run the engine's checks on the worker (progress bar, stop), then the problems grouped by
// kind, each with its explanation, next step and a one-click fix where a safe one exists. Fixes are
// ordinary edits, so Ctrl+Z undoes them; the report is marked out of date until the next check. Above the
// check results: what the last import could not read (kept with the project until the next import).
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countBySeverity } from '../../../../shared/domain/dataset/report';
import {
  severityOf,
  type FixId,
  type IssueCode,
  type Severity,
} from '../../../../shared/domain/dataset/codes';
import { fixPatch, isOneClickFix } from '../../../../shared/domain/projects/fixes';
import type { IpcError, Result } from '../../../../shared/ipc/errors';
import type { ProjectIssue, ProjectMeta } from '../../../../shared/domain/projects/types';
import { request } from '../../../ipc/client';
import { patchesSettled, useProject } from '../state/projectStore';
import { useTaskProgress } from '../state/useTaskProgress';
import { ImportError } from '../import/ImportError';
import { ImportProblemsSection } from './ImportProblemsSection';
import { IssueItem } from './IssueItem';
import { FIX_TEXT, ISSUE_TEXT } from './issueText';
import { originOf } from './origin';
import { fedBySeveralFiles } from '../../../../shared/domain/projects/origin';

/** Issues shown per kind before "show all"; the rest are a filter away in the editor. */
const SHOWN_PER_CODE = 5;

/** Most important first: a single must-fix problem is not listed below a hundred notes. */
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_TEXT = {
  error: 'examples.checks.severity.error',
  warning: 'examples.checks.severity.warning',
  info: 'examples.checks.severity.info',
} as const satisfies Record<Severity, string>;

interface Props {
  onShowExample: () => void;
  /** Clears the project's import problems in main (a route); without it they stay until the next import. */
  dismissImportProblems?: (projectId: string) => Promise<Result<ProjectMeta>>;
}

export function ChecksPanel({ onShowExample, dismissImportProblems }: Props) {
  const { t } = useTranslation();
  const [dismissing, setDismissing] = useState(false);
  const meta = useProject((s) => s.meta);
  const examples = useProject((s) => s.examples);
  const task = useTaskProgress();
  const [error, setError] = useState<IpcError | null>(null);
  const [fixed, setFixed] = useState<FixId | null>(null);
  const report = meta?.report ?? null;
  const positions = useProject((s) => s.positions);
  // With one file a row number is enough; once several were appended, each place names its file.
  const severalFiles = meta ? fedBySeveralFiles(meta) : false;
  const groups = useMemo(() => {
    const byCode = new Map<IssueCode, ProjectIssue[]>();
    for (const issue of report?.issues ?? []) {
      const list = byCode.get(issue.code);
      if (list) list.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    // By severity, then the most frequent kind first; the engine's code order breaks ties.
    const rank = (code: IssueCode) => SEVERITY_ORDER.indexOf(severityOf(code));
    const count = (code: IssueCode) => report?.counts[code] ?? 0;
    return [...byCode.entries()].sort(([a], [b]) => rank(a) - rank(b) || count(b) - count(a));
  }, [report]);
  const list = useRef<HTMLDivElement>(null);
  /** The summary's counts jump to the first group of their severity and move focus to its heading. */
  const jumpTo = (severity: Severity) => {
    const heading = list.current?.querySelector<HTMLElement>(`[data-severity="${severity}"] h2`);
    heading?.focus(); // focusing scrolls it into view
  };
  if (!meta) return null;

  const check = async () => {
    if (task.running) return;
    setError(null);
    setFixed(null);
    await patchesSettled(); // main must have every edit before it checks
    const r = await task.run('check', (taskId) => request('examples.check', { projectId: meta.id, taskId }));
    if (r.ok) useProject.getState().reportChanged(r.data);
    else setError(r.error);
  };
  const fix = (id: FixId) => {
    if (id === 'apply_system_prompt') {
      onShowExample();
      return;
    }
    if (!isOneClickFix(id)) return;
    useProject.getState().edit(fixPatch(id, useProject.getState().examples));
    setFixed(id);
  };
  const severity = report ? countBySeverity(report.counts) : null;
  const fixUses = new Map<FixId, number>();
  for (const [, list] of groups)
    if (list[0]?.fix) fixUses.set(list[0].fix, (fixUses.get(list[0].fix) ?? 0) + 1);
  const sharedFixes = new Set([...fixUses].filter(([, uses]) => uses > 1).map(([id]) => id));
  const dismiss = dismissImportProblems
    ? async () => {
        setError(null);
        setDismissing(true);
        const r = await dismissImportProblems(meta.id);
        setDismissing(false);
        if (!r.ok) return setError(r.error);
        // Only this field: main's answer may predate a settings change still on its way to main.
        const current = useProject.getState().meta;
        if (!current) return;
        const { importProblems: _dismissed, ...rest } = current;
        useProject.getState().metaChanged(rest);
      }
    : undefined;

  return (
    <div className="checks">
      <div className="row">
        {/* aria-disabled, not disabled: the pressed button keeps focus while the check runs (issue 20). */}
        <button type="button" className="primary" onClick={() => void check()} aria-disabled={task.running}>
          {t('examples.checks.run')}
        </button>
        {task.running ? (
          <>
            <progress
              max={100}
              value={task.percent}
              aria-label={t('examples.checks.running', { percent: task.percent })}
            />
            <span role="status">{t('examples.checks.running', { percent: task.percent })}</span>
            <button type="button" onClick={task.cancel}>
              {t('examples.checks.cancel')}
            </button>
          </>
        ) : null}
      </div>
      {error ? <ImportError error={error} /> : null}
      {meta.importProblems ? (
        <ImportProblemsSection
          problems={meta.importProblems}
          severalFiles={severalFiles}
          dismissing={dismissing}
          {...(dismiss ? { onDismiss: () => void dismiss() } : {})}
        />
      ) : null}
      {!report ? <p className="muted">{t('examples.checks.never')}</p> : null}
      {report?.stale ? (
        <p className="notice" role="status">
          {t('examples.checks.stale')}
        </p>
      ) : null}
      {fixed ? (
        <p role="status" className="success">
          {t('examples.checks.fixed')}
        </p>
      ) : null}
      {report && severity && groups.length === 0 ? (
        <p data-testid="check-summary">{t('examples.checks.noIssues')}</p>
      ) : null}
      {report && severity && groups.length > 0 ? (
        <nav data-testid="check-summary" aria-label={t('examples.checks.summaryLabel')}>
          <ul className="check-summary">
            {SEVERITY_ORDER.map((level) => (
              <li key={level}>
                {severity[level] > 0 ? (
                  <button type="button" className="link" onClick={() => jumpTo(level)}>
                    {t(SEVERITY_TEXT[level], { count: severity[level] })}
                  </button>
                ) : (
                  t(SEVERITY_TEXT[level], { count: 0 })
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div ref={list}>
        {groups.map(([code, list]) => {
          const fixId = list[0]?.fix;
          const total = report?.counts[code] ?? list.length;
          return (
            <section
              key={code}
              className="issue-group card"
              aria-labelledby={`group-${code}`}
              data-testid={`group-${code}`}
              data-severity={severityOf(code)}
            >
              <div className="row spread">
                <h2 id={`group-${code}`} tabIndex={-1}>
                  {t(ISSUE_TEXT[code].title)} <span className="muted">({total})</span>
                </h2>
                {fixId && (isOneClickFix(fixId) || fixId === 'apply_system_prompt') ? (
                  <button
                    type="button"
                    onClick={() => fix(fixId)}
                    // One fix can serve several kinds (personal data): then the name says which group (issue 20).
                    {...(sharedFixes.has(fixId)
                      ? {
                          'aria-label': t('a11y.fixFor', {
                            fix: t(FIX_TEXT[fixId]),
                            group: t(ISSUE_TEXT[code].title),
                          }),
                        }
                      : {})}
                  >
                    {t(FIX_TEXT[fixId])}
                  </button>
                ) : null}
              </div>
              <ul className="issue-list">
                {list.slice(0, SHOWN_PER_CODE).map((issue, i) => {
                  const at = issue.exampleId ? positions.get(issue.exampleId) : undefined;
                  return (
                    <li key={i}>
                      <IssueItem
                        issue={issue}
                        exampleNumber={at === undefined ? null : at + 1}
                        {...originOf(
                          at === undefined ? undefined : examples[at],
                          meta,
                          severalFiles,
                          typeof issue.params?.turn === 'number' ? issue.params.turn : null,
                        )}
                        onShow={
                          at === undefined
                            ? undefined
                            : () => {
                                useProject.getState().selected(issue.exampleId);
                                onShowExample();
                              }
                        }
                      />
                    </li>
                  );
                })}
              </ul>
              {total > SHOWN_PER_CODE ? (
                <p className="muted">{t('examples.checks.more', { count: total - SHOWN_PER_CODE })}</p>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
