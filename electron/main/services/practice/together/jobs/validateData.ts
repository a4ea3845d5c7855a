// The server-side check of an uploaded fine-tune file, with the messages of Together's own checker
// (together-ai `src/lib/check-file.ts`, quoted verbatim; the server's report is assumed to use the same
// wording, which is unverified). Formats: conversational `messages` (CONVERSATION), `prompt`/`completion`
// (INSTRUCTION), `text` (GENERAL). Tools are reported (`dataset_has_tools`), not refused: whether a model
// takes them is gated per model by `supports_tools` in models/limits. Tool data follows Together's
// function-calling page (docs.together.ai/docs/fine-tuning/function-calling, 2026-12-05): `tools` on the
// line, assistant `tool_calls` in place of content, results as `tool` messages with `tool_call_id`. The
// wording of the tool-specific messages below is ours (Together's is not in the stored copies).
import type { ChatExample } from '../../../../../../shared/domain/chat';
import type { ValidationReport } from '../state';

export interface TogetherDataOutcome {
  /** COMPLETED, or INVALID_FORMAT for a line that breaks the format, FAILED for a file that is not a dataset. */
  status: 'COMPLETED' | 'FAILED' | 'INVALID_FORMAT';
  report: ValidationReport;
  examples: ChatExample[];
  tokens: number;
}

const ROLES = ['system', 'user', 'assistant', 'tool'];
const FORMATS: Record<string, string[]> = {
  CONVERSATION: ['messages'],
  INSTRUCTION: ['prompt', 'completion'],
  GENERAL: ['text'],
};

class FormatError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An assistant turn's calls: a non-empty list of `{id, type: "function", function: {name, arguments}}`. */
function toolCallIds(calls: unknown, line: number): string[] {
  const ok =
    Array.isArray(calls) &&
    calls.length > 0 &&
    calls.every(
      (c) =>
        isRecord(c) &&
        typeof c['id'] === 'string' &&
        (c['type'] === undefined || c['type'] === 'function') &&
        isRecord(c['function']) &&
        typeof c['function']['name'] === 'string' &&
        typeof c['function']['arguments'] === 'string',
    );
  if (!ok)
    throw new FormatError(
      `Invalid \`tool_calls\` on line ${line}. Each call needs an \`id\`, \`type\` "function" and a \`function\` with a \`name\` and string \`arguments\`.`,
    );
  return (calls as { id: string }[]).map((c) => c.id);
}

function checkMessages(
  messages: unknown,
  idx: number,
): { weights: boolean; reasoning: boolean; tools: boolean } {
  const line = idx + 1;
  if (!Array.isArray(messages))
    throw new FormatError(
      `Invalid format on line ${line} of the input file. The \`messages\` column must be a list. Found ${typeof messages}`,
    );
  if (messages.length === 0)
    throw new FormatError(
      `Invalid format on line ${line} of the input file. The \`messages\` column must not be empty.`,
    );
  let previous: string | null = null;
  let assistant = false;
  let weights = false;
  let reasoning = false;
  let tools = false;
  // The call ids a tool message may answer: those of the assistant turn just before it.
  let openCalls: string[] = [];
  for (const message of messages) {
    if (!isRecord(message))
      throw new FormatError(
        `Invalid format on line ${line} of the input file. The \`messages\` column must be a list of dicts. Found ${typeof message}`,
      );
    for (const column of ['role', 'content']) {
      // An assistant turn that only calls tools has no text content.
      if (column === 'content' && message['role'] === 'assistant' && 'tool_calls' in message) continue;
      if (!(column in message))
        throw new FormatError(`Missing required column \`${column}\` in message on line ${line}.`);
      if (typeof message[column] !== 'string')
        throw new FormatError(
          `Column \`${column}\` is not a string on line ${line}. Found ${typeof message[column]}`,
        );
    }
    if ('weight' in message) {
      weights = true;
      const weight = message['weight'];
      if (typeof weight !== 'number' || !Number.isInteger(weight))
        throw new FormatError(`Weight must be an integer on line ${line}.`);
      if (weight !== 0 && weight !== 1)
        throw new FormatError(`Weight must be either 0 or 1 on line ${line}.`);
    }
    const role = message['role'];
    if (typeof role !== 'string' || !ROLES.includes(role))
      throw new FormatError(
        `Invalid role \`${String(role)}\` in conversation on line ${line}. Possible roles: ${ROLES.join(', ')}`,
      );
    if (role === 'tool') {
      tools = true;
      if (typeof message['tool_call_id'] !== 'string')
        throw new FormatError(`Missing required column \`tool_call_id\` in tool message on line ${line}.`);
      if (!openCalls.includes(message['tool_call_id']))
        throw new FormatError(
          `Invalid tool message on line ${line}: \`tool_call_id\` "${message['tool_call_id']}" does not answer a tool call of the assistant message before it.`,
        );
      previous = role;
      continue;
    }
    openCalls = [];
    if (role === 'assistant' && 'tool_calls' in message) {
      tools = true;
      openCalls = toolCallIds(message['tool_calls'], line);
    }
    if (previous !== null && role === previous)
      throw new FormatError(
        `Invalid role turns on line ${line} of the input file. After the optional system message, conversation roles must alternate between user/assistant/user/assistant.`,
      );
    if (role === 'assistant') assistant = true;
    if ('reasoning' in message || 'reasoning_content' in message) reasoning = true;
    previous = role;
  }
  if (!assistant)
    throw new FormatError(
      `Invalid format on line ${line} of the input file. At least one message with the assistant role must be present in the example.`,
    );
  return { weights, reasoning, tools };
}

function detectFormat(line: Record<string, unknown>, idx: number): string {
  for (const [format, columns] of Object.entries(FORMATS)) {
    if (!columns.every((c) => c in line)) continue;
    for (const column of Object.keys(line)) {
      if (!columns.includes(column) && !['tools', 'parallel_tool_calls', 'weight'].includes(column))
        throw new FormatError(`Found extra column "${column}" in the line ${idx + 1}.`);
    }
    return format;
  }
  throw new FormatError(
    `Error parsing file. Could not detect a format for the line ${idx + 1} with the columns:\n${Object.keys(line).join(', ')}`,
  );
}

export function validateTogetherData(
  fileId: string,
  bytes: Uint8Array,
  countTokens: (example: ChatExample) => number,
): TogetherDataOutcome {
  const report: ValidationReport = {
    valid: false,
    dataset_format: null,
    dataset_has_message_weights: false,
    dataset_has_parallel_tool_calls: false,
    dataset_has_reasoning: false,
    dataset_has_sample_weights: false,
    dataset_has_tools: false,
    dataset_is_multimodal: false,
    file_id: fileId,
    nlines: 0,
  };
  const failed = (status: 'FAILED' | 'INVALID_FORMAT', error: string): TogetherDataOutcome => ({
    status,
    report: {
      ...report,
      valid: false,
      error,
      ...(status === 'INVALID_FORMAT' ? { error_type: 'INVALID_FORMAT' } : {}),
    },
    examples: [],
    tokens: 0,
  });
  if (bytes.byteLength === 0) return failed('FAILED', 'File is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed('FAILED', 'File is not UTF-8 encoded.');
  }
  const examples: ChatExample[] = [];
  let tokens = 0;
  const lines = text.split(/\r?\n/);
  try {
    for (const [idx, raw] of lines.entries()) {
      if (raw.trim() === '') continue;
      report.nlines += 1;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new FormatError(`Error parsing json payload. Unexpected format on line ${idx + 1}.`);
      }
      if (!isRecord(parsed))
        throw new FormatError(
          `Error parsing file. Invalid format on line ${idx + 1} of the input file. Datasets must follow text, conversational, or instruction format. For more information, see https://docs.together.ai/docs/fine-tuning-data-preparation`,
        );
      const format = detectFormat(parsed, idx);
      if (report.dataset_format !== null && report.dataset_format !== format)
        throw new FormatError(
          `All samples in the dataset must have the same dataset format. Got ${report.dataset_format} for the first line and ${format} for the line ${idx + 1}.`,
        );
      report.dataset_format = format;
      let example: ChatExample;
      if (format === 'CONVERSATION') {
        const found = checkMessages(parsed['messages'], idx);
        report.dataset_has_message_weights ||= found.weights;
        report.dataset_has_reasoning ||= found.reasoning;
        report.dataset_has_tools ||= Array.isArray(parsed['tools']) || found.tools;
        report.dataset_has_parallel_tool_calls ||= parsed['parallel_tool_calls'] === true;
        example = parsed as unknown as ChatExample;
      } else {
        for (const column of FORMATS[format] ?? []) {
          if (typeof parsed[column] !== 'string')
            throw new FormatError(
              `Invalid value type for "${column}" key on line ${idx + 1}. Expected string. Found ${typeof parsed[column]}.`,
            );
        }
        example =
          format === 'INSTRUCTION'
            ? {
                messages: [
                  { role: 'user', content: String(parsed['prompt']) },
                  { role: 'assistant', content: String(parsed['completion']) },
                ],
              }
            : { messages: [{ role: 'assistant', content: String(parsed['text']) }] };
      }
      report.dataset_has_sample_weights ||= 'weight' in parsed;
      tokens += countTokens(example);
      examples.push(example);
    }
  } catch (error) {
    if (error instanceof FormatError) return failed('INVALID_FORMAT', error.message);
    throw error;
  }
  if (examples.length === 0)
    return failed('FAILED', 'Unable to decode file. File may be empty or in an unsupported format. ');
  return { status: 'COMPLETED', report: { ...report, valid: true }, examples, tokens };
}
