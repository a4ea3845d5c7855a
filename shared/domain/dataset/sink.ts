// What every source (JSONL, JSON document, CSV/TSV, XLSX, Q&A text) produces: records with the line they
// start on, and issues about the file itself. Checking and importing are two sinks for the same sources,
// which is what keeps the CLI, the worker and the editor's import in agreement.
import type { IssueCode, IssueParams } from './codes';

export interface RecordSink {
  record(value: unknown, line: number): void;
  /** An issue not tied to a readable example (blank line, syntax error, ragged row…). */
  issue(code: IssueCode, line: number | null, params?: IssueParams): void;
}
