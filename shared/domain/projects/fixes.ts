// The engine's one-click fixes (shared/domain/dataset/fixes.ts: examples in, examples out) turned into
// patches of a project's examples, so a fix is undoable like any other edit and main applies exactly
// what the renderer shows. Fixes about the source file itself (blank lines, byte-order mark) change no
// example; "apply system prompt" needs the user's prompt and has its own tool (systemPrompts.ts).
import type { FixId } from '../dataset/codes';
import { FIXES, type FixResult } from '../dataset/fixes';
import type { ExamplesPatch } from './patch';
import type { ProjectExample } from './types';

export type OneClickFix = Exclude<
  FixId,
  'drop_blank_lines' | 'strip_byte_order_mark' | 'apply_system_prompt'
>;

export function isOneClickFix(fix: FixId): fix is OneClickFix {
  return fix !== 'drop_blank_lines' && fix !== 'strip_byte_order_mark' && fix !== 'apply_system_prompt';
}

/** FixResult (kept/changed input indexes) → remove the dropped ids, update the changed ones. */
export function resultToPatch(items: readonly ProjectExample[], result: FixResult): ExamplesPatch {
  const kept = new Set(result.kept);
  const remove = items.filter((_, i) => !kept.has(i)).map((e) => e.id);
  const outputOf = new Map(result.kept.map((input, output) => [input, output]));
  const update = result.changed.map((input) => {
    const item = items[input] as ProjectExample;
    return { ...item, example: result.examples[outputOf.get(input) as number] ?? item.example };
  });
  return { remove, update };
}

export function fixPatch(fix: OneClickFix, items: readonly ProjectExample[]): ExamplesPatch {
  return resultToPatch(items, FIXES[fix](items.map((e) => e.example)));
}
