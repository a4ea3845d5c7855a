// Train's confirmation sends the user back to Examples' checks: the workspace opens on the Checks tab once,
// and on the editor the next time.
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../renderer/features/examples/Workspace';
import { requestExamplesTab } from '../../../../renderer/state/examplesTab';
import { exampleOf, openProject, renderWithI18n, setViewport } from './helpers';

describe('a tab asked for by another page', () => {
  it('opens the workspace on the Checks tab once', async () => {
    setViewport();
    openProject([exampleOf(1), exampleOf(2)]);
    requestExamplesTab('checks');
    await renderWithI18n(<Workspace />);
    expect(screen.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).toBe('true');
    cleanup();
    await renderWithI18n(<Workspace />);
    expect(screen.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).toBe('false');
  });
});
