// "Apply one system prompt to all" and its undo, sent as system prompts rather than as examples: on
// 100,000 examples a patch of every example is 32 MB to clone and validate (seconds of a frozen main
// process), while the prompts are one short list and one number per example.
//
// Most examples are "plain": no system message, or one {role: 'system', content} first. For those a
// number says what the system prompt is. Anything else (a system message later on, several, extra
// fields) travels whole, so both applying and undoing give back exactly what the engine's fix made.
import { applySystemPrompt } from '../dataset/fixes';
import type { ChatExample, ChatMessage } from '../chat';
import type { ProjectExample } from './types';

/** which[i]: index into prompts, NONE for no system message, WHOLE when example i is in `whole`. */
export interface SystemPrompts {
  prompts: string[];
  which: number[];
  whole: ProjectExample[];
}
export const NONE = -1;
export const WHOLE = -2;

const isPlainSystem = (m: ChatMessage | undefined): m is ChatMessage & { content: string } =>
  !!m && m.role === 'system' && typeof m.content === 'string' && Object.keys(m).length === 2;

/** The example's system prompt when it is plain (see above); undefined when it is not. */
function plainPrompt(example: ChatExample): string | null | undefined {
  const [first, ...rest] = example.messages;
  if (rest.some((m) => m.role === 'system')) return undefined;
  if (isPlainSystem(first)) return first.content;
  return first?.role === 'system' ? undefined : null;
}

/** The examples' system prompts as they are now (the way back from any change to them). */
export function systemPromptsOf(items: readonly ProjectExample[]): SystemPrompts {
  const index = new Map<string, number>();
  const prompts: string[] = [];
  const whole: ProjectExample[] = [];
  const which = items.map((item) => {
    const prompt = plainPrompt(item.example);
    if (prompt === undefined) {
      whole.push(item);
      return WHOLE;
    }
    if (prompt === null) return NONE;
    let at = index.get(prompt);
    if (at === undefined) {
      at = prompts.push(prompt) - 1;
      index.set(prompt, at);
    }
    return at;
  });
  return { prompts, which, whole };
}

/** What "apply one system prompt to all" makes of these examples (the engine's replace fix). */
export function promptForAll(items: readonly ProjectExample[], prompt: string): SystemPrompts {
  const fixed = applySystemPrompt(
    items.map((e) => e.example),
    prompt,
    'replace',
  );
  const changed = new Set(fixed.changed);
  const after = items.map((item, i) =>
    changed.has(i) ? { ...item, example: fixed.examples[i] as ChatExample } : item,
  );
  return systemPromptsOf(after);
}

function withPrompt(example: ChatExample, prompt: string | null): ChatExample {
  const current = plainPrompt(example);
  if (current === prompt) return example;
  // A plain target has no other system message, so any the example has (plain or not) goes.
  const rest = example.messages.filter((m) => m.role !== 'system');
  return { ...example, messages: prompt === null ? rest : [{ role: 'system', content: prompt }, ...rest] };
}

/**
 * Gives each example the system prompt `state` says. Unchanged examples keep their identity; null when
 * the state does not fit these examples (another count, an unknown index or id): the copies disagree.
 */
export function withSystemPrompts(
  items: readonly ProjectExample[],
  state: SystemPrompts,
): { examples: ProjectExample[]; changed: number } | null {
  if (state.which.length !== items.length) return null;
  const whole = new Map(state.whole.map((e) => [e.id, e]));
  let changed = 0;
  const examples: ProjectExample[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ProjectExample;
    const w = state.which[i] as number;
    let next: ProjectExample;
    if (w === WHOLE) {
      const replacement = whole.get(item.id);
      if (!replacement) return null;
      next = replacement;
    } else {
      if (w !== NONE && (w < 0 || w >= state.prompts.length)) return null;
      const example = withPrompt(item.example, w === NONE ? null : (state.prompts[w] as string));
      next = example === item.example ? item : { ...item, example };
    }
    if (next !== item) changed += 1;
    examples.push(next);
  }
  return { examples, changed };
}
