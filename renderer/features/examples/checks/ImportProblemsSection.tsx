// The Checks tab's list of what the last import could not read (ProjectMeta.importProblems): lines that
// did not become examples, invalid bytes, rows that could not be mapped. The import panel shows them only
// while it is open; this keeps them in view, grouped by kind with the line of the file, until the user
// imports again or dismisses them.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueCode } from '../../../../shared/domain/dataset/codes';
import type { ImportProblem, ImportProblems } from '../../../../shared/domain/projects/types';
import { IssueItem } from './IssueItem';
import { ISSUE_TEXT, sourceKindOfFileName } from './issueText';

/** Lines listed per kind before "show all": enough to see the pattern without burying the check results. */
const SHOWN_PER_CODE = 10;

interface Props {
  problems: ImportProblems;
  /** Absent when dismissing is not wired; the list then stays until the next import. */
  onDismiss?: () => void;
  dismissing?: boolean;
  /** Several files fed the project: each problem then names its file next to its row. */
  severalFiles?: boolean;
}

export function ImportProblemsSection({
  problems,
  onDismiss,
  dismissing = false,
  severalFiles = false,
}: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<IssueCode>>(new Set());
  const groups = useMemo(() => {
    const byCode = new Map<IssueCode, ImportProblem[]>();
    for (const issue of problems.issues) {
      const list = byCode.get(issue.code);
      if (list) list.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    return [...byCode.entries()];
  }, [problems]);
  const total = Object.values(problems.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  // Problems kept from several appended files (each says its own); older lists have one file, the last.
  const fileOf = (issue: ImportProblem) => issue.file ?? problems.fileName;
  const files = new Set(problems.issues.map(fileOf));

  return (
    <section
      className="import-problems card"
      aria-labelledby="import-problems-title"
      data-testid="import-problems"
    >
      <div className="row spread">
        <h2 id="import-problems-title">
          {files.size > 1
            ? t('origin.importTitle', { n: files.size })
            : t('examples.checks.importProblems.title', { file: [...files][0] ?? problems.fileName })}{' '}
          <span className="muted">({total})</span>
        </h2>
        {onDismiss ? (
          <button type="button" onClick={onDismiss} disabled={dismissing}>
            {t('examples.checks.importProblems.dismiss')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('examples.checks.importProblems.intro')}</p>
      {problems.issues.length < total ? (
        <p className="muted" data-testid="import-problems-first">
          {t('examples.checks.importProblems.firstKept', { kept: problems.issues.length, total })}
        </p>
      ) : null}
      {groups.map(([code, list]) => {
        const open = expanded.has(code);
        return (
          <section
            key={code}
            className="issue-group"
            aria-labelledby={`import-group-${code}`}
            data-testid={`import-group-${code}`}
          >
            <h3 id={`import-group-${code}`}>
              {t(ISSUE_TEXT[code].title)} <code>{code}</code>{' '}
              <span className="muted">({problems.counts[code] ?? list.length})</span>
            </h3>
            <ul className="issue-list">
              {(open ? list : list.slice(0, SHOWN_PER_CODE)).map((issue, i) => (
                <li key={i}>
                  <IssueItem
                    issue={issue}
                    sourceLine={issue.line}
                    sourceKind={sourceKindOfFileName(fileOf(issue))}
                    sourceFile={severalFiles || files.size > 1 ? fileOf(issue) : null}
                  />
                </li>
              ))}
            </ul>
            {!open && list.length > SHOWN_PER_CODE ? (
              <button
                type="button"
                className="link"
                onClick={() => setExpanded((s) => new Set([...s, code]))}
              >
                {t('examples.checks.importProblems.showAll', { count: list.length })}
              </button>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
