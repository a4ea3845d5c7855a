// Model Studio's SFT data format (reference §2.7): JSONL, one `{"messages":[…]}` conversation per line, roles
// system / user / assistant with string content. OpenAI's `name` and `weight` are not supported and every
// assistant turn is trained. The wording of the refusals is not documented; it names the line and the field
// so a user can find the problem.
import type { ChatExample, ChatMessage } from '../../../../../../shared/domain/chat';
import type { AlibabaSimulatorSettings } from '../settings';

export type DataOutcome = { ok: true; examples: ChatExample[] } | { ok: false; message: string };

const ROLES = ['system', 'user', 'assistant'];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function messageProblem(
  message: unknown,
  index: number,
  settings: Pick<AlibabaSimulatorSettings, 'unsupportedMessageFields'>,
): string | null {
  const where = `messages[${index}]`;
  if (!isRecord(message)) return `${where} is not an object`;
  const role = message['role'];
  if (typeof role !== 'string' || !ROLES.includes(role))
    return `${where}.role "${String(role)}" is not supported; use system, user or assistant`;
  if (role === 'system' && index !== 0) return `${where}: a system message may only come first`;
  if ('tool_calls' in message || 'function_call' in message)
    return `${where}: tool calls are not supported in fine-tuning data`;
  if (typeof message['content'] !== 'string' || message['content'].trim() === '')
    return `${where}.content must be non-empty text`;
  if (settings.unsupportedMessageFields === 'reject') {
    for (const field of ['name', 'weight']) if (field in message) return `${where}.${field} is not supported`;
  }
  return null;
}

export function validateTrainingData(
  text: string,
  settings: Pick<AlibabaSimulatorSettings, 'unsupportedMessageFields' | 'minTrainingExamples'>,
): DataOutcome {
  const examples: ChatExample[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const fail = (problem: string): DataOutcome => ({
      ok: false,
      message: `Training data format error at line ${i + 1}: ${problem}.`,
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return fail('not valid JSON');
    }
    if (!isRecord(parsed) || !Array.isArray(parsed['messages']) || parsed['messages'].length === 0)
      return fail('expected {"messages": [...]} with at least one message');
    const raw = parsed['messages'] as unknown[];
    for (let m = 0; m < raw.length; m++) {
      const problem = messageProblem(raw[m], m, settings);
      if (problem) return fail(problem);
    }
    const messages = raw.map((m) => {
      const { role, content } = m as { role: ChatMessage['role']; content: string };
      return { role, content };
    });
    if (!messages.some((m) => m.role === 'assistant')) return fail('no assistant message to learn from');
    examples.push({ messages });
  }
  if (examples.length < Math.max(1, settings.minTrainingExamples)) {
    return {
      ok: false,
      message: `Training data has ${examples.length} example(s); at least ${Math.max(1, settings.minTrainingExamples)} are needed.`,
    };
  }
  return { ok: true, examples };
}
