// Nebius dataset formats (reference §2): conversational `{"messages":[…]}`, instruction `{"prompt","completion"}`
// and text `{"text"}`. Rules from a third-party guide, treated as likely: valid JSON per line, roles
// system/user/assistant (tool only when allowed), the last message from the assistant, and each example
// within `context_length` ("Sequence length is too long: X > 8192", quoted there).
import type { ChatExample } from '../../../../../../shared/domain/chat';

export type NebiusDataOutcome =
  { ok: true; examples: ChatExample[]; tokens: number } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function asChat(line: Record<string, unknown>, allowTools: boolean): ChatExample | string {
  if (typeof line['prompt'] === 'string' && typeof line['completion'] === 'string') {
    return {
      messages: [
        { role: 'user', content: line['prompt'] },
        { role: 'assistant', content: line['completion'] },
      ],
    };
  }
  if (typeof line['text'] === 'string') return { messages: [{ role: 'user', content: line['text'] }] };
  const messages = line['messages'];
  if (!Array.isArray(messages) || messages.length === 0)
    return 'expected "messages", "prompt"/"completion" or "text"';
  const roles = allowTools ? ['system', 'user', 'assistant', 'tool'] : ['system', 'user', 'assistant'];
  for (const [i, m] of messages.entries()) {
    if (!isRecord(m) || typeof m['role'] !== 'string' || !roles.includes(m['role']))
      return `messages[${i}].role must be one of ${roles.join(', ')}`;
    if (!allowTools && 'tool_calls' in m) return `messages[${i}]: tool calls are not supported`;
    if (typeof m['content'] !== 'string' && !(allowTools && 'tool_calls' in m))
      return `messages[${i}].content must be a string`;
  }
  if ((messages.at(-1) as Record<string, unknown>)['role'] !== 'assistant')
    return 'the last message must be from the assistant';
  return { messages } as ChatExample;
}

export function validateNebiusData(
  text: string,
  options: { contextLength: number; allowToolCalls: boolean; countTokens(example: ChatExample): number },
): NebiusDataOutcome {
  const examples: ChatExample[] = [];
  let tokens = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim() ?? '';
    if (raw === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { ok: false, message: `Line ${i + 1}: invalid JSON` };
    }
    const chat = isRecord(parsed) ? asChat(parsed, options.allowToolCalls) : 'expected a JSON object';
    if (typeof chat === 'string') return { ok: false, message: `Line ${i + 1}: ${chat}` };
    const count = options.countTokens(chat);
    if (count > options.contextLength)
      return { ok: false, message: `Sequence length is too long: ${count} > ${options.contextLength}` };
    tokens += count;
    examples.push(chat);
  }
  if (examples.length === 0) return { ok: false, message: 'The dataset is empty' };
  return { ok: true, examples, tokens };
}
