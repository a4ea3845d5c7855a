// One document in, its blocks out, or one NotesProblem saying why not. The file is opened read-only and
// never written. Size limits are checked from the file's metadata before a byte is read, so a 200 MB log
// is refused at once instead of being loaded into memory; an empty file is refused the same way.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { notesFormatOf, notesPrecheck, unsupportedProblem } from '../../../../shared/domain/notes/formats';
import type { ImportOutcome, NotesProblem } from '../../../../shared/domain/notes/types';
import { importDocx } from './importers/docx';
import { importPdf } from './importers/pdf';
import { importText } from './importers/text';

export { NOTES_EXTENSIONS } from '../../../../shared/domain/notes/formats';

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
  const format = notesFormatOf(name);
  if (!format) return { ...fail(unsupportedProblem(name)), bytes: 0 };
  let size: number;
  try {
    size = (await fs.stat(filePath)).size;
  } catch {
    return { ...fail({ code: 'unreadable', file }), bytes: 0 };
  }
  // Empty or over its kind's limit: the same judgement the renderer makes before uploading a dropped file.
  const refused = notesPrecheck(file, size);
  if (refused) return { ...fail(refused), bytes: size };
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
