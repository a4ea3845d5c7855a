// What every source (JSONL, JSON document, CSV/TSV, XLSX, Q&A text) produces: records with the line they
// start on, and issues about the file itself. Checking and importing are two sinks for the same sources,
// which is what keeps the CLI, the worker and the editor's import in agreement.
import type { IssueCode, IssueParams } from './codes';

export interface RecordSink {
  /** `offset`: the byte offset of the record's line in the file, when a record is one line (JSONL). */
  record(value: unknown, line: number, offset?: number): void;
  /** An issue not tied to a readable example (blank line, syntax error, ragged row…). */
  issue(code: IssueCode, line: number | null, params?: IssueParams): void;
  /**
   * Offered by sources whose records can be read back by byte offset (JSONL): `read(offset)` returns
   * the record on the line at that offset again, or undefined. Valid until the read finishes.
   */
  rereadable?(read: (offset: number) => unknown): void;
}
