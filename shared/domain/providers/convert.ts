// Our canonical training line is OpenAI's chat format (shared/domain/chat.ts). Each provider gets its own
// dialect at upload time, and every change we make to a user's data is reported, never silent:
//  - OpenAI and Practice take the canonical line as it is.
//  - Alibaba Model Studio trains on every assistant turn and has no `name`/`weight` fields (providers.md
//    §2): both are stripped, with a warning where a `weight: 0` turn would now be trained on.
//  - Together AI wants a conversation that starts with system or user and strictly alternates user and
//    assistant (providers.md §3): consecutive turns of one role are merged; other shapes are refused.
//    Tool examples are kept in Together's function-calling format (docs.together.ai/docs/fine-tuning/
//    function-calling, read 2026-12-05: `tools` on the line, assistant `tool_calls` in place of content,
//    results as `tool` messages) for a base that supports tools, and refused for the others.
import type { ChatExample, ChatMessage, ToolCall } from '../chat';
import type { ProviderId } from '../pricing/catalog';
import { TOGETHER_BASES, togetherBaseOf } from '../pricing/together';

export type ConversionIssueCode =
  /** Alibaba: a turn marked "do not train" will be trained on, because the format cannot say otherwise. */
  | 'weight_zero_trained'
  /** Alibaba/Together: `name` has no place in the provider's format and was removed. */
  | 'name_removed'
  /** Together: consecutive turns of the same role were joined into one. */
  | 'turns_merged'
  /** Together: merged assistant turns had different weights; the merged turn is trained on. */
  | 'weights_merged'
  /** `developer` is OpenAI's newer name for `system`; providers without it get `system`. */
  | 'developer_as_system'
  /** The provider cannot train on tool or function turns; the example was left out. */
  | 'unsupported_role'
  /** Together: the first non-system turn must be the user's; the example was left out. */
  | 'must_start_with_user'
  /** Together: the example uses tools and the chosen base cannot train on them (others can). */
  | 'tools_need_other_base'
  /** Together: a tool result does not answer a call of the assistant turn just before it. */
  | 'tool_turns_out_of_order';

export interface ConversionIssue {
  code: ConversionIssueCode;
  /** 0-based index of the example in the input. */
  example: number;
  severity: 'warning' | 'error';
}

export interface ConversionResult {
  /** Examples in the provider's shape, in input order; examples with an `error` issue are left out. */
  examples: unknown[];
  issues: ConversionIssue[];
}

/** What a conversion may depend on besides the examples: the base model the run trains. */
export interface ConversionContext {
  baseModel?: string;
}

type Converter = (
  example: ChatExample,
  index: number,
  issues: ConversionIssue[],
  context: ConversionContext,
) => unknown | null;

const passThrough: Converter = (example) => example;

const TRAINABLE_ROLES = new Set(['system', 'developer', 'user', 'assistant']);

function plainRole(
  message: ChatMessage,
  index: number,
  issues: ConversionIssue[],
): 'system' | 'user' | 'assistant' | null {
  if (!TRAINABLE_ROLES.has(message.role) || message.tool_calls || message.function_call) {
    issues.push({ code: 'unsupported_role', example: index, severity: 'error' });
    return null;
  }
  if (message.role === 'developer') {
    issues.push({ code: 'developer_as_system', example: index, severity: 'warning' });
    return 'system';
  }
  return message.role as 'system' | 'user' | 'assistant';
}

const toAlibaba: Converter = (example, index, issues) => {
  const messages: { role: string; content: string }[] = [];
  let hadName = false;
  let hadZeroWeight = false;
  for (const message of example.messages) {
    const role = plainRole(message, index, issues);
    if (role === null) return null;
    if (message.name !== undefined) hadName = true;
    if (message.weight === 0) hadZeroWeight = true;
    messages.push({ role, content: message.content ?? '' });
  }
  if (hadName) issues.push({ code: 'name_removed', example: index, severity: 'warning' });
  if (hadZeroWeight) issues.push({ code: 'weight_zero_trained', example: index, severity: 'warning' });
  return { messages };
};

interface TogetherMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content?: string;
  weight?: 0 | 1;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
}

/** Whether an example uses tools in any form (definitions, calls, results, the older function calls). */
export const usesTools = (e: ChatExample): boolean =>
  Array.isArray(e.tools) ||
  e.messages.some((m) => m.role === 'tool' || m.role === 'function' || m.tool_calls || m.function_call);

/** The Together bases that can train on tool examples (the catalog's `supportsTools`). */
export const togetherToolBases = (): string[] =>
  TOGETHER_BASES.filter((b) => b.supportsTools).map((b) => b.model);

/** One message in Together's format: tool calls and results as they are, the rest as plain turns. */
function togetherMessage(
  message: ChatMessage,
  index: number,
  issues: ConversionIssue[],
): TogetherMessage | null {
  const weight = message.weight !== undefined ? { weight: message.weight } : {};
  if (message.role === 'tool')
    return { role: 'tool', tool_call_id: message.tool_call_id ?? '', content: message.content ?? '' };
  if (message.role === 'assistant' && message.tool_calls && !message.function_call) {
    const calls = message.tool_calls.map((c) => ({
      id: c.id,
      type: 'function' as const,
      function: { name: c.function.name, arguments: c.function.arguments },
    }));
    return {
      role: 'assistant',
      ...(message.content ? { content: message.content } : {}),
      tool_calls: calls,
      ...weight,
    };
  }
  const role = plainRole(message, index, issues);
  return role === null ? null : { role, content: message.content ?? '', ...weight };
}

/** Tool results answer the calls of the assistant turn just before them (several results for several calls). */
function toolTurnsInOrder(messages: readonly TogetherMessage[]): boolean {
  let open: Set<string> | null = null;
  for (const m of messages) {
    if (m.role === 'tool') {
      if (!open || !open.has(m.tool_call_id ?? '')) return false;
      continue;
    }
    open = m.role === 'assistant' && m.tool_calls ? new Set(m.tool_calls.map((c) => c.id)) : null;
  }
  return true;
}

const plainTurn = (m: TogetherMessage | undefined): m is TogetherMessage & { content: string } =>
  m !== undefined && m.role !== 'tool' && m.tool_calls === undefined;

const toTogether: Converter = (example, index, issues, context) => {
  if (usesTools(example) && togetherBaseOf(context.baseModel ?? '')?.supportsTools !== true) {
    issues.push({ code: 'tools_need_other_base', example: index, severity: 'error' });
    return null;
  }
  const merged: TogetherMessage[] = [];
  let hadName = false;
  let mergedTurns = false;
  let mergedWeights = false;
  for (const message of example.messages) {
    const converted = togetherMessage(message, index, issues);
    if (converted === null) return null;
    if (message.name !== undefined) hadName = true;
    const previous = merged.at(-1);
    // Plain turns of one role are joined; a tool call or a tool result always stands on its own.
    if (plainTurn(previous) && plainTurn(converted) && previous.role === converted.role) {
      mergedTurns = true;
      const content = converted.content;
      previous.content = previous.content ? `${previous.content}\n\n${content}` : content;
      if (previous.weight !== converted.weight) {
        if (converted.role === 'assistant') mergedWeights = true;
        // One trained part is enough to train the merged turn (dropping it would lose a wanted reply).
        previous.weight = previous.weight === 0 && converted.weight === 0 ? 0 : undefined;
      }
      continue;
    }
    merged.push(converted);
  }
  // System turns may only lead; after them the user speaks first (then roles alternate, as merged above).
  const firstTurn = merged.findIndex((m) => m.role !== 'system');
  const lateSystem = firstTurn >= 0 && merged.slice(firstTurn).some((m) => m.role === 'system');
  if (firstTurn < 0 || merged[firstTurn]?.role !== 'user' || lateSystem) {
    issues.push({ code: 'must_start_with_user', example: index, severity: 'error' });
    return null;
  }
  if (!toolTurnsInOrder(merged)) {
    issues.push({ code: 'tool_turns_out_of_order', example: index, severity: 'error' });
    return null;
  }
  for (const m of merged) if (m.weight === undefined) delete m.weight;
  if (hadName) issues.push({ code: 'name_removed', example: index, severity: 'warning' });
  if (mergedTurns) issues.push({ code: 'turns_merged', example: index, severity: 'warning' });
  if (mergedWeights) issues.push({ code: 'weights_merged', example: index, severity: 'warning' });
  return {
    messages: merged,
    ...(Array.isArray(example.tools) ? { tools: example.tools } : {}),
    ...(typeof example.parallel_tool_calls === 'boolean'
      ? { parallel_tool_calls: example.parallel_tool_calls }
      : {}),
  };
};

const CONVERTERS: Record<ProviderId, Converter> = {
  practice: passThrough,
  openai: passThrough,
  alibaba: toAlibaba,
  // Nebius Token Factory takes OpenAI's chat format (reference providers-2026-12 §5, unverified in detail).
  nebius: passThrough,
  together: toTogether,
};

export function convertExamples(
  provider: ProviderId,
  examples: readonly ChatExample[],
  context: ConversionContext = {},
): ConversionResult {
  const issues: ConversionIssue[] = [];
  const converted: unknown[] = [];
  examples.forEach((example, index) => {
    const out = CONVERTERS[provider](example, index, issues, context);
    if (out !== null) converted.push(out);
  });
  return { examples: converted, issues };
}

/** The provider's JSONL text, one example per line with a final newline. */
export function toJsonl(examples: readonly unknown[]): string {
  return examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length > 0 ? '\n' : '');
}
