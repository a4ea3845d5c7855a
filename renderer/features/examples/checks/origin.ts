// Where an example came from, as IssueItem shows it: its row (or line) in the imported file, counted the
// way that file counts (a spreadsheet's rows, a text file's lines), and the file's name when several
// files fed the project. Examples saved before they kept their file fall back to the project's file.
import type { ProjectExample, ProjectMeta } from '../../../../shared/domain/projects/types';
import { columnOf } from '../../../../shared/domain/projects/origin';
import { sourceKindOf, sourceKindOfFileName, type SourceKind } from './issueText';

export interface ExampleOrigin {
  sourceLine: number | null;
  sourceKind: SourceKind;
  sourceFile: string | null;
  /** The spreadsheet column of the message the problem is in ("回答"), when known. */
  sourceColumn: string | null;
}

export function originOf(
  example: ProjectExample | undefined,
  meta: Pick<ProjectMeta, 'source' | 'sources'>,
  severalFiles: boolean,
  /** The 1-based message the problem is in, when it is in one. */
  turn?: number | null,
): ExampleOrigin {
  const file = example?.sourceFile;
  return {
    sourceLine: example?.sourceLine ?? null,
    sourceKind: file ? sourceKindOfFileName(file) : sourceKindOf(meta.source?.format),
    sourceFile: severalFiles && example?.sourceLine !== undefined ? (file ?? null) : null,
    sourceColumn: example && turn ? columnOf(meta, example, turn) : null,
  };
}

type Translate = (key: string, values: Record<string, string | number>) => string;

/**
 * "row 77 of the spreadsheet", or with several files "file “b.csv”, row 77", then the column when known
 * ("…, column “回答”"); null when nothing is known.
 */
export function whereInFile(
  t: Translate,
  line: number | null,
  kind: SourceKind,
  file: string | null,
  column: string | null = null,
) {
  const where = rowOrLine(t, line, kind, file);
  return where && column ? t('origin.withColumn', { where, column }) : where;
}

function rowOrLine(t: Translate, line: number | null, kind: SourceKind, file: string | null) {
  if (file)
    return line
      ? kind === 'row'
        ? t('origin.row', { file, row: line })
        : t('origin.line', { file, line })
      : t('origin.file', { file });
  if (!line) return null;
  return kind === 'row' ? t('examples.checks.row', { row: line }) : t('examples.checks.line', { line });
}
