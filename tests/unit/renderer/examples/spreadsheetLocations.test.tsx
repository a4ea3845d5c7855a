// Issue 17, point 8: a spreadsheet problem reads "row 77 of the spreadsheet, column “回答”", not "line 77,
// column 2"; text files keep their lines.
import { render, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/domain/dataset/codes';
import type { ImportProblems } from '../../../../shared/domain/projects/types';
import { createI18n } from '../../../../renderer/i18n';
import { ImportProblemsSection } from '../../../../renderer/features/examples/checks/ImportProblemsSection';

const problems = (fileName: string): ImportProblems => ({
  fileName,
  importedAt: '2026-12-05T05:00:00.000Z',
  issues: [makeIssue('table_empty_cell', 77, null, { column: '回答', columnNumber: 2 })],
  counts: { table_empty_cell: 1 },
  skipped: 0,
});

async function itemText(fileName: string, lang: 'en' | 'zh-TW' | 'zh-CN') {
  const i18n = await createI18n(lang, false);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <ImportProblemsSection problems={problems(fileName)} />
    </I18nextProvider>,
  );
  const item = within(container).getByRole('listitem');
  const text = {
    what: item.querySelector('.issue > span:not(.badge)')?.textContent,
    where: item.querySelector('.where')?.textContent?.trim(),
  };
  unmount();
  return text;
}

describe('spreadsheet problems name the row and the column header', () => {
  it.each([
    [
      'walk.xlsx',
      'en',
      'An empty cell in column “回答”. Merged cells leave all but one cell empty.',
      'row 77 of the spreadsheet',
    ],
    ['walk.csv', 'zh-TW', '「回答」欄有空白儲存格。合併儲存格時，除了一格以外都是空的。', '試算表第 77 列'],
    ['walk.tsv', 'zh-CN', '“回答”列有空白单元格。合并单元格时，除了一格以外都是空的。', '表格第 77 行'],
    [
      'notes.txt',
      'en',
      'An empty cell in column “回答”. Merged cells leave all but one cell empty.',
      'line 77 of the file',
    ],
  ] as const)('%s in %s', async (fileName, lang, what, where) => {
    expect(await itemText(fileName, lang)).toEqual({ what, where });
  });
});
