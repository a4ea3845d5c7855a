// Every engine issue code, fix and failure reason mapped to literal locale keys (no template-string keys),
// so the compiler fails when the engine gains a code without text, and the unused-key test can see them.
import type { DatasetErrorCode, FixId, IssueCode, Severity } from '../../../../shared/domain/dataset/codes';

export const ISSUE_TEXT = {
  empty_file: {
    title: 'checks.codes.empty_file.title',
    what: 'checks.codes.empty_file.what',
    next: 'checks.codes.empty_file.next',
  },
  binary_file: {
    title: 'checks.codes.binary_file.title',
    what: 'checks.codes.binary_file.what',
    next: 'checks.codes.binary_file.next',
  },
  encoding_uncertain: {
    title: 'checks.codes.encoding_uncertain.title',
    what: 'checks.codes.encoding_uncertain.what',
    next: 'checks.codes.encoding_uncertain.next',
  },
  invalid_bytes: {
    title: 'checks.codes.invalid_bytes.title',
    what: 'checks.codes.invalid_bytes.what',
    next: 'checks.codes.invalid_bytes.next',
  },
  byte_order_mark: {
    title: 'checks.codes.byte_order_mark.title',
    what: 'checks.codes.byte_order_mark.what',
    next: 'checks.codes.byte_order_mark.next',
  },
  crlf_line_endings: {
    title: 'checks.codes.crlf_line_endings.title',
    what: 'checks.codes.crlf_line_endings.what',
    next: 'checks.codes.crlf_line_endings.next',
  },
  blank_line: {
    title: 'checks.codes.blank_line.title',
    what: 'checks.codes.blank_line.what',
    next: 'checks.codes.blank_line.next',
  },
  line_too_long: {
    title: 'checks.codes.line_too_long.title',
    what: 'checks.codes.line_too_long.what',
    next: 'checks.codes.line_too_long.next',
  },
  json_syntax: {
    title: 'checks.codes.json_syntax.title',
    what: 'checks.codes.json_syntax.what',
    next: 'checks.codes.json_syntax.next',
  },
  json_document: {
    title: 'checks.codes.json_document.title',
    what: 'checks.codes.json_document.what',
    next: 'checks.codes.json_document.next',
  },
  legacy_prompt_completion: {
    title: 'checks.codes.legacy_prompt_completion.title',
    what: 'checks.codes.legacy_prompt_completion.what',
    next: 'checks.codes.legacy_prompt_completion.next',
  },
  csv_syntax: {
    title: 'checks.codes.csv_syntax.title',
    what: 'checks.codes.csv_syntax.what',
    next: 'checks.codes.csv_syntax.next',
  },
  table_no_header: {
    title: 'checks.codes.table_no_header.title',
    what: 'checks.codes.table_no_header.what',
    next: 'checks.codes.table_no_header.next',
  },
  table_columns_unmapped: {
    title: 'checks.codes.table_columns_unmapped.title',
    what: 'checks.codes.table_columns_unmapped.what',
    next: 'checks.codes.table_columns_unmapped.next',
  },
  table_ragged_row: {
    title: 'checks.codes.table_ragged_row.title',
    what: 'checks.codes.table_ragged_row.what',
    next: 'checks.codes.table_ragged_row.next',
  },
  table_empty_cell: {
    title: 'checks.codes.table_empty_cell.title',
    what: 'checks.codes.table_empty_cell.what',
    next: 'checks.codes.table_empty_cell.next',
  },
  table_extra_sheets: {
    title: 'checks.codes.table_extra_sheets.title',
    what: 'checks.codes.table_extra_sheets.what',
    next: 'checks.codes.table_extra_sheets.next',
  },
  table_conversation_scattered: {
    title: 'checks.codes.table_conversation_scattered.title',
    what: 'checks.codes.table_conversation_scattered.what',
    next: 'checks.codes.table_conversation_scattered.next',
  },
  qa_unpaired: {
    title: 'checks.codes.qa_unpaired.title',
    what: 'checks.codes.qa_unpaired.what',
    next: 'checks.codes.qa_unpaired.next',
  },
  content_converted: {
    title: 'checks.codes.content_converted.title',
    what: 'checks.codes.content_converted.what',
    next: 'checks.codes.content_converted.next',
  },
  example_not_kept: {
    title: 'checks.codes.example_not_kept.title',
    what: 'checks.codes.example_not_kept.what',
    next: 'checks.codes.example_not_kept.next',
  },
  data_type: {
    title: 'checks.codes.data_type.title',
    what: 'checks.codes.data_type.what',
    next: 'checks.codes.data_type.next',
  },
  missing_messages_list: {
    title: 'checks.codes.missing_messages_list.title',
    what: 'checks.codes.missing_messages_list.what',
    next: 'checks.codes.missing_messages_list.next',
  },
  message_missing_key: {
    title: 'checks.codes.message_missing_key.title',
    what: 'checks.codes.message_missing_key.what',
    next: 'checks.codes.message_missing_key.next',
  },
  message_unrecognized_key: {
    title: 'checks.codes.message_unrecognized_key.title',
    what: 'checks.codes.message_unrecognized_key.what',
    next: 'checks.codes.message_unrecognized_key.next',
  },
  unrecognized_role: {
    title: 'checks.codes.unrecognized_role.title',
    what: 'checks.codes.unrecognized_role.what',
    next: 'checks.codes.unrecognized_role.next',
  },
  missing_content: {
    title: 'checks.codes.missing_content.title',
    what: 'checks.codes.missing_content.what',
    next: 'checks.codes.missing_content.next',
  },
  example_missing_assistant_message: {
    title: 'checks.codes.example_missing_assistant_message.title',
    what: 'checks.codes.example_missing_assistant_message.what',
    next: 'checks.codes.example_missing_assistant_message.next',
  },
  invalid_weight: {
    title: 'checks.codes.invalid_weight.title',
    what: 'checks.codes.invalid_weight.what',
    next: 'checks.codes.invalid_weight.next',
  },
  missing_system_message: {
    title: 'checks.codes.missing_system_message.title',
    what: 'checks.codes.missing_system_message.what',
    next: 'checks.codes.missing_system_message.next',
  },
  missing_user_message: {
    title: 'checks.codes.missing_user_message.title',
    what: 'checks.codes.missing_user_message.what',
    next: 'checks.codes.missing_user_message.next',
  },
  too_many_tokens: {
    title: 'checks.codes.too_many_tokens.title',
    what: 'checks.codes.too_many_tokens.what',
    next: 'checks.codes.too_many_tokens.next',
  },
  empty_assistant_reply: {
    title: 'checks.codes.empty_assistant_reply.title',
    what: 'checks.codes.empty_assistant_reply.what',
    next: 'checks.codes.empty_assistant_reply.next',
  },
  untrimmed_whitespace: {
    title: 'checks.codes.untrimmed_whitespace.title',
    what: 'checks.codes.untrimmed_whitespace.what',
    next: 'checks.codes.untrimmed_whitespace.next',
  },
  special_token: {
    title: 'checks.codes.special_token.title',
    what: 'checks.codes.special_token.what',
    next: 'checks.codes.special_token.next',
  },
  pii_email: {
    title: 'checks.codes.pii_email.title',
    what: 'checks.codes.pii_email.what',
    next: 'checks.codes.pii_email.next',
  },
  pii_phone: {
    title: 'checks.codes.pii_phone.title',
    what: 'checks.codes.pii_phone.what',
    next: 'checks.codes.pii_phone.next',
  },
  pii_national_id: {
    title: 'checks.codes.pii_national_id.title',
    what: 'checks.codes.pii_national_id.what',
    next: 'checks.codes.pii_national_id.next',
  },
  pii_card_number: {
    title: 'checks.codes.pii_card_number.title',
    what: 'checks.codes.pii_card_number.what',
    next: 'checks.codes.pii_card_number.next',
  },
  secret_api_key: {
    title: 'checks.codes.secret_api_key.title',
    what: 'checks.codes.secret_api_key.what',
    next: 'checks.codes.secret_api_key.next',
  },
  too_few_examples: {
    title: 'checks.codes.too_few_examples.title',
    what: 'checks.codes.too_few_examples.what',
    next: 'checks.codes.too_few_examples.next',
  },
  few_examples: {
    title: 'checks.codes.few_examples.title',
    what: 'checks.codes.few_examples.what',
    next: 'checks.codes.few_examples.next',
  },
  duplicate_exact: {
    title: 'checks.codes.duplicate_exact.title',
    what: 'checks.codes.duplicate_exact.what',
    next: 'checks.codes.duplicate_exact.next',
  },
  duplicate_near: {
    title: 'checks.codes.duplicate_near.title',
    what: 'checks.codes.duplicate_near.what',
    next: 'checks.codes.duplicate_near.next',
  },
  identical_assistant_replies: {
    title: 'checks.codes.identical_assistant_replies.title',
    what: 'checks.codes.identical_assistant_replies.what',
    next: 'checks.codes.identical_assistant_replies.next',
  },
  train_validation_overlap: {
    title: 'checks.codes.train_validation_overlap.title',
    what: 'checks.codes.train_validation_overlap.what',
    next: 'checks.codes.train_validation_overlap.next',
  },
  repeated_sentence: {
    title: 'checks.codes.repeated_sentence.title',
    what: 'checks.codes.repeated_sentence.what',
    next: 'checks.codes.repeated_sentence.next',
  },
  mixed_chinese_scripts: {
    title: 'checks.codes.mixed_chinese_scripts.title',
    what: 'checks.codes.mixed_chinese_scripts.what',
    next: 'checks.codes.mixed_chinese_scripts.next',
  },
} as const satisfies Record<IssueCode, { title: string; what: string; next: string }>;

/**
 * Params the engine sends as codes rather than numbers or quoted text ('simplified'), by param name:
 * shown in the reader's language. `issueParams` swaps them in before the issue's sentence is built.
 */
const PARAM_VALUE_TEXT: Record<string, Record<string, string>> = {
  script: {
    traditional: 'checks.scripts.traditional',
    simplified: 'checks.scripts.simplified',
  },
  // What a file that is not text really is (electron/main/services/dataset/fileKind.ts); {{ext}} inside.
  kind: {
    pdf: 'checks.fileKinds.pdf',
    image: 'checks.fileKinds.image',
    zip: 'checks.fileKinds.zip',
    word: 'checks.fileKinds.word',
    powerpoint: 'checks.fileKinds.powerpoint',
    'spreadsheet-old': 'checks.fileKinds.spreadsheetOld',
    archive: 'checks.fileKinds.archive',
    media: 'checks.fileKinds.media',
    other: 'checks.fileKinds.other',
    unknown: 'checks.fileKinds.unknown',
  },
};

export function issueParams(
  params: Readonly<Record<string, string | number>>,
  t: (key: string, params: Record<string, string | number>) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  // A format's extension reads in capitals in a sentence: "a picture (PNG)".
  if (typeof params.ext === 'string') out.ext = params.ext.toUpperCase();
  for (const [name, values] of Object.entries(PARAM_VALUE_TEXT)) {
    const value = params[name];
    if (typeof value === 'string' && Object.hasOwn(values, value))
      out[name] = t(values[value] as string, { ext: out.ext ?? '' });
  }
  return out;
}

export const FIX_TEXT = {
  mask_personal_data: 'checks.fixes.mask_personal_data',
  mask_secrets: 'checks.fixes.mask_secrets',
  remove_special_tokens: 'checks.fixes.remove_special_tokens',
  remove_exact_duplicates: 'checks.fixes.remove_exact_duplicates',
  drop_blank_lines: 'checks.fixes.drop_blank_lines',
  trim_whitespace: 'checks.fixes.trim_whitespace',
  drop_empty_examples: 'checks.fixes.drop_empty_examples',
  strip_byte_order_mark: 'checks.fixes.strip_byte_order_mark',
  apply_system_prompt: 'checks.fixes.apply_system_prompt',
} as const satisfies Record<FixId, string>;

/** Why a file could not be read at all (engine DatasetErrorCode), plus the reasons main adds itself. */
export const REASON_TEXT = {
  file_not_found: 'checks.reasons.file_not_found',
  file_unreadable: 'checks.reasons.file_unreadable',
  not_a_regular_file: 'checks.reasons.not_a_regular_file',
  file_too_large: 'checks.reasons.file_too_large',
  archive_too_large: 'checks.reasons.archive_too_large',
  unsupported_format: 'checks.reasons.unsupported_format',
  not_a_text_file: 'checks.reasons.not_a_text_file',
  cancelled: 'checks.reasons.cancelled',
  worker_failed: 'checks.reasons.worker_failed',
  not_a_project: 'checks.reasons.not_a_project',
  too_large: 'checks.reasons.too_large',
  // Why a portable project file was refused (services/projects/exporter.ts).
  project_damaged: 'checks.reasons.project_damaged',
  project_newer_version: 'checks.reasons.project_newer_version',
  project_too_large: 'checks.reasons.project_too_large',
} as const satisfies Record<
  | DatasetErrorCode
  | 'not_a_project'
  | 'too_large'
  | 'project_damaged'
  | 'project_newer_version'
  | 'project_too_large',
  string
>;

export const SEVERITY_TEXT = {
  error: 'checks.severity.error',
  warning: 'checks.severity.warning',
  info: 'checks.severity.info',
} as const satisfies Record<Severity, string>;
