// What the list shows under a search and an issue filter, kept up to date incrementally: an edit replaces
// one example in a 100,000-example array, and re-testing all of them (lower-casing every message) on
// each keystroke cost tens of milliseconds. Only the examples whose objects changed are tested again.
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';
import { matchesIssueFilter, matchesQuery, type IssueFilter } from './exampleMatch';

export type { IssueFilter } from './exampleMatch';

/** One filter run: its inputs, and for each shown example its index in `examples` (ascending). */
export interface FilterRun {
  examples: readonly ProjectExample[];
  query: string;
  filter: IssueFilter;
  issues: Map<string, ProjectIssue[]>;
  shown: readonly ProjectExample[];
  indexes: readonly number[];
}

/**
 * Beyond this many changed examples a full pass is as cheap as patching the result (e.g. "apply one
 * system prompt to all" replaces every example).
 */
const INCREMENTAL_LIMIT = 1000;

/**
 * Filters `examples` by a lower-cased, trimmed query and an issue filter. Given the previous run over an
 * array of the same examples in the same order (an edit, not an insert, removal or reorder), possibly
 * with more examples appended (a large project's later pages arriving), it tests only the examples whose
 * objects changed and the appended ones; the result equals a full pass either way.
 */
export function filterExamples(
  examples: readonly ProjectExample[],
  query: string,
  filter: IssueFilter,
  issues: Map<string, ProjectIssue[]>,
  previous?: FilterRun,
): FilterRun {
  const matches = (item: ProjectExample) =>
    matchesIssueFilter(item, filter, issues) && (!query || matchesQuery(item, query));
  const patched =
    previous &&
    previous.query === query &&
    previous.filter === filter &&
    previous.issues === issues &&
    previous.examples.length <= examples.length
      ? patchRun(previous, examples, matches)
      : null;
  if (patched) return patched;
  const shown: ProjectExample[] = [];
  const indexes: number[] = [];
  examples.forEach((item, index) => {
    if (!matches(item)) return;
    shown.push(item);
    indexes.push(index);
  });
  return { examples, query, filter, issues, shown, indexes };
}

function patchRun(
  previous: FilterRun,
  examples: readonly ProjectExample[],
  matches: (item: ProjectExample) => boolean,
): FilterRun | null {
  if (previous.examples === examples) return previous;
  // Comparing references is a fraction of a millisecond at 100,000; the text tests are what cost.
  const changed: number[] = [];
  const kept = previous.examples.length;
  for (let i = 0; i < kept; i++) {
    const before = previous.examples[i] as ProjectExample;
    const now = examples[i] as ProjectExample;
    if (before === now) continue;
    if (before.id !== now.id || changed.length >= INCREMENTAL_LIMIT) return null; // moved: start over
    changed.push(i);
  }
  const base = { ...previous, examples };
  if (changed.length === 0 && kept === examples.length) return base;
  const shown = previous.shown.slice();
  let indexes = previous.indexes; // copied only if an example joins or leaves the list
  for (const index of changed) {
    const item = examples[index] as ProjectExample;
    const at = lowerBound(indexes, index);
    const wasShown = indexes[at] === index;
    const isShown = matches(item);
    if (wasShown && isShown) shown[at] = item;
    else if (wasShown || isShown) {
      if (indexes === previous.indexes) indexes = indexes.slice();
      const list = indexes as number[];
      if (wasShown) {
        shown.splice(at, 1);
        list.splice(at, 1);
      } else {
        shown.splice(at, 0, item);
        list.splice(at, 0, index);
      }
    }
  }
  for (let index = kept; index < examples.length; index++) {
    const item = examples[index] as ProjectExample;
    if (!matches(item)) continue;
    if (indexes === previous.indexes) indexes = indexes.slice();
    shown.push(item);
    (indexes as number[]).push(index);
  }
  return { ...base, shown, indexes };
}

/** The first position in the ascending `values` whose value is ≥ `target`. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
