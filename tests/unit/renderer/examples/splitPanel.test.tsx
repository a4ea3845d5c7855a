// The split screen says how many groups of near copies it kept in one part, and offers the next step
// (issue 17, points 4 and 8).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SplitExportPanel } from '../../../../renderer/features/examples/split/SplitExportPanel';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { useNavigation } from '../../../../renderer/state/navigation';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { exampleOf, openProject, renderWithI18n } from './helpers';

const LONG_ANSWER =
  'Shipping to Canada takes 5 to 8 working days and is always tracked. Orders over 60 dollars ship free; below that, shipping is a flat 9 dollars.';

beforeEach(() => {
  useProject.getState().closed();
  useNavigation.setState({ route: 'examples' });
});

describe('split screen', () => {
  it('keeps a reworded pair in one part, says so, and offers "Next: train"', async () => {
    const examples: ProjectExample[] = Array.from({ length: 30 }, (_, i) => exampleOf(i * 7919));
    examples[3] = exampleOf(3, 'How long does shipping to Canada take?', LONG_ANSWER);
    examples[17] = exampleOf(
      17,
      'How long does shipping to Canada take, please?',
      LONG_ANSWER.replace('always ', ''),
    );
    openProject(examples);
    await renderWithI18n(<SplitExportPanel />);
    expect(screen.queryByTestId('split-next-train')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Split' }));
    expect((await screen.findByTestId('split-kept-together')).textContent).toMatch(
      /^Groups of near copies \(reworded examples\) kept in one part: 1\./,
    );
    const parts = useProject.getState().examples.map((e) => e.split);
    expect(parts[3]).toBe(parts[17]);

    await userEvent.click(screen.getByRole('button', { name: 'Next: train' }));
    expect(useNavigation.getState().route).toBe('train');
  });
});
