// One problem in plain words: how serious, what is wrong, what to do next, and where (example, line, turn).
import { useTranslation } from 'react-i18next';
import type { DatasetIssue } from '../../../../shared/domain/dataset/codes';
import { ISSUE_TEXT, SEVERITY_TEXT, issueParams, type SourceKind } from './issueText';
import { whereInFile } from './origin';

interface Props {
  issue: DatasetIssue;
  /** Position (1-based) of the example in the project list, when the issue concerns one (not for lines
   * of the file that never became examples, which is why the separators only go between parts shown). */
  exampleNumber?: number | null;
  /** The line of the imported file, when known. */
  sourceLine?: number | null;
  /** Whether that file counts rows (a spreadsheet) or lines (text); default lines. */
  sourceKind?: SourceKind;
  /** The file's name: given only when several files fed the project (else the row says enough). */
  sourceFile?: string | null;
  /** The spreadsheet column of the message the problem is in, when known. */
  sourceColumn?: string | null;
  onShow?: () => void;
}

export function IssueItem({
  issue,
  exampleNumber,
  sourceLine,
  sourceKind = 'line',
  sourceFile,
  sourceColumn,
  onShow,
}: Props) {
  const { t } = useTranslation();
  const text = ISSUE_TEXT[issue.code];
  const params = issueParams(issue.params ?? {}, (key, values) => t(key as never, values));
  const turn = typeof params.turn === 'number' ? params.turn : null;
  return (
    <div className={`issue issue-${issue.severity}`} data-code={issue.code}>
      <span className={`badge badge-${issue.severity}`}>{t(SEVERITY_TEXT[issue.severity])}</span>{' '}
      <span>{t(text.what, params)}</span>
      <p className="muted next-step">
        {t('examples.checks.nextStep')} {t(text.next, params)}
      </p>
      <p className="muted where">
        {[
          exampleNumber ? t('examples.checks.example', { n: exampleNumber }) : null,
          whereInFile(
            (key, values) => t(key as never, values),
            sourceLine ?? null,
            sourceKind,
            sourceFile ?? null,
            sourceColumn ?? null,
          ),
          turn ? t('examples.checks.turn', { n: turn }) : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
        {onShow ? (
          <>
            {' '}
            <button
              type="button"
              className="link"
              onClick={onShow}
              // Each "Show" names its example, so a list of them reads as different buttons (issue 20).
              {...(exampleNumber
                ? { 'aria-label': t('a11y.showExample', { n: exampleNumber, kind: t(text.title) }) }
                : {})}
            >
              {t('examples.checks.show')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
