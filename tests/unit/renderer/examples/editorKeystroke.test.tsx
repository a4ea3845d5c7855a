// What one keystroke costs in a large project (issue 5: smooth at 100,000 examples). Typing in one example
// must touch that example only: with a search on, only it is tested against the search again, and only
// its row in the list re-renders. Counted through the per-example functions, not timed.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../../../renderer/features/examples/editor/Editor';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import * as match from '../../../../renderer/features/examples/editor/exampleMatch';
import * as preview from '../../../../renderer/features/examples/editor/rowPreview';
import { filterExamples } from '../../../../renderer/features/examples/editor/exampleFilter';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { exampleOf, openProject, renderWithI18n, setViewport } from './helpers';

vi.mock('../../../../renderer/features/examples/editor/exampleMatch', async (original) => {
  const real = await original<typeof match>();
  return { ...real, matchesQuery: vi.fn(real.matchesQuery) };
});
vi.mock('../../../../renderer/features/examples/editor/rowPreview', async (original) => {
  const real = await original<typeof preview>();
  return { ...real, previewText: vi.fn(real.previewText) };
});

const matchesQuery = vi.mocked(match.matchesQuery);
const previewText = vi.mocked(preview.previewText);

/** Building and rendering 100,000 examples takes seconds in jsdom on a busy machine. */
const LARGE = { timeout: 30_000 };

beforeEach(() => {
  setViewport(600);
  matchesQuery.mockClear();
  previewText.mockClear();
});

/** Row renders since the last clear, as the ids of the examples whose rows rendered. */
const renderedRows = () => new Set(previewText.mock.calls.map(([item]) => item.id));

describe('one keystroke in a 100,000-example project', () => {
  it('with a search on, tests only the edited example again and re-renders only its row', LARGE, async () => {
    // Every 10,000th example mentions oolong, example 50,000 among them.
    const examples = Array.from({ length: 100_000 }, (_, i) =>
      exampleOf(i + 1, (i + 1) % 10_000 === 0 ? `oolong ${i + 1}?` : `question ${i + 1}`),
    );
    const edited = examples[49_999] as ProjectExample;
    openProject(examples);
    await renderWithI18n(<Editor />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'oolong' } });
    expect(screen.getByText('Showing 10 of 100000')).toBeTruthy();
    await userEvent.click(within(screen.getByRole('listbox')).getByText('oolong 50000?'));
    expect(screen.getByRole('heading', { name: 'Example 50000' })).toBeTruthy();

    matchesQuery.mockClear();
    previewText.mockClear();
    await userEvent.type(screen.getByLabelText('Text of turn 2 (Answer)'), '!');

    expect(useProject.getState().examples[49_999]?.example.messages[1]?.content).toBe('answer 50000!');
    // The search ran again for the edited example alone, not for the other 99,999.
    expect(matchesQuery.mock.calls.map(([item]) => item.id)).toEqual([edited.id]);
    expect(renderedRows()).toEqual(new Set([edited.id]));
    expect(screen.getByText('Showing 10 of 100000')).toBeTruthy();
  });

  it('without a search, re-renders the edited row only, not the other rows in view', LARGE, async () => {
    const examples = Array.from({ length: 100_000 }, (_, i) => exampleOf(i + 1));
    openProject(examples);
    await renderWithI18n(<Editor />);
    const list = screen.getByRole('listbox');
    await userEvent.click(within(list).getByText('question 3'));
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(5);

    previewText.mockClear();
    await userEvent.type(screen.getByLabelText('Text of turn 2 (Answer)'), '!');

    expect(renderedRows()).toEqual(new Set([examples[2]?.id]));
    expect(within(list).getByText('answer 3!')).toBeTruthy();
  });
});

describe('filterExamples after an edit', () => {
  const examples = Array.from({ length: 50 }, (_, i) =>
    exampleOf(i + 1, i % 5 === 0 ? `oolong ${i}` : `question ${i}`),
  );
  const issues = new Map();
  const ids = (items: readonly ProjectExample[]) => items.map((e) => e.id);
  const withUser = (item: ProjectExample, user: string): ProjectExample => ({
    ...item,
    example: { messages: [{ role: 'user', content: user }, ...item.example.messages.slice(1)] },
  });

  it('gives the same list as a full pass when edits add, drop and keep matches', () => {
    const first = filterExamples(examples, 'oolong', 'all', issues);
    const next = [...examples];
    next[0] = withUser(examples[0] as ProjectExample, 'no longer'); // was shown, now not
    next[7] = withUser(examples[7] as ProjectExample, 'now oolong'); // was not, now shown
    next[10] = withUser(examples[10] as ProjectExample, 'still OOLONG'); // shown before and after
    next[49] = withUser(examples[49] as ProjectExample, 'oolong at the end');

    matchesQuery.mockClear();
    const patched = filterExamples(next, 'oolong', 'all', issues, first);
    expect(matchesQuery).toHaveBeenCalledTimes(4);
    expect(ids(patched.shown)).toEqual(ids(filterExamples(next, 'oolong', 'all', issues).shown));
    expect(patched.shown[2]).toBe(next[10]);
    expect(ids(patched.shown)).toEqual(
      [5, 7, 10, 15, 20, 25, 30, 35, 40, 45, 49].map((i) => examples[i]?.id),
    );
  });

  it('tests only the appended examples when more pages of the project arrive', () => {
    const first = filterExamples(examples.slice(0, 20), 'oolong', 'all', issues);
    matchesQuery.mockClear();
    const grown = filterExamples(examples, 'oolong', 'all', issues, first);
    expect(matchesQuery).toHaveBeenCalledTimes(30);
    expect(ids(grown.shown)).toEqual(ids(filterExamples(examples, 'oolong', 'all', issues).shown));
  });

  it('starts over when examples were reordered or the search changed', () => {
    const first = filterExamples(examples, 'oolong', 'all', issues);
    const reordered = [...examples].reverse();
    matchesQuery.mockClear();
    const again = filterExamples(reordered, 'oolong', 'all', issues, first);
    expect(matchesQuery).toHaveBeenCalledTimes(50);
    expect(ids(again.shown)).toEqual(ids(first.shown).reverse());

    matchesQuery.mockClear();
    expect(ids(filterExamples(examples, 'question 1', 'all', issues, first).shown)).toHaveLength(9);
    expect(matchesQuery).toHaveBeenCalledTimes(50);
  });
});
