// Whether one example passes the search and the issue filter: the per-example tests the list's filter runs.
import type { IssueCode } from '../../../../shared/domain/dataset/codes';
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';

export type IssueFilter = 'all' | 'any' | IssueCode;

export function matchesQuery(item: ProjectExample, query: string): boolean {
  for (const m of item.example.messages) if (m.content?.toLowerCase().includes(query)) return true;
  return false;
}

export function matchesIssueFilter(
  item: ProjectExample,
  filter: IssueFilter,
  issues: Map<string, ProjectIssue[]>,
): boolean {
  if (filter === 'all') return true;
  const found = issues.get(item.id);
  return !!found && (filter === 'any' || found.some((i) => i.code === filter));
}
