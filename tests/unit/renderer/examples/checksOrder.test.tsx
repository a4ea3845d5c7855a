// The Checks tab puts the most important problems first (seen: "Must fix 1 · Should fix 80 · Good to
// know 146" with the optional "No system prompt (92)" group first and the single must-fix sixth), and each
// count in the summary jumps to its first group.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeIssue, type IssueCode } from '../../../../shared/domain/dataset/codes';
import type { ProjectIssue, StoredReport } from '../../../../shared/domain/projects/types';
import { ChecksPanel } from '../../../../renderer/features/examples/checks/ChecksPanel';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { exampleOf, openProject, renderWithI18n } from './helpers';

const examples = Array.from({ length: 40 }, (_, i) => exampleOf(i));

/** `n` issues of one code, on the first examples, as main stores them. */
const issues = (code: IssueCode, n: number): ProjectIssue[] =>
  Array.from({ length: n }, (_, i) => ({
    ...makeIssue(code, i + 1, i),
    exampleId: examples[i]!.id,
  }));

// In the engine's code order: the info group comes before the error, as the report lists them.
const reportIssues = [
  ...issues('missing_system_message', 30),
  ...issues('blank_line', 3),
  ...issues('duplicate_exact', 8),
  ...issues('message_missing_key', 1),
];
const report = {
  issues: reportIssues,
  counts: { missing_system_message: 30, blank_line: 3, duplicate_exact: 8, message_missing_key: 1 },
  truncated: [],
  issueCap: 1000,
  tokens: { total: 100, billed: 100, max: 30, assistantTotal: 20 },
  stats: {} as StoredReport['stats'],
  epochs: { epochs: 3, mode: 'auto', reason: 'default' },
  estimatedCost: null,
  bytesRead: 0,
  checkedAt: '2026-01-01T00:00:00.000Z',
  stale: false,
} as unknown as StoredReport;

beforeEach(() => useProject.getState().closed());

describe('Checks tab: most important first', () => {
  it('orders groups by severity, then by count, and each summary count jumps to its group', async () => {
    openProject(examples, report);
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    const order = [...document.querySelectorAll('[data-testid^="group-"]')].map((g) =>
      g.getAttribute('data-testid'),
    );
    expect(order).toEqual([
      'group-message_missing_key',
      'group-duplicate_exact',
      'group-blank_line',
      'group-missing_system_message',
    ]);

    const summary = screen.getByRole('navigation', { name: 'Problems by importance' });
    const counts = within(summary)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(counts).toEqual(['Must fix: 1', 'Should fix: 11', 'Good to know: 30']);

    await userEvent.click(within(summary).getByRole('button', { name: 'Good to know: 30' }));
    expect(document.activeElement?.id).toBe('group-missing_system_message');
    await userEvent.click(within(summary).getByRole('button', { name: 'Should fix: 11' }));
    expect(document.activeElement?.id).toBe('group-duplicate_exact');
  });
});
