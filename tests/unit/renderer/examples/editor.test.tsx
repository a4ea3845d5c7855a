// The editor: a virtualized list that renders only what is in view even at 100,000 examples, keyboard
// selection, and conversation edits (text, role, reorder, add and remove turns and examples) that reach
// main as patches leaving main's copy identical to the screen's.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Editor } from '../../../../renderer/features/examples/editor/Editor';
import { patchesSettled, useProject } from '../../../../renderer/features/examples/state/projectStore';
import { exampleOf, openProject, renderWithI18n, setViewport } from './helpers';

beforeEach(() => setViewport(600));

describe('Editor', () => {
  it('renders only the rows in view for 100,000 examples, and the arrow keys move through them', async () => {
    const examples = Array.from({ length: 100_000 }, (_, i) => exampleOf(i + 1));
    openProject(examples);
    await renderWithI18n(<Editor />);
    const list = screen.getByRole('listbox', { name: 'Examples' });
    const rows = within(list).getAllByRole('option');
    // 600 px / 56 px per row plus overscan: a few dozen, never 100,000.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByText('Showing 100000 of 100000')).toBeTruthy();

    list.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(useProject.getState().selectedId).toBe(examples[2]?.id);
    await userEvent.keyboard('{End}');
    expect(useProject.getState().selectedId).toBe(examples[99_999]?.id);
    expect(screen.getByRole('heading', { name: 'Example 100000' })).toBeTruthy();
  });

  it('edits a turn, changes a role, reorders and removes turns, and main ends with the same examples', async () => {
    const { main } = openProject([exampleOf(1), exampleOf(2)]);
    await renderWithI18n(<Editor />);
    const editor = screen.getByTestId('conversation-editor');
    const answer = within(editor).getByLabelText('Text of turn 2 (Answer)');
    await userEvent.clear(answer);
    await userEvent.type(answer, 'Hi, tea friend!');
    await userEvent.click(within(editor).getByRole('button', { name: 'Add a turn' }));
    await userEvent.type(within(editor).getByLabelText('Text of turn 3 (User)'), 'And shipping?');
    await userEvent.click(within(editor).getByRole('button', { name: 'Move up 3' }));
    await userEvent.selectOptions(within(editor).getByLabelText('Who speaks in turn 1'), 'system');
    await userEvent.click(within(editor).getByRole('button', { name: 'Remove 2' }));

    const messages = useProject.getState().examples[0]?.example.messages;
    expect(messages).toEqual([
      { role: 'system', content: 'question 1' },
      { role: 'assistant', content: 'Hi, tea friend!' },
    ]);
    await act(() => patchesSettled());
    expect(main.examples).toEqual(useProject.getState().examples);
  });

  it('adds and removes whole examples', async () => {
    const { main } = openProject([exampleOf(1), exampleOf(2)]);
    await renderWithI18n(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Add an example' }));
    expect(useProject.getState().examples).toHaveLength(3);
    expect(useProject.getState().examples[2]?.provenance).toBe('added');
    expect(screen.getByRole('heading', { name: 'Example 3' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Remove this example' }));
    expect(useProject.getState().examples.map((e) => e.id)).toEqual([exampleOf(1).id, exampleOf(2).id]);
    await act(() => patchesSettled());
    expect(main.examples).toEqual(useProject.getState().examples);
  });

  it('applies one system prompt to all examples in one step, and main gets the same', async () => {
    const { main, bridge } = openProject([exampleOf(1), exampleOf(2), exampleOf(3)]);
    await renderWithI18n(<Editor />);
    await userEvent.click(screen.getByText('Apply one system prompt to all examples'));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Apply one system prompt to all examples' }),
      'You are Little Kettle.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply to all' }));
    expect(
      useProject
        .getState()
        .examples.every((e) => e.example.messages[0]?.content === 'You are Little Kettle.'),
    ).toBe(true);
    await waitFor(() => expect(screen.getByText('Examples changed: 3. Undo with Ctrl+Z.')).toBeTruthy());
    await act(() => patchesSettled());
    expect(main.examples).toEqual(useProject.getState().examples);
    // Prompts and a number per example went to main, not the examples themselves.
    expect(bridge.calls.some((c) => c.route === 'projects.patch')).toBe(false);
    act(() => useProject.getState().undo());
    await act(() => patchesSettled());
    expect(useProject.getState().examples).toEqual([exampleOf(1), exampleOf(2), exampleOf(3)]);
    expect(main.examples).toEqual(useProject.getState().examples);
  });
});
