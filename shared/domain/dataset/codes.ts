// Every problem Tunesmith can find in training data has a stable code. The code is the contract:
// main sends codes + params, the renderer translates them, the CLI prints English from messages.ts.
// Severity and fix live next to the code so that the UI, the CLI and the tests cannot disagree.

export type Severity = 'error' | 'warning' | 'info';

/** One-click fixes the UI may offer; each maps to a pure function in fixes.ts. */
export type FixId =
  | 'mask_personal_data'
  | 'mask_secrets'
  | 'remove_special_tokens'
  | 'remove_exact_duplicates'
  | 'drop_blank_lines'
  | 'trim_whitespace'
  | 'drop_empty_examples'
  | 'strip_byte_order_mark'
  | 'apply_system_prompt';

interface CodeSpec {
  severity: Severity;
  fix?: FixId;
}

/** Ordered roughly as a user meets them: file, syntax, cookbook format, content, set-level. */
export const ISSUE_CODES = {
  // file level
  empty_file: { severity: 'error' },
  binary_file: { severity: 'error' },
  encoding_uncertain: { severity: 'warning' },
  invalid_bytes: { severity: 'error' },
  byte_order_mark: { severity: 'info', fix: 'strip_byte_order_mark' },
  crlf_line_endings: { severity: 'info' },
  blank_line: { severity: 'warning', fix: 'drop_blank_lines' },
  line_too_long: { severity: 'error' },
  json_syntax: { severity: 'error' },
  json_document: { severity: 'info' },
  legacy_prompt_completion: { severity: 'info' },
  // tables and text blocks
  csv_syntax: { severity: 'error' },
  table_no_header: { severity: 'warning' },
  table_columns_unmapped: { severity: 'error' },
  table_ragged_row: { severity: 'warning' },
  table_empty_cell: { severity: 'warning' },
  table_extra_sheets: { severity: 'info' },
  table_conversation_scattered: { severity: 'warning' },
  qa_unpaired: { severity: 'warning' },
  // what the project store keeps (shared/domain/chatSchema.ts)
  content_converted: { severity: 'info' },
  example_not_kept: { severity: 'error' },
  // the OpenAI cookbook's seven, with its counting
  data_type: { severity: 'error' },
  missing_messages_list: { severity: 'error' },
  message_missing_key: { severity: 'error' },
  message_unrecognized_key: { severity: 'error' },
  unrecognized_role: { severity: 'error' },
  missing_content: { severity: 'error' },
  example_missing_assistant_message: { severity: 'error' },
  invalid_weight: { severity: 'error' },
  // the cookbook's warnings
  missing_system_message: { severity: 'info', fix: 'apply_system_prompt' },
  missing_user_message: { severity: 'warning' },
  // content
  too_many_tokens: { severity: 'error' },
  empty_assistant_reply: { severity: 'warning', fix: 'drop_empty_examples' },
  untrimmed_whitespace: { severity: 'info', fix: 'trim_whitespace' },
  special_token: { severity: 'warning', fix: 'remove_special_tokens' },
  pii_email: { severity: 'warning', fix: 'mask_personal_data' },
  pii_phone: { severity: 'warning', fix: 'mask_personal_data' },
  pii_national_id: { severity: 'warning', fix: 'mask_personal_data' },
  pii_card_number: { severity: 'warning', fix: 'mask_personal_data' },
  secret_api_key: { severity: 'error', fix: 'mask_secrets' },
  repeated_sentence: { severity: 'warning' },
  // whole set
  too_few_examples: { severity: 'error' },
  few_examples: { severity: 'info' },
  duplicate_exact: { severity: 'warning', fix: 'remove_exact_duplicates' },
  duplicate_near: { severity: 'info' },
  identical_assistant_replies: { severity: 'warning' },
  train_validation_overlap: { severity: 'error' },
  mixed_chinese_scripts: { severity: 'warning' },
} as const satisfies Record<string, CodeSpec>;

export type IssueCode = keyof typeof ISSUE_CODES;

export const ALL_ISSUE_CODES = Object.keys(ISSUE_CODES) as IssueCode[];

export type IssueParams = Record<string, string | number>;

export interface DatasetIssue {
  code: IssueCode;
  severity: Severity;
  /** 1-based line (JSONL/text) or row (CSV/XLSX) in the source; null for file- or set-level issues. */
  line: number | null;
  /** 0-based index of the example the issue concerns; null when it concerns no single example. */
  example: number | null;
  /** Values the translated message needs (column, token counts, the other line…). Never sentences. */
  params?: IssueParams;
  fix?: FixId;
}

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}

export function fixOf(code: IssueCode): FixId | undefined {
  const spec: CodeSpec = ISSUE_CODES[code];
  return spec.fix;
}

export function makeIssue(
  code: IssueCode,
  line: number | null,
  example: number | null,
  params?: IssueParams,
): DatasetIssue {
  const issue: DatasetIssue = { code, severity: severityOf(code), line, example };
  if (params) issue.params = params;
  const fix = fixOf(code);
  if (fix) issue.fix = fix;
  return issue;
}

/**
 * Why a file could not be checked at all (as opposed to issues found inside it). These are the
 * `{ok:false}` results of the dataset API and make the CLI exit with 2.
 */
export type DatasetErrorCode =
  | 'file_not_found'
  | 'file_unreadable'
  | 'not_a_regular_file'
  | 'file_too_large'
  | 'archive_too_large'
  | 'unsupported_format'
  | 'not_a_text_file'
  | 'cancelled'
  | 'worker_failed';

export interface DatasetError {
  code: DatasetErrorCode;
  params?: IssueParams;
}

export type DatasetResult<T> = { ok: true; data: T } | { ok: false; error: DatasetError };
