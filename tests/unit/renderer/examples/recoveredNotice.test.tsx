// A project whose examples file had damaged lines opens with the rest and says how many were set aside
// (and that the file holding them was kept), instead of opening empty.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../renderer/features/examples/Workspace';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { exampleOf, metaOf, openProject, renderWithI18n, setViewport } from './helpers';

describe('opening a project with damaged example lines', () => {
  it('tells how many examples were set aside, beside the ones that opened', async () => {
    setViewport();
    const examples = [exampleOf(1), exampleOf(2), exampleOf(3)];
    openProject(examples);
    useProject.getState().opened({
      meta: metaOf(3),
      examples,
      recovered: 'examples_partly_set_aside',
      setAside: 2,
    });
    await renderWithI18n(<Workspace />);
    expect(
      screen.getByText(/^2 example\(s\) in the examples file could not be read and were set aside/),
    ).toBeTruthy();
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
  });
});
