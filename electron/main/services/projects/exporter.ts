// Writing a project out: each part (or all) of the examples through the engine's writers
// (services/dataset/exporters.ts streams JSONL/CSV/XLSX atomically with formula-injection escaping), and
// the whole project as one portable file (portableFile.ts), plus the file names offered in the dialog.
import type { ProjectExample, ProjectMeta, SplitPart } from '../../../../shared/domain/projects/types';
import { writeCsv, writeJsonl, writeXlsx } from '../dataset/exporters';

export { PORTABLE_MAX_BYTES, readProjectFile, writeProjectFile } from './portableFile';

export type ExportFormat = 'jsonl' | 'csv' | 'xlsx';
export type ExportPart = SplitPart | 'all';

export async function writeExamplesFile(
  file: string,
  items: readonly ProjectExample[],
  format: ExportFormat,
): Promise<void> {
  const examples = items.map((e) => e.example);
  if (format === 'jsonl') await writeJsonl(file, examples);
  else if (format === 'csv') await writeCsv(file, examples);
  else await writeXlsx(file, examples);
}

export function selectPart(examples: readonly ProjectExample[], part: ExportPart): ProjectExample[] {
  return part === 'all' ? [...examples] : examples.filter((e) => e.split === part);
}

/** A file name that tells parts apart: "My project - train.jsonl". */
export function defaultExportName(
  meta: ProjectMeta,
  part: ExportPart | 'project',
  format: ExportFormat | 'project',
): string {
  const base = meta.name.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80) || 'examples';
  if (format === 'project') return `${base}.tunesmith.json`;
  return part === 'all' ? `${base}.${format}` : `${base} - ${part}.${format}`;
}

/** The name a project opened from a file gets: the file's name without its extensions. */
export const projectNameFromFile = (fileName: string) =>
  fileName.replace(/(\.tunesmith)?\.json$/i, '') || fileName;
