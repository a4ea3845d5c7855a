// Undo and redo: Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z in the workspace, typing merged into one step, and every
// undo sent to main so the saved project matches what the user sees.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../renderer/features/examples/Workspace';
import { patchesSettled, useProject } from '../../../../renderer/features/examples/state/projectStore';
import { useHistory } from '../../../../renderer/features/examples/state/history';
import { exampleOf, openProject, renderWithI18n, setViewport } from './helpers';

beforeEach(() => setViewport(600));

const answerText = () => useProject.getState().examples[0]?.example.messages[1]?.content;

describe('undo and redo', () => {
  it('undoes a typed run in one step with Ctrl+Z and redoes it with Shift+Ctrl+Z', async () => {
    const { main } = openProject([exampleOf(1), exampleOf(2)]);
    await renderWithI18n(<Workspace />);
    const answer = within(screen.getByTestId('conversation-editor')).getByLabelText(
      'Text of turn 2 (Answer)',
    );
    await userEvent.type(answer, ' thanks');
    expect(answerText()).toBe('answer 1 thanks');
    expect(useHistory.getState().past).toHaveLength(1); // seven keystrokes, one step

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(answerText()).toBe('answer 1');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(answerText()).toBe('answer 1 thanks');
    await userEvent.keyboard('{Meta>}z{/Meta}');
    expect(answerText()).toBe('answer 1');
    await act(() => patchesSettled());
    expect(main.examples).toEqual(useProject.getState().examples);
  });

  it('undoes a removed example back into its place, from the buttons too', async () => {
    openProject([exampleOf(1), exampleOf(2), exampleOf(3)]);
    await renderWithI18n(<Workspace />);
    await userEvent.click(within(screen.getByRole('listbox')).getByText('question 2'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove this example' }));
    expect(useProject.getState().examples.map((e) => e.id)).toEqual([exampleOf(1).id, exampleOf(3).id]);
    const undo = screen.getByRole('button', { name: 'Undo' });
    await userEvent.click(undo);
    expect(useProject.getState().examples.map((e) => e.id)).toEqual([
      exampleOf(1).id,
      exampleOf(2).id,
      exampleOf(3).id,
    ]);
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(useProject.getState().examples).toHaveLength(2);
  });

  it('a new edit after an undo clears the redo history', async () => {
    openProject([exampleOf(1)]);
    await renderWithI18n(<Workspace />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a turn' }));
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(useHistory.getState().future).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Add an example' }));
    expect(useHistory.getState().future).toHaveLength(0);
  });
});
