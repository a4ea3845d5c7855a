// English sentences for issue codes, used by the headless CLI and as the reference wording for the
// translators. The app's screens do not use these: the renderer maps codes to its own localized text.
import type { DatasetError, DatasetIssue, IssueCode, IssueParams } from './codes';

type Template = (p: IssueParams) => string;

/** What a file that is not text is (fileKind.ts names it from its first bytes), in a few words. */
function nonTextKind(p: IssueParams): string {
  const ext = String(p.ext ?? '').toUpperCase();
  switch (p.kind) {
    case 'pdf':
      return 'a PDF document';
    case 'image':
      return `a picture (${ext})`;
    case 'zip':
      return 'a ZIP archive';
    case 'word':
      return 'a Word document';
    case 'powerpoint':
      return 'a PowerPoint presentation';
    case 'spreadsheet-old':
      return 'an older Office file (XLS, DOC or PPT)';
    case 'archive':
      return `a compressed archive (${ext})`;
    case 'media':
      return `a sound or video file (${ext})`;
    case 'other':
      return `a ${ext} file`;
    default:
      return 'a binary file (an image, archive or program file)';
  }
}

const turn = (p: IssueParams) => (p.turn !== undefined ? ` (message ${p.turn})` : '');

const MESSAGES: Record<IssueCode, Template> = {
  empty_file: () => 'The file is empty.',
  binary_file: (p) => `This is ${nonTextKind(p)}, not a spreadsheet or a text file.`,
  encoding_uncertain: (p) =>
    `The text encoding looks like ${p.encoding} but this is uncertain (${p.confidence}%). Check the preview.`,
  invalid_bytes: (p) => `Bytes that are not valid text in this encoding, at byte offset ${p.byteOffset}.`,
  byte_order_mark: () => 'The file starts with a byte-order mark; it is ignored.',
  crlf_line_endings: (p) => `${p.lines} lines end with Windows line breaks (CRLF); they are read normally.`,
  blank_line: () => 'Blank line; it will be skipped.',
  line_too_long: (p) =>
    `This line is ${p.bytes} bytes long, above the ${p.limit}-byte limit; it was not read.`,
  json_syntax: (p) =>
    `This line is not valid JSON (${String(p.kind).replace(/_/g, ' ')} at column ${p.column}).`,
  csv_syntax: (p) => `The spreadsheet text could not be read here (${String(p.kind).replace(/_/g, ' ')}).`,
  json_document: (p) =>
    `The file is ${p.shape === 'array' ? 'a JSON array' : 'pretty-printed JSON'}, not JSONL; it is converted.`,
  legacy_prompt_completion: () =>
    'Old prompt/completion format; converted to a user and an assistant message.',
  table_no_header: () => 'The first row does not look like column names; it was read as data.',
  table_columns_unmapped: () => 'Could not tell which columns hold the question and the answer; choose them.',
  table_ragged_row: (p) => `This row has ${p.cells} cells, the header has ${p.expected}.`,
  table_empty_cell: (p) => `Empty cell in column ${p.column} (merged cells leave all but one cell empty).`,
  table_extra_sheets: (p) => `The workbook has ${p.sheets} sheets; only the first is used.`,
  table_conversation_scattered: (p) =>
    `Conversation "${p.conversation}" continues here after other rows; keep its rows together.`,
  qa_unpaired: (p) =>
    p.missing === 'answer' ? 'A question without an answer.' : 'An answer without a question.',
  content_converted: (p) =>
    `The text was given as ${p.from === 'parts' ? 'a list of text parts' : `a ${p.from}`}; it was kept as plain text${turn(p)}.`,
  example_not_kept: (p) => `This example was not imported: "${p.field}" cannot be kept as it is${turn(p)}.`,
  data_type: () => 'This line is not a JSON object.',
  missing_messages_list: () => 'The example has no "messages" list.',
  message_missing_key: (p) => `A message is missing "${p.key}"${turn(p)}.`,
  message_unrecognized_key: (p) => `A message has an unrecognized key "${p.key}"${turn(p)}.`,
  unrecognized_role: (p) => `Unrecognized role "${p.role}"${turn(p)}; use system, user, assistant or tool.`,
  missing_content: (p) => `A message has no text content${turn(p)}.`,
  example_missing_assistant_message: () => 'The example has no assistant message to learn from.',
  invalid_weight: (p) =>
    `"weight" must be 0 or 1 and only on assistant messages (found ${p.weight} on ${p.role})${turn(p)}.`,
  missing_system_message: () => 'The example has no system message.',
  missing_user_message: () => 'The example has no user message.',
  too_many_tokens: (p) =>
    `The example has ${p.tokens} tokens, above the model's ${p.limit}-token limit; the end would be cut off.`,
  empty_assistant_reply: (p) => `The assistant reply is empty${turn(p)}.`,
  untrimmed_whitespace: (p) => `Text starts or ends with spaces or line breaks${turn(p)}.`,
  special_token: (p) => `Contains the special token ${p.preview}${turn(p)}; it can confuse training.`,
  pii_email: (p) => `Contains an email address${turn(p)}.`,
  pii_phone: (p) => `Contains a phone number${turn(p)}.`,
  pii_national_id: (p) => `Contains a national ID number${turn(p)}.`,
  pii_card_number: (p) => `Contains a payment card number${turn(p)}.`,
  secret_api_key: (p) => `Contains what looks like an API key or secret${turn(p)}.`,
  repeated_sentence: (p) =>
    `The answer says "${p.sentence}" ${p.times} times${turn(p)}; a model trained on it learns to repeat itself.`,
  too_few_examples: (p) => `Only ${p.examples} examples; training needs at least ${p.minimum}.`,
  few_examples: (p) => `${p.examples} examples; results usually improve from ${p.recommended} upward.`,
  duplicate_exact: (p) => `Exact copy of the example on line ${p.firstLine}.`,
  duplicate_near: (p) => `Nearly the same as the example on line ${p.firstLine} (${p.similarity}% similar).`,
  identical_assistant_replies: (p) =>
    `The same assistant reply as on line ${p.otherLine}; varied replies teach better.`,
  train_validation_overlap: (p) => `This example is also in the validation file (line ${p.otherLine}).`,
  mixed_chinese_scripts: (p) =>
    `This example is in ${p.script} Chinese, while ${p.traditional} examples are in Traditional and ${p.simplified} in Simplified. Convert it to the script most examples use, or keep each script in its own project.`,
};

export function issueMessage(issue: Pick<DatasetIssue, 'code' | 'params'>): string {
  return MESSAGES[issue.code](issue.params ?? {});
}

const ERRORS: Record<DatasetError['code'], Template> = {
  file_not_found: () => 'The file does not exist.',
  file_unreadable: () => 'The file could not be read.',
  not_a_regular_file: () =>
    'This is not a regular file (it is a folder, a device or another special file); choose a file.',
  file_too_large: (p) => `The file is ${p.bytes} bytes, above the provider's ${p.limit}-byte limit.`,
  archive_too_large: () =>
    'The spreadsheet expands to far more data than it looks (a possible zip bomb); it was not read.',
  unsupported_format: () => 'This file format is not supported.',
  not_a_text_file: (p) =>
    `This is ${nonTextKind(p)}, not a spreadsheet or a text file. Save your examples as CSV, XLSX, JSONL or plain text.`,
  cancelled: () => 'The check was cancelled.',
  worker_failed: () => 'The background check stopped unexpectedly.',
};

export function errorMessage(error: DatasetError): string {
  return ERRORS[error.code](error.params ?? {});
}
