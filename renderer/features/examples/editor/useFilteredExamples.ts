// The examples the list shows: text search over every message and a filter by issue code from the last
// check. Recomputed only when the examples, the query or the filter change (not on selection), and after
// an edit only the edited examples are tested again (exampleFilter.ts): typing in one example of 100,000
// with a search on must not search all of them again.
import { useMemo, useRef } from 'react';
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';
import { useProject } from '../state/projectStore';
import { filterExamples, type FilterRun, type IssueFilter } from './exampleFilter';

export type { IssueFilter } from './exampleFilter';

export function useIssuesByExample(): Map<string, ProjectIssue[]> {
  const report = useProject((s) => s.meta?.report);
  return useMemo(() => {
    const map = new Map<string, ProjectIssue[]>();
    for (const issue of report?.issues ?? []) {
      if (!issue.exampleId) continue;
      const list = map.get(issue.exampleId);
      if (list) list.push(issue);
      else map.set(issue.exampleId, [issue]);
    }
    return map;
  }, [report]);
}

export function useFilteredExamples(
  query: string,
  filter: IssueFilter,
  issues: Map<string, ProjectIssue[]>,
): readonly ProjectExample[] {
  const examples = useProject((s) => s.examples);
  const last = useRef<FilterRun | undefined>(undefined);
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q && filter === 'all') {
      last.current = undefined;
      return examples;
    }
    last.current = filterExamples(examples, q, filter, issues, last.current);
    return last.current.shown;
  }, [examples, query, filter, issues]);
}
