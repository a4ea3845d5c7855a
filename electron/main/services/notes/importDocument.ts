// One document in, its blocks out, or one NotesProblem saying why not. The file is opened read-only and
// never written. Size limits are checked from the file's metadata before a byte is read, so a 200 MB log
// is refused at once instead of being loaded into memory; an empty file is refused the same way.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NOTES_LIMITS, type ImportOutcome, type NotesProblem } from '../../../../shared/domain/notes/types';
import { importDocx } from './importers/docx';
import { importPdf } from './importers/pdf';
import { importText } from './importers/text';

type Format = 'text' | 'markdown' | 'docx' | 'pdf';

const FORMATS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

const LIMIT: Record<Format, number> = {
  text: NOTES_LIMITS.maxTextBytes,
  markdown: NOTES_LIMITS.maxTextBytes,
  docx: NOTES_LIMITS.maxDocxBytes,
  pdf: NOTES_LIMITS.maxPdfBytes,
};

export const NOTES_EXTENSIONS = Object.keys(FORMATS).map((e) => e.slice(1));

const MB = 1024 * 1024;
const fail = (problem: NotesProblem): ImportOutcome => ({ ok: false, problem });

/**
 * `name` is what the user knows the file by (a dropped file is read from a private temp copy whose name
 * has a prefix): messages name it and its extension decides the format.
 */
export async function importDocument(
  filePath: string,
  name: string = path.basename(filePath),
): Promise<ImportOutcome & { bytes: number }> {
  const file = name;
  const format = FORMATS[path.extname(name).toLowerCase()];
  if (!format) {
    return {
      ...fail({ code: 'unsupported_type', file, params: { extension: path.extname(name) || '—' } }),
      bytes: 0,
    };
  }
  let size: number;
  try {
    size = (await fs.stat(filePath)).size;
  } catch {
    return { ...fail({ code: 'unreadable', file }), bytes: 0 };
  }
  if (size === 0) return { ...fail({ code: 'empty', file }), bytes: 0 };
  if (size > LIMIT[format]) {
    const params = { sizeMb: Math.round(size / MB), limitMb: LIMIT[format] / MB };
    return { ...fail({ code: 'too_large', file, params }), bytes: size };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath, { flag: 'r' });
  } catch {
    return { ...fail({ code: 'unreadable', file }), bytes: size };
  }
  const outcome =
    format === 'docx'
      ? await importDocx(bytes, file)
      : format === 'pdf'
        ? await importPdf(bytes, file)
        : importText(bytes, file, format === 'markdown');
  return { ...outcome, bytes: size };
}
