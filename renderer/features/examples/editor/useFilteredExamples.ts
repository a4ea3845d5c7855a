// The examples the list shows: text search over every message and a filter by issue code from the last
// check. Recomputed only when the examples, the query or the filter change (not on selection), which is
// what keeps the list responsive at 100,000 examples.
import { useMemo } from 'react';
import type { IssueCode } from '../../../../shared/domain/dataset/codes';
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';
import { useProject } from '../state/projectStore';

export type IssueFilter = 'all' | 'any' | IssueCode;

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

export function matchesQuery(item: ProjectExample, query: string): boolean {
  for (const m of item.example.messages) if (m.content?.toLowerCase().includes(query)) return true;
  return false;
}

export function useFilteredExamples(query: string, filter: IssueFilter, issues: Map<string, ProjectIssue[]>) {
  const examples = useProject((s) => s.examples);
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q && filter === 'all') return examples;
    return examples.filter((item) => {
      if (filter !== 'all') {
        const found = issues.get(item.id);
        if (!found || (filter !== 'any' && !found.some((i) => i.code === filter))) return false;
      }
      return !q || matchesQuery(item, q);
    });
  }, [examples, query, filter, issues]);
}
