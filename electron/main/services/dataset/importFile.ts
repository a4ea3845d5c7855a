// Reading a file into the editor: the same sources as the check, but the sink keeps the examples (the
// editor needs them in memory anyway) together with the line each came from, so issues found later can
// still point at the user's original file. Records that are not chat examples at all are left out and
// reported; everything that can be shown and fixed in the editor is kept, converted to the one stored
// shape (shared/domain/chatSchema.ts) so that what an import accepts, the project always opens again.
import type { ChatExample } from '../../../../shared/domain/chat';
import { toStorableExample } from '../../../../shared/domain/chatSchema';
import { makeIssue, type DatasetIssue, type DatasetResult } from '../../../../shared/domain/dataset/codes';
import {
  checkExampleFormat,
  isLegacyPromptCompletion,
  legacyToChat,
} from '../../../../shared/domain/dataset/formatChecks';
import type { ColumnGuess } from '../../../../shared/domain/dataset/columns';
import type { EncodingGuess, SourceFormat } from '../../../../shared/domain/dataset/report';
import type { RecordSink } from '../../../../shared/domain/dataset/sink';
import { readSource, type ReadControlOptions, type ReadOptions } from './pipeline';

export interface ImportedExample {
  example: ChatExample;
  /** 1-based line (or spreadsheet row) in the source file. */
  line: number;
}

export interface ImportResult {
  file: string;
  format: SourceFormat;
  encoding: EncodingGuess;
  columns: ColumnGuess | null;
  examples: ImportedExample[];
  /** Problems met while reading (syntax, encoding, structure). Content checks run on the examples later. */
  issues: DatasetIssue[];
  /** Records that could not become an example (not an object, no messages list). */
  skipped: number;
}

export async function importFile(
  path: string,
  options: ReadOptions = {},
  control: ReadControlOptions = {},
): Promise<DatasetResult<ImportResult>> {
  const examples: ImportedExample[] = [];
  const issues: DatasetIssue[] = [];
  let skipped = 0;
  const sink: RecordSink = {
    record(value, line) {
      const converted = isLegacyPromptCompletion(value) ? legacyToChat(value) : value;
      const format = checkExampleFormat(converted);
      // What is kept must be what the project store can load again: the same schema decides both.
      const storable = format.example ? toStorableExample(converted) : null;
      if (storable?.ok) {
        examples.push({ example: storable.example, line });
        for (const note of storable.notes) issues.push(makeIssue(note.code, line, null, note.params));
      } else if (storable) {
        skipped++;
        issues.push(makeIssue(storable.note.code, line, null, storable.note.params));
      } else {
        skipped++;
        for (const f of format.findings) issues.push(makeIssue(f.code, line, null, f.params));
      }
    },
    issue(code, line, params) {
      issues.push(makeIssue(code, line, null, params));
    },
  };
  const read = await readSource(path, options, sink, control);
  if (!read.ok) return read;
  // A file that is not text is refused with what it is, first and alone: nothing after that (an
  // encoding, "no examples") would be true or useful.
  const notText = issues.find((issue) => issue.code === 'binary_file');
  if (notText)
    return { ok: false, error: { code: 'not_a_text_file', params: notText.params ?? { kind: 'other' } } };
  const { file, format, encoding, columns } = read.data;
  return { ok: true, data: { file, format, encoding, columns, examples, issues, skipped } };
}

export interface FilePreview {
  format: SourceFormat;
  encoding: EncodingGuess;
  columns: ColumnGuess | null;
  /** Spreadsheet rows as read (header first); empty for JSONL and text. */
  rows: string[][];
  /** The first examples as they would be imported with the current options. */
  examples: ImportedExample[];
  issues: DatasetIssue[];
}

/**
 * The first rows and examples, read with the given (or guessed) encoding and mapping, for the import
 * screen's "does this look right?" step. Stops reading as soon as it has enough.
 */
export async function previewFile(
  path: string,
  options: ReadOptions = {},
  limit = 20,
): Promise<DatasetResult<FilePreview>> {
  const rows: string[][] = [];
  const onRow = (cells: readonly string[]) => {
    if (rows.length < limit) rows.push([...cells]);
  };
  const imported = await importFile(path, options, { onRow, stopAfterRecords: limit });
  if (!imported.ok) return imported;
  const { format, encoding, columns, examples, issues } = imported.data;
  return { ok: true, data: { format, encoding, columns, rows, examples, issues } };
}
