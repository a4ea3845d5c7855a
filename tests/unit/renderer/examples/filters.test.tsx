// Search and the issue filter: the list narrows to matching examples, and a one-click fix from the Checks
// tab is an undoable edit.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Editor } from '../../../../renderer/features/examples/editor/Editor';
import { ChecksPanel } from '../../../../renderer/features/examples/checks/ChecksPanel';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import type { StoredReport } from '../../../../shared/domain/projects/types';
import { exampleOf, openProject, renderWithI18n, setViewport } from './helpers';

beforeEach(() => setViewport(600));

const examples = [
  exampleOf(1, 'Where is my order?', 'It ships today.'),
  exampleOf(2, 'Mail me at lee@example.com', 'Sure.'),
  exampleOf(3, 'Do you sell oolong?', 'Yes, three kinds.'),
  exampleOf(4, 'Where is my order?', 'It ships today.'),
];

const report = {
  provider: 'practice',
  model: 'gpt-4.1-mini-2025-04-14',
  format: 'jsonl',
  encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' },
  examples: 4,
  issues: [
    {
      code: 'too_few_examples',
      severity: 'error',
      line: null,
      example: null,
      exampleId: null,
      params: { examples: 4, minimum: 10 },
    },
    {
      code: 'pii_email',
      severity: 'warning',
      line: 2,
      example: 1,
      exampleId: examples[1]!.id,
      params: { turn: 1, matches: 1, preview: 'lee***com' },
      fix: 'mask_personal_data',
    },
    {
      code: 'duplicate_exact',
      severity: 'warning',
      line: 4,
      example: 3,
      exampleId: examples[3]!.id,
      params: { firstLine: 1, firstExample: 0 },
      fix: 'remove_exact_duplicates',
    },
  ],
  counts: { too_few_examples: 1, pii_email: 1, duplicate_exact: 1 },
  truncated: [],
  issueCap: 1000,
  tokens: { total: 100, billed: 100, max: 30, assistantTotal: 20 },
  stats: {} as StoredReport['stats'],
  epochs: { epochs: 25, mode: 'auto', reason: 'small-dataset' },
  estimatedCost: null,
  bytesRead: 0,
  checkedAt: '2026-01-01T00:00:00.000Z',
  stale: false,
} as StoredReport;

const shownQuestions = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((o) => o.querySelector('.row-user')?.textContent);

describe('search and filters', () => {
  it('search narrows the list to examples whose text matches, in any message', async () => {
    openProject(examples, report);
    await renderWithI18n(<Editor />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search examples' }), 'OOLONG');
    expect(shownQuestions()).toEqual(['Do you sell oolong?']);
    expect(screen.getByText('Showing 1 of 4')).toBeTruthy();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'ships today');
    expect(shownQuestions()).toEqual(['Where is my order?', 'Where is my order?']);
  });

  it('filters by one issue code or by any issue, with the counts in the choices', async () => {
    openProject(examples, report);
    await renderWithI18n(<Editor />);
    const filter = screen.getByTestId('issue-filter');
    expect(within(filter).getByRole('option', { name: 'Email address (1)' })).toBeTruthy();
    await userEvent.selectOptions(filter, 'pii_email');
    expect(shownQuestions()).toEqual(['Mail me at lee@example.com']);
    await userEvent.selectOptions(filter, 'any');
    expect(shownQuestions()).toHaveLength(2);
  });

  it('explains each problem with a next step, and a one-click fix is undoable', async () => {
    openProject(examples, report);
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    const group = screen.getByTestId('group-pii_email');
    expect(within(group).getByText(/A trained model can repeat it to anyone/)).toBeTruthy();
    expect(within(group).getByText(/Mask it, unless/)).toBeTruthy();
    expect(within(group).getByText(/Example 2/)).toBeTruthy();
    await userEvent.click(within(group).getByRole('button', { name: 'Mask personal data in all examples' }));
    expect(useProject.getState().examples[1]?.example.messages[0]?.content).not.toContain('lee@example.com');
    useProject.getState().undo();
    expect(useProject.getState().examples[1]?.example.messages[0]?.content).toBe(
      'Mail me at lee@example.com',
    );

    await userEvent.click(
      within(screen.getByTestId('group-duplicate_exact')).getByRole('button', {
        name: 'Remove exact copies',
      }),
    );
    expect(useProject.getState().examples).toHaveLength(3);
  });
});
