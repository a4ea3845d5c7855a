// Writing a project out: each split part as provider-ready JSONL, the whole set as CSV or XLSX for editing
// elsewhere (formula-looking cells escaped, see tableExport.ts), and the whole project as one portable
// file that another Tunesmith can import. Paths always come from the native save dialog, chosen in main.
import { promises as fs } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { appError } from '../../../../shared/ipc/errors';
import { exampleRows, TABLE_HEADER, toCsv, toJsonl } from '../../../../shared/domain/projects/tableExport';
import type {
  OpenProject,
  ProjectExample,
  ProjectMeta,
  SplitPart,
} from '../../../../shared/domain/projects/types';
import { ProjectExampleSchema, ProjectMetaSchema } from './schemas';

export type ExportFormat = 'jsonl' | 'csv' | 'xlsx';
export type ExportPart = SplitPart | 'all';

export async function writeExamplesFile(
  file: string,
  examples: readonly ProjectExample[],
  format: ExportFormat,
): Promise<void> {
  if (format === 'jsonl') return writeFileAtomic(file, toJsonl(examples), { mode: 0o644 });
  const rows: string[][] = [[...TABLE_HEADER]];
  examples.forEach((item, i) => rows.push(...exampleRows(item, i + 1)));
  if (format === 'csv') return writeFileAtomic(file, toCsv(rows), { mode: 0o644 });
  // exceljs loads slowly; only XLSX exports pay for it. The streaming writer keeps 100k rows out of memory.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = workbook.addWorksheet('examples');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

export const PROJECT_FILE_FORMAT = 'tunesmith-project';

const PortableSchema = z.object({
  format: z.literal(PROJECT_FILE_FORMAT),
  version: z.literal(1),
  meta: z.unknown(),
  examples: z.array(z.unknown()),
});

/** The whole project (examples, split, settings, check report) in one JSON file. */
export async function writeProjectFile(file: string, project: OpenProject): Promise<void> {
  const text = JSON.stringify({
    format: PROJECT_FILE_FORMAT,
    version: 1,
    meta: project.meta,
    examples: project.examples,
  });
  await writeFileAtomic(file, text, { mode: 0o644 });
}

/** Reads a portable project file; anything that does not validate is refused as file_invalid. */
export async function readProjectFile(
  file: string,
): Promise<{ meta: ProjectMeta; examples: ProjectExample[] }> {
  try {
    const parsed = PortableSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    const meta = ProjectMetaSchema.parse(parsed.meta);
    const examples = parsed.examples.map((e) => ProjectExampleSchema.parse(e));
    if (new Set(examples.map((e) => e.id)).size !== examples.length) throw new Error('duplicate ids');
    return { meta, examples };
  } catch {
    throw appError('file_invalid', { params: { reason: 'not_a_project' } });
  }
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
