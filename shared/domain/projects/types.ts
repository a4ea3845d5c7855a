// An Examples project: the user's training examples plus everything decided about them (where they came
// from, how columns were mapped, the split, the model, the last check). Main stores it under userData;
// the renderer edits it; Train and Try read it through the projects.* routes.
import type { ChatExample } from '../chat';
import type { ColumnMapping } from '../dataset/columns';
import type { DatasetIssue, IssueCode } from '../dataset/codes';
import type { DatasetReport, EncodingName, SourceFormat } from '../dataset/report';
import type { ProviderId } from '../pricing/catalog';
import type { SplitSettings } from './split';

/** Where an example came from, so a user (and Train) can tell imported data from later corrections. */
export type Provenance = 'imported' | 'sample' | 'added' | 'corrected-from-try';

export type SplitPart = 'train' | 'validation' | 'test';

export interface ProjectExample {
  /** Stable for the life of the project: edits, undo and issues refer to examples by id, not position. */
  id: string;
  example: ChatExample;
  provenance: Provenance;
  /** 1-based line or spreadsheet row in the imported file, when there was one. */
  sourceLine?: number;
  /**
   * The imported file's name (never a path), so that with sourceLine an example knows its origin when
   * several files were appended into one project. Absent in projects saved before it was kept.
   */
  sourceFile?: string;
  /** Part of the split; 'train' until a split is applied. The test part is held out for Try. */
  split: SplitPart;
  /** For corrected-from-try: the model the reply was corrected from. */
  correctedFrom?: string;
}

export interface SourceInfo {
  /** File name only (never a full path the renderer could use): shown to the user. */
  fileName: string;
  format: SourceFormat;
  encoding: EncodingName;
  bytes: number;
  importedAt: string;
  /**
   * For spreadsheets: the column each role was read from, as the user titled it (its header, or its
   * letter without a header row), so a problem in a message can name its column. Absent for text files
   * and for projects saved before it was kept.
   */
  columns?: SourceColumns;
}

export type SourceColumns = Partial<Record<'user' | 'assistant' | 'system', string>>;

/** A check issue tied to a stable example id instead of a position that edits would invalidate. */
export interface ProjectIssue extends DatasetIssue {
  exampleId: string | null;
}

/** The last check, as stored: per-example token counts are dropped (they are recomputed on the next check). */
export interface StoredReport extends Omit<DatasetReport, 'issues' | 'tokens' | 'file'> {
  issues: ProjectIssue[];
  tokens: Omit<DatasetReport['tokens'], 'perExample'>;
  checkedAt: string;
  /** True once examples changed after this check: the numbers may be out of date. */
  stale: boolean;
}

export interface ProjectMeta {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The last file imported (kept for older readers; `sources` lists every one). */
  source: SourceInfo | null;
  /**
   * Every file that fed the project, in import order: an append adds one, a replace starts over.
   * Absent in projects saved before it was kept (then `source` is the only one).
   */
  sources?: SourceInfo[];
  mapping: ColumnMapping | null;
  split: SplitSettings | null;
  provider: ProviderId;
  model: string;
  epochs: number | 'auto';
  report: StoredReport | null;
  exampleCount: number;
  /** Set when the project was opened from a shipped sample. */
  sample?: { id: string; language: string };
  /** What the last import could not read; absent when it read cleanly or the user dismissed the list. */
  importProblems?: ImportProblems;
}

/**
 * Problems met while reading the imported file (lines that did not become examples, invalid bytes, rows
 * that could not be mapped), kept with the project so the Checks tab can still list them after the import
 * panel is gone. Bounded: a file with a million broken lines must not make the metadata file huge.
 */
export interface ImportProblems {
  /** File name only, as in SourceInfo: the last file read (issues say theirs when several were kept). */
  fileName: string;
  importedAt: string;
  /** The first problems in file order (at most 1,000); `counts` covers all of them. */
  issues: ImportProblem[];
  /** Exact number of problems per code, including the ones not kept in `issues`. */
  counts: Partial<Record<IssueCode, number>>;
  /** Records that were read but could not become an example (not an object, no messages list). */
  skipped: number;
}

/** A reading problem, with the file it was met in once problems of several appended files are kept. */
export interface ImportProblem extends DatasetIssue {
  file?: string;
}

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  exampleCount: number;
  sample?: { id: string; language: string };
}

export interface OpenProject {
  meta: ProjectMeta;
  examples: ProjectExample[];
  /** Set when the examples file was damaged and put aside; the user is told. */
  recovered?: 'examples_restored_from_backup' | 'examples_partly_set_aside' | 'examples_reset';
  /** How many examples could not be read and were set aside (kept in the damaged file). */
  setAside?: number;
}
