// Every edit to a project's examples is one patch: remove some, replace some, insert some. The renderer
// applies it to its copy, keeps the inverse for undo, and sends the same patch to main, which applies it
// with this same function. One pure function on both sides means the two copies cannot drift apart.
import type { ProjectExample } from './types';

export interface ExamplesPatch {
  /** Ids to remove. */
  remove?: string[];
  /** Replacement values for existing ids (same position). */
  update?: ProjectExample[];
  /** New examples with the index they must end up at, applied in ascending index order. */
  insert?: { index: number; example: ProjectExample }[];
}

export interface PatchResult {
  examples: ProjectExample[];
  /** The patch that exactly undoes this one. */
  inverse: ExamplesPatch;
}

export class PatchError extends Error {}

/**
 * `indexOf` (optional) lets a caller that keeps an id→position index skip the scan: an edit of one
 * example in 100,000 is then a copy of the array and a lookup, which is what keeps typing fast.
 */
export function applyPatch(
  current: readonly ProjectExample[],
  patch: ExamplesPatch,
  indexOf?: (id: string) => number | undefined,
): PatchResult {
  if (indexOf && !patch.remove?.length && !patch.insert?.length) {
    const fast = updateInPlace(current, patch.update ?? [], indexOf);
    if (fast) return fast;
  }
  const removeIds = new Set(patch.remove ?? []);
  const updates = new Map((patch.update ?? []).map((e) => [e.id, e]));
  const inverseInsert: { index: number; example: ProjectExample }[] = [];
  const inverseUpdate: ProjectExample[] = [];
  const next: ProjectExample[] = [];
  current.forEach((item, index) => {
    if (removeIds.has(item.id)) {
      inverseInsert.push({ index, example: item });
      return;
    }
    const updated = updates.get(item.id);
    if (updated) {
      inverseUpdate.push(item);
      updates.delete(item.id);
      next.push(updated);
    } else next.push(item);
  });
  if (updates.size > 0) throw new PatchError('update of an unknown example');
  const inserts = [...(patch.insert ?? [])].sort((a, b) => a.index - b.index);
  const known = new Set(next.map((e) => e.id));
  for (const { index, example } of inserts) {
    if (known.has(example.id)) throw new PatchError('duplicate example id');
    known.add(example.id);
    next.splice(Math.max(0, Math.min(index, next.length)), 0, example);
  }
  const inverse: ExamplesPatch = {};
  if (inserts.length) inverse.remove = inserts.map((i) => i.example.id);
  if (inverseUpdate.length) inverse.update = inverseUpdate;
  if (inverseInsert.length) inverse.insert = inverseInsert;
  return { examples: next, inverse };
}

function updateInPlace(
  current: readonly ProjectExample[],
  updates: readonly ProjectExample[],
  indexOf: (id: string) => number | undefined,
): PatchResult | null {
  const next = current.slice();
  const previous: ProjectExample[] = [];
  for (const item of updates) {
    const at = indexOf(item.id);
    // A stale index (or an id met twice) falls back to the full scan, which also reports unknown ids.
    if (at === undefined || next[at]?.id !== item.id || next[at] !== current[at]) return null;
    previous.push(next[at] as ProjectExample);
    next[at] = item;
  }
  return { examples: next, inverse: previous.length ? { update: previous } : {} };
}

export function isEmptyPatch(patch: ExamplesPatch): boolean {
  return !patch.remove?.length && !patch.update?.length && !patch.insert?.length;
}

/** Example ids that are unique enough without crypto.randomUUID (absent on non-secure origins). */
export function newExampleId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return 'ex-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
