// Where a project's examples came from when several files were appended into it. Each imported example
// keeps its file's name next to its row (ProjectExample.sourceFile + sourceLine) and the project lists
// every file it was fed (ProjectMeta.sources), so a problem can say "file b.csv, row 12" instead of a row
// number that exists in every file. Projects saved before this knew only their last file (`source`).
import type { ProjectExample, ProjectMeta, SourceInfo } from './types';

/** Files a project remembers (the list is bounded: a name per append, not a history of the disk). */
export const SOURCES_KEPT = 200;

/** Every file that fed the project, oldest first; an older project's single `source` stands for all. */
export function sourcesOf(meta: Pick<ProjectMeta, 'source' | 'sources'>): SourceInfo[] {
  return meta.sources ?? (meta.source ? [meta.source] : []);
}

/** The sources after importing `added`: an append adds it to the list, a replace starts the list again. */
export function withSource(
  meta: Pick<ProjectMeta, 'source' | 'sources'>,
  added: SourceInfo,
  mode: 'append' | 'replace',
): SourceInfo[] {
  const kept = mode === 'append' ? sourcesOf(meta) : [];
  return [...kept, added].slice(-SOURCES_KEPT);
}

/**
 * True when more than one file fed the project: only then is a file name worth saying next to a row
 * (with one file, "row 12" is enough and shorter). Two imports of the same file name count once.
 */
export function fedBySeveralFiles(meta: Pick<ProjectMeta, 'source' | 'sources'>): boolean {
  return new Set(sourcesOf(meta).map((s) => s.fileName)).size > 1;
}

/**
 * The spreadsheet column a message of an imported example was read from ("回答"), by the message's role
 * and the columns its file recorded; null for text files, examples not imported, projects saved before
 * columns were kept, and roles no column held.
 */
export function columnOf(
  meta: Pick<ProjectMeta, 'source' | 'sources'>,
  item: Pick<ProjectExample, 'provenance' | 'sourceFile' | 'sourceLine' | 'example'>,
  turn: number,
): string | null {
  if (item.provenance !== 'imported' || item.sourceLine === undefined) return null;
  const file = item.sourceFile;
  const source = file ? sourcesOf(meta).findLast((s) => s.fileName === file) : meta.source;
  const role = item.example.messages[turn - 1]?.role;
  if (!source?.columns || !role) return null;
  return role === 'user' || role === 'assistant' || role === 'system' ? (source.columns[role] ?? null) : null;
}
