// The Checks tab lists what the last import could not read (ProjectMeta.importProblems), with the line of
// the file, the code, the explanation and the next step, in the user's language, until it is dismissed.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeIssue } from '../../../../shared/domain/dataset/codes';
import type { Result } from '../../../../shared/ipc/errors';
import type { ImportProblems, ProjectMeta } from '../../../../shared/domain/projects/types';
import { createI18n } from '../../../../renderer/i18n';
import { ChecksPanel } from '../../../../renderer/features/examples/checks/ChecksPanel';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { exampleOf, openProject, renderWithI18n } from './helpers';

const PROBLEMS: ImportProblems = {
  fileName: 'broken.jsonl',
  importedAt: '2026-11-26T05:00:00.000Z',
  issues: [
    makeIssue('json_syntax', 4, null, { column: 50, kind: 'truncated' }),
    makeIssue('missing_messages_list', 9, null),
  ],
  counts: { json_syntax: 1, missing_messages_list: 1 },
  skipped: 1,
};

function openWith(problems: ImportProblems | undefined) {
  const opened = openProject(Array.from({ length: 12 }, (_, i) => exampleOf(i)));
  const meta = useProject.getState().meta as ProjectMeta;
  useProject.getState().metaChanged(problems ? { ...meta, importProblems: problems } : meta);
  return opened;
}

const lineTexts = (group: HTMLElement) =>
  within(group)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.where')?.textContent?.trim());

beforeEach(() => {
  useProject.getState().closed();
});

describe('Checks tab: problems from the import', () => {
  it('shows each problem with its code, line, explanation and next step', async () => {
    openWith(PROBLEMS);
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    const section = screen.getByTestId('import-problems');
    expect(
      within(section).getByRole('heading', { name: /Problems found while importing broken\.jsonl \(2\)/ }),
    ).toBeTruthy();
    const syntax = within(section).getByTestId('import-group-json_syntax');
    expect(within(syntax).getByText('json_syntax')).toBeTruthy();
    expect(lineTexts(syntax)).toEqual(['line 4 of the file']);
    expect(within(syntax).getByText(/near character 50/)).toBeTruthy();
    expect(within(syntax).getByText('Next step:', { exact: false })).toBeTruthy();
    const missing = within(section).getByTestId('import-group-missing_messages_list');
    expect(lineTexts(missing)).toEqual(['line 9 of the file']);
    // Nothing here points at an example: these lines never became examples.
    expect(within(section).queryByRole('button', { name: 'Show' })).toBeNull();
    // The check results are still their own part of the tab.
    expect(screen.getByText(/Not checked yet/)).toBeTruthy();
  });

  it('shows them in Traditional Chinese with the line numbers', async () => {
    openWith(PROBLEMS);
    const i18n = await createI18n('zh-TW', false);
    render(
      <I18nextProvider i18n={i18n}>
        <ChecksPanel onShowExample={() => {}} />
      </I18nextProvider>,
    );
    const section = screen.getByTestId('import-problems');
    expect(within(section).getByRole('heading', { name: /匯入 broken\.jsonl 時發現的問題/ })).toBeTruthy();
    expect(lineTexts(within(section).getByTestId('import-group-json_syntax'))).toEqual(['檔案第 4 行']);
    expect(lineTexts(within(section).getByTestId('import-group-missing_messages_list'))).toEqual([
      '檔案第 9 行',
    ]);
    expect(within(section).getByText(/第 50 個字元附近/)).toBeTruthy();
    expect(within(section).getByText('格式錯誤的行', { exact: false })).toBeTruthy();
  });

  it('shows nothing of the kind when the import read cleanly', async () => {
    openWith(undefined);
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    expect(screen.queryByTestId('import-problems')).toBeNull();
  });

  it('dismissing asks main and hides the list; a refusal keeps it and says why', async () => {
    openWith(PROBLEMS);
    const meta = useProject.getState().meta as ProjectMeta;
    const { importProblems: _gone, ...cleared } = meta;
    const dismiss = vi
      .fn<(id: string) => Promise<Result<ProjectMeta>>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage_failed' } })
      // Main's answer can predate a settings change still on its way: it must not undo that change here.
      .mockResolvedValueOnce({ ok: true, data: { ...cleared, model: 'gpt-4o-mini-2024-07-18' } });
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} dismissImportProblems={dismiss} />);
    const button = within(screen.getByTestId('import-problems')).getByRole('button', { name: 'Dismiss' });

    await userEvent.click(button);
    expect(dismiss).toHaveBeenLastCalledWith(meta.id);
    expect(screen.getByRole('alert').textContent).toMatch(/could not save to disk/);
    expect(screen.getByTestId('import-problems')).toBeTruthy();

    await userEvent.click(button);
    expect(screen.queryByTestId('import-problems')).toBeNull();
    expect(useProject.getState().meta?.importProblems).toBeUndefined();
    expect(useProject.getState().meta?.model).toBe(meta.model);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no dismiss button when dismissing is not wired', async () => {
    openWith(PROBLEMS);
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    expect(
      within(screen.getByTestId('import-problems')).queryByRole('button', { name: 'Dismiss' }),
    ).toBeNull();
  });

  it('says when only the first problems were kept, and lists every kept line on request', async () => {
    const issues = Array.from({ length: 25 }, (_, i) => makeIssue('blank_line', 100 + i, null));
    openWith({ ...PROBLEMS, issues, counts: { blank_line: 1800 }, skipped: 0 });
    await renderWithI18n(<ChecksPanel onShowExample={() => {}} />);
    expect(screen.getByTestId('import-problems-first').textContent).toBe(
      'Showing the first 25 of 1800 problems. Fix these and import again to see the rest.',
    );
    const group = screen.getByTestId('import-group-blank_line');
    expect(within(group).getByRole('heading').textContent).toMatch(/\(1800\)$/);
    expect(lineTexts(group)).toHaveLength(10);
    await userEvent.click(within(group).getByRole('button', { name: 'Show all 25' }));
    expect(lineTexts(group)).toEqual(issues.map((i) => `line ${i.line} of the file`));
  });
});
