// Our canonical training line is OpenAI's chat format (shared/domain/chat.ts). Each provider gets its own
// dialect at upload time, and every change we make to a user's data is reported, never silent:
//  - OpenAI and Practice take the canonical line as it is.
//  - Alibaba Model Studio trains on every assistant turn and has no `name`/`weight` fields (providers.md
//    §2): both are stripped, with a warning where a `weight: 0` turn would now be trained on.
//  - Together AI wants a conversation that starts with system or user and strictly alternates user and
//    assistant (providers.md §3): consecutive turns of one role are merged; other shapes are refused.
import type { ChatExample, ChatMessage } from '../chat';
import type { ProviderId } from '../pricing/catalog';

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
  | 'must_start_with_user';

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

type Converter = (example: ChatExample, index: number, issues: ConversionIssue[]) => unknown | null;

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
  role: 'system' | 'user' | 'assistant';
  content: string;
  weight?: 0 | 1;
}

const toTogether: Converter = (example, index, issues) => {
  const merged: TogetherMessage[] = [];
  let hadName = false;
  let mergedTurns = false;
  let mergedWeights = false;
  for (const message of example.messages) {
    const role = plainRole(message, index, issues);
    if (role === null) return null;
    if (message.name !== undefined) hadName = true;
    const content = message.content ?? '';
    const previous = merged.at(-1);
    if (previous && previous.role === role) {
      mergedTurns = true;
      previous.content = previous.content ? `${previous.content}\n\n${content}` : content;
      if (previous.weight !== message.weight) {
        if (role === 'assistant') mergedWeights = true;
        // One trained part is enough to train the merged turn (dropping it would lose a wanted reply).
        previous.weight = previous.weight === 0 && message.weight === 0 ? 0 : undefined;
      }
      continue;
    }
    merged.push({ role, content, ...(message.weight !== undefined ? { weight: message.weight } : {}) });
  }
  // System turns may only lead; after them the user speaks first (then roles alternate, as merged above).
  const firstTurn = merged.findIndex((m) => m.role !== 'system');
  const lateSystem = firstTurn >= 0 && merged.slice(firstTurn).some((m) => m.role === 'system');
  if (firstTurn < 0 || merged[firstTurn]?.role !== 'user' || lateSystem) {
    issues.push({ code: 'must_start_with_user', example: index, severity: 'error' });
    return null;
  }
  for (const m of merged) if (m.weight === undefined) delete m.weight;
  if (hadName) issues.push({ code: 'name_removed', example: index, severity: 'warning' });
  if (mergedTurns) issues.push({ code: 'turns_merged', example: index, severity: 'warning' });
  if (mergedWeights) issues.push({ code: 'weights_merged', example: index, severity: 'warning' });
  return { messages: merged };
};

const CONVERTERS: Record<ProviderId, Converter> = {
  practice: passThrough,
  openai: passThrough,
  alibaba: toAlibaba,
  // Nebius Token Factory takes OpenAI's chat format (reference providers-2026-12 §5, unverified in detail).
  nebius: passThrough,
  together: toTogether,
};

export function convertExamples(provider: ProviderId, examples: readonly ChatExample[]): ConversionResult {
  const issues: ConversionIssue[] = [];
  const converted: unknown[] = [];
  examples.forEach((example, index) => {
    const out = CONVERTERS[provider](example, index, issues);
    if (out !== null) converted.push(out);
  });
  return { examples: converted, issues };
}

/** The provider's JSONL text, one example per line with a final newline. */
export function toJsonl(examples: readonly unknown[]): string {
  return examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length > 0 ? '\n' : '');
}
