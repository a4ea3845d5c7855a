// One-click fixes, as pure functions: examples in, new examples out (inputs are never mutated, so undo
// is keeping the old array). Each result says which input indexes survived and which changed, so the
// editor can keep its selection and say "12 examples changed".
import type { ChatExample, ChatMessage } from '../chat';
import type { FixId } from './codes';
import { exampleKey } from './identity';
import { maskText, type TextFindingCode } from './textScan';

export interface FixResult {
  examples: ChatExample[];
  /** For each output example, the index of the input it came from. */
  kept: number[];
  /** Input indexes whose content changed (removed ones are not listed). */
  changed: number[];
}

const PERSONAL: ReadonlySet<TextFindingCode> = new Set([
  'pii_email',
  'pii_phone',
  'pii_national_id',
  'pii_card_number',
]);
const SECRETS: ReadonlySet<TextFindingCode> = new Set(['secret_api_key']);
const SPECIAL: ReadonlySet<TextFindingCode> = new Set(['special_token']);

/** Rewrites every string content with `edit`; unchanged examples keep their identity. */
function mapContents(examples: readonly ChatExample[], edit: (text: string) => string): FixResult {
  const changed: number[] = [];
  const out = examples.map((example, i) => {
    let touched = false;
    const messages = example.messages.map((m): ChatMessage => {
      if (typeof m.content !== 'string') return m;
      const next = edit(m.content);
      if (next === m.content) return m;
      touched = true;
      return { ...m, content: next };
    });
    if (!touched) return example;
    changed.push(i);
    return { ...example, messages };
  });
  return { examples: out, kept: out.map((_, i) => i), changed };
}

function filterExamples(
  examples: readonly ChatExample[],
  keep: (e: ChatExample, i: number) => boolean,
): FixResult {
  const kept: number[] = [];
  const out: ChatExample[] = [];
  examples.forEach((e, i) => {
    if (keep(e, i)) {
      kept.push(i);
      out.push(e);
    }
  });
  return { examples: out, kept, changed: [] };
}

export const maskPersonalData = (examples: readonly ChatExample[]) =>
  mapContents(examples, (t) => maskText(t, PERSONAL));
export const maskSecrets = (examples: readonly ChatExample[]) =>
  mapContents(examples, (t) => maskText(t, SECRETS));
export const removeSpecialTokens = (examples: readonly ChatExample[]) =>
  mapContents(examples, (t) => maskText(t, SPECIAL));
export const trimWhitespace = (examples: readonly ChatExample[]) => mapContents(examples, (t) => t.trim());

/** Keeps the first of every group of exact copies. */
export function removeExactDuplicates(examples: readonly ChatExample[]): FixResult {
  const seen = new Set<string>();
  return filterExamples(examples, (e) => {
    const key = exampleKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops examples whose every assistant reply is empty (and that call no tool): nothing to learn. */
export function dropEmptyExamples(examples: readonly ChatExample[]): FixResult {
  return filterExamples(examples, (e) =>
    e.messages.some(
      (m) =>
        m.role === 'assistant' &&
        ((typeof m.content === 'string' && m.content.trim() !== '') || !!m.tool_calls),
    ),
  );
}

/**
 * One system prompt for every example: `replace` overwrites existing ones, `fill` only adds it where
 * an example has none. An empty prompt removes system messages (replace) or does nothing (fill).
 */
export function applySystemPrompt(
  examples: readonly ChatExample[],
  prompt: string,
  mode: 'replace' | 'fill' = 'replace',
): FixResult {
  const changed: number[] = [];
  const out = examples.map((example, i) => {
    const hasSystem = example.messages.some((m) => m.role === 'system');
    if (mode === 'fill' && (hasSystem || prompt === '')) return example;
    const rest = example.messages.filter((m) => m.role !== 'system');
    const messages: ChatMessage[] = prompt === '' ? rest : [{ role: 'system', content: prompt }, ...rest];
    const current = example.messages.filter((m) => m.role === 'system');
    if (current.length === 1 && current[0]?.content === prompt && example.messages[0] === current[0])
      return example;
    if (current.length === 0 && prompt === '') return example;
    changed.push(i);
    return { ...example, messages };
  });
  return { examples: out, kept: out.map((_, i) => i), changed };
}

const unchanged = (examples: readonly ChatExample[]): FixResult => ({
  examples: [...examples],
  kept: examples.map((_, i) => i),
  changed: [],
});

/**
 * Every fix id the checks can offer. Blank lines and byte-order marks live in the source file only:
 * examples never contain them and every export is written without them, so those fixes change nothing
 * in the examples and exist so the UI can treat every fix id alike.
 */
export const FIXES: Record<FixId, (examples: readonly ChatExample[], argument?: string) => FixResult> = {
  mask_personal_data: maskPersonalData,
  mask_secrets: maskSecrets,
  remove_special_tokens: removeSpecialTokens,
  remove_exact_duplicates: removeExactDuplicates,
  trim_whitespace: trimWhitespace,
  drop_empty_examples: dropEmptyExamples,
  apply_system_prompt: (examples, prompt) => applySystemPrompt(examples, prompt ?? '', 'fill'),
  drop_blank_lines: unchanged,
  strip_byte_order_mark: unchanged,
};
