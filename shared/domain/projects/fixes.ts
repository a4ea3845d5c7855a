// The one-click fixes the engine names (codes.ts FixId), as pure functions from examples to a patch.
// They run over every example, not only the issues listed (the report caps each code's list), and each
// returns a patch so the fix is undoable like any other edit. Fixes about the file itself (blank lines,
// byte-order mark) have nothing to do here: reading already skipped them and the source is never changed.
import type { ChatExample, ChatMessage } from '../chat';
import type { FixId } from '../dataset/codes';
import { maskText, type TextFindingCode } from '../dataset/textScan';
import type { ExamplesPatch } from './patch';
import type { ProjectExample } from './types';

const PERSONAL: ReadonlySet<TextFindingCode> = new Set([
  'pii_email',
  'pii_phone',
  'pii_national_id',
  'pii_card_number',
]);
const SECRETS: ReadonlySet<TextFindingCode> = new Set(['secret_api_key']);
const SPECIAL: ReadonlySet<TextFindingCode> = new Set(['special_token']);

/** Fixes this module can apply with one click; the others are explained but need no action. */
export type OneClickFix = Exclude<
  FixId,
  'drop_blank_lines' | 'strip_byte_order_mark' | 'apply_system_prompt'
>;

export function isOneClickFix(fix: FixId): fix is OneClickFix {
  return fix !== 'drop_blank_lines' && fix !== 'strip_byte_order_mark' && fix !== 'apply_system_prompt';
}

function mapContents(example: ChatExample, change: (text: string) => string): ChatExample | null {
  let changed = false;
  const messages = example.messages.map((m): ChatMessage => {
    if (typeof m.content !== 'string') return m;
    const next = change(m.content);
    if (next === m.content) return m;
    changed = true;
    return { ...m, content: next };
  });
  return changed ? { ...example, messages } : null;
}

function updateEach(examples: readonly ProjectExample[], change: (text: string) => string): ExamplesPatch {
  const update: ProjectExample[] = [];
  for (const item of examples) {
    const next = mapContents(item.example, change);
    if (next) update.push({ ...item, example: next });
  }
  return { update };
}

const hasEmptyReply = (e: ChatExample) =>
  e.messages.some(
    (m) => m.role === 'assistant' && (m.content ?? '').trim() === '' && !m.tool_calls && !m.function_call,
  );

/** Same roles, contents and extras: the later copies are the ones removed, so the first keeps its place. */
export const duplicateKey = (e: ChatExample) => JSON.stringify(e);

export function fixPatch(fix: OneClickFix, examples: readonly ProjectExample[]): ExamplesPatch {
  switch (fix) {
    case 'mask_personal_data':
      return updateEach(examples, (t) => maskText(t, PERSONAL));
    case 'mask_secrets':
      return updateEach(examples, (t) => maskText(t, SECRETS));
    case 'remove_special_tokens':
      return updateEach(examples, (t) => maskText(t, SPECIAL));
    case 'trim_whitespace':
      return updateEach(examples, (t) => t.trim());
    case 'drop_empty_examples':
      return { remove: examples.filter((e) => hasEmptyReply(e.example)).map((e) => e.id) };
    case 'remove_exact_duplicates': {
      const seen = new Set<string>();
      const remove: string[] = [];
      for (const item of examples) {
        const key = duplicateKey(item.example);
        if (seen.has(key)) remove.push(item.id);
        else seen.add(key);
      }
      return { remove };
    }
  }
}

/** "Apply one system prompt to all": replaces the first system message, or adds one at the top. */
export function systemPromptPatch(examples: readonly ProjectExample[], prompt: string): ExamplesPatch {
  const update: ProjectExample[] = [];
  for (const item of examples) {
    const messages = item.example.messages;
    const at = messages.findIndex((m) => m.role === 'system');
    if (at >= 0 && messages[at]?.content === prompt) continue;
    const next =
      prompt === ''
        ? messages.filter((m) => m.role !== 'system')
        : at >= 0
          ? messages.map((m, i) => (i === at ? { ...m, content: prompt } : m))
          : [{ role: 'system' as const, content: prompt }, ...messages];
    if (prompt === '' && at < 0) continue;
    update.push({ ...item, example: { ...item.example, messages: next } });
  }
  return { update };
}
