// The checks OpenAI runs while a job is `validating_files`, with the error codes and message shapes seen in
// real failed jobs (reference §5.2). Wording marked "observed" is verbatim; the rest follows the same
// pydantic-style pattern ("Example N, message M …") because the real text could not be confirmed.
import type { ChatExample } from '../../../../../shared/domain/chat';

export const MIN_TRAINING_EXAMPLES = 10;

const KNOWN_ROLES = ['system', 'user', 'assistant', 'tool', 'function'] as const;

export type FileRole = 'training' | 'validation';
export type MethodType = 'supervised' | 'dpo' | 'reinforcement';

export type ValidationOutcome =
  | { ok: true; examples: ChatExample[] }
  | {
      ok: false;
      code: 'invalid_n_examples' | 'invalid_training_file' | 'invalid_validation_file';
      message: string;
      param: string;
    };

function fail(role: FileRole, detail: string): ValidationOutcome {
  return {
    ok: false,
    code: role === 'training' ? 'invalid_training_file' : 'invalid_validation_file',
    // Observed: "The job failed due to an invalid training file. Invalid file format. Example 100, message 2 …"
    message: `The job failed due to an invalid ${role} file. ${detail}`,
    param: role === 'training' ? 'training_file' : 'validation_file',
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems with one chat message, as "message M …" text, or null when it is fine. */
function messageProblem(message: unknown, m: number): string | null {
  if (!isRecord(message)) return `message ${m} Input should be a valid dictionary`;
  const role = message['role'];
  // Observed wording for a missing role.
  if (role === undefined) return `message ${m} Discriminator 'role' is missing in value`;
  if (typeof role !== 'string' || !(KNOWN_ROLES as readonly string[]).includes(role)) {
    return `message ${m} Input tag '${String(role)}' found using 'role' does not match any of the expected tags: ${KNOWN_ROLES.map((r) => `'${r}'`).join(', ')}`;
  }
  const content = message['content'];
  const hasCall = message['tool_calls'] !== undefined || message['function_call'] !== undefined;
  if (content === undefined || content === null) {
    if (!(role === 'assistant' && hasCall)) return `message ${m} Field required: 'content'`;
  } else if (typeof content !== 'string' && !Array.isArray(content)) {
    return `message ${m} Input should be a valid string: 'content'`;
  }
  const weight = message['weight'];
  if (weight !== undefined && weight !== 0 && weight !== 1)
    return `message ${m} Input should be 0 or 1: 'weight'`;
  return null;
}

function chatProblem(messages: unknown): string | null {
  if (!Array.isArray(messages) || messages.length === 0) return `'messages' should be a non-empty list`;
  for (let i = 0; i < messages.length; i++) {
    const problem = messageProblem(messages[i], i + 1);
    if (problem) return problem;
  }
  if (!messages.some((msg) => isRecord(msg) && msg['role'] === 'assistant')) {
    return `must contain at least one message with role 'assistant'`;
  }
  return null;
}

/** A preference (DPO) line becomes the chat the model should prefer: its input followed by the preferred reply. */
function preferenceToChat(line: Record<string, unknown>): unknown[] | null {
  const input = line['input'];
  const preferred = line['preferred_output'];
  if (!isRecord(input) || !Array.isArray(input['messages']) || !Array.isArray(preferred)) return null;
  return [...(input['messages'] as unknown[]), ...preferred];
}

export function validateTrainingFile(
  content: string,
  options: { role: FileRole; method: MethodType; fileId: string },
): ValidationOutcome {
  const { role, method, fileId } = options;
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  const examples: ChatExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[i] ?? '');
    } catch {
      return fail(role, `Invalid file format. Example ${n} is not valid JSON.`);
    }
    if (!isRecord(parsed)) {
      return fail(role, 'Unexpected file format, expected either prompt/completion pairs or chat messages.');
    }
    const isPreference = 'input' in parsed && 'preferred_output' in parsed;
    if (method === 'dpo' && !isPreference && 'messages' in parsed) {
      // Observed verbatim (including the trailing space).
      return fail(
        role,
        `Invalid file format. Input file ${fileId} is in the fine-tune-chat format, but the specified fine-tuning job is not using 'supervised' as the training method (provided method=dpo). `,
      );
    }
    if (method !== 'dpo' && isPreference) {
      return fail(
        role,
        `Invalid file format. Input file ${fileId} is in the fine-tune-preference format, but the specified fine-tuning job is not using 'dpo' as the training method (provided method=${method}). `,
      );
    }
    const messages = isPreference ? preferenceToChat(parsed) : parsed['messages'];
    if (messages === null || messages === undefined) {
      return fail(role, 'Unexpected file format, expected either prompt/completion pairs or chat messages.');
    }
    const problem = chatProblem(messages);
    if (problem) return fail(role, `Invalid file format. Example ${n}, ${problem}`);
    examples.push({ ...(parsed as object), messages } as ChatExample);
  }
  if (role === 'training' && examples.length < MIN_TRAINING_EXAMPLES) {
    return {
      ok: false,
      code: 'invalid_n_examples',
      // Observed verbatim: "Training file has 7 example(s), but must have at least 10 examples".
      message: `Training file has ${examples.length} example(s), but must have at least ${MIN_TRAINING_EXAMPLES} examples`,
      param: 'training_file',
    };
  }
  return { ok: true, examples };
}

/** The moderation refusal (observed wording), listing the 1-based lines that were flagged. */
export function moderationFailure(role: FileRole, flaggedLines: number[]): ValidationOutcome {
  const shown = flaggedLines.slice(0, 5).join(', ');
  const more = flaggedLines.length > 5 ? ' ...' : '';
  return fail(
    role,
    `This file failed moderation safety checks. The OpenAI Moderation API identifies fine tuning examples that violate our content policies. To fine tune on this data, please try removing the flagged lines and uploading the file again. Flagged lines: ${shown}${more}`,
  );
}
