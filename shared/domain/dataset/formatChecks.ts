// The OpenAI cookbook's format checks (Chat_finetuning_data_prep.ipynb), with its exact counting: one
// count per occurrence, messages checked one by one, an example that is not an object or has no
// messages skips the rest. Deliberate differences, because the cookbook predates them: `tool_calls`,
// `tool_call_id` and `refusal` are recognized keys, `tool` a recognized role, null content is fine when
// the message calls a tool or function, and `weight` must be 0 or 1 and sit on an assistant turn.
import type { ChatExample } from '../chat';
import type { IssueCode, IssueParams } from './codes';

const KNOWN_MESSAGE_KEYS = new Set([
  'role',
  'content',
  'name',
  'function_call',
  'weight',
  'tool_calls',
  'tool_call_id',
  'refusal',
]);
const KNOWN_ROLES = new Set(['system', 'developer', 'user', 'assistant', 'function', 'tool']);

export interface FormatFinding {
  code: IssueCode;
  params?: IssueParams;
}

export interface FormatResult {
  findings: FormatFinding[];
  /** Present when the value is shaped enough to count tokens and scan text; may still have findings. */
  example?: ChatExample;
  hasSystem: boolean;
  hasUser: boolean;
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const truthy = (v: unknown) =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && v.length === 0)
  );

/** Old completions-format line `{prompt, completion}`, which Tunesmith converts to a two-turn chat. */
export function isLegacyPromptCompletion(value: unknown): value is { prompt: string; completion: string } {
  return (
    isObject(value) &&
    !has(value, 'messages') &&
    typeof value.prompt === 'string' &&
    typeof value.completion === 'string'
  );
}

export function legacyToChat(value: { prompt: string; completion: string }): ChatExample {
  return {
    messages: [
      { role: 'user', content: value.prompt.trim() },
      { role: 'assistant', content: value.completion.trim() },
    ],
  };
}

export function checkExampleFormat(value: unknown): FormatResult {
  const findings: FormatFinding[] = [];
  const result: FormatResult = { findings, hasSystem: false, hasUser: false };
  if (!isObject(value)) {
    findings.push({ code: 'data_type', params: { found: Array.isArray(value) ? 'array' : typeof value } });
    return result;
  }
  const messages = value.messages;
  // The cookbook iterates whatever `messages` is; a non-list is treated as missing instead of crashing.
  if (!truthy(messages) || !Array.isArray(messages)) {
    findings.push({ code: 'missing_messages_list' });
    return result;
  }
  let hasAssistant = false;
  messages.forEach((message: unknown, index) => {
    const turn = index + 1;
    if (!isObject(message)) {
      findings.push({ code: 'message_missing_key', params: { turn, key: 'role' } });
      return;
    }
    const role = message.role;
    if (
      !has(message, 'role') ||
      (!has(message, 'content') && !has(message, 'tool_calls') && !has(message, 'function_call'))
    ) {
      findings.push({
        code: 'message_missing_key',
        params: { turn, key: has(message, 'role') ? 'content' : 'role' },
      });
    } else if (role === 'tool' && !has(message, 'tool_call_id')) {
      findings.push({ code: 'message_missing_key', params: { turn, key: 'tool_call_id' } });
    }
    const unknownKey = Object.keys(message).find((k) => !KNOWN_MESSAGE_KEYS.has(k));
    if (unknownKey !== undefined)
      findings.push({ code: 'message_unrecognized_key', params: { turn, key: unknownKey } });
    if (typeof role !== 'string' || !KNOWN_ROLES.has(role)) {
      findings.push({
        code: 'unrecognized_role',
        params: { turn, role: typeof role === 'string' ? role : String(role) },
      });
    }
    const content = message.content;
    const callsSomething = truthy(message.function_call) || truthy(message.tool_calls);
    const contentOk =
      typeof content === 'string' ? content !== '' || callsSomething : content == null && callsSomething;
    if (!contentOk) findings.push({ code: 'missing_content', params: { turn } });
    if (has(message, 'weight') && (role !== 'assistant' || (message.weight !== 0 && message.weight !== 1))) {
      findings.push({
        code: 'invalid_weight',
        params: { turn, role: String(role), weight: String(message.weight) },
      });
    }
    if (role === 'assistant') hasAssistant = true;
    if (role === 'system' || role === 'developer') result.hasSystem = true;
    if (role === 'user') result.hasUser = true;
  });
  if (!hasAssistant) findings.push({ code: 'example_missing_assistant_message' });
  // Tokens and text scans only need objects; anything else in the list was already reported above.
  result.example = {
    ...(value as unknown as ChatExample),
    messages: messages.filter(isObject) as unknown as ChatExample['messages'],
  };
  return result;
}
