// Issue 17, point 8: once several files were appended into one project, a problem names the file beside
// its row ("file “b.csv”, row 2"), in the check results and in the import problems, in all three
// languages; with a single file the row alone is enough. A problem in one message of a spreadsheet row
// also names the column that message was read from ("column “回答”").
import { render, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/domain/dataset/codes';
import type {
  ImportProblems,
  ProjectExample,
  SourceInfo,
  StoredReport,
} from '../../../../shared/domain/projects/types';
import { createI18n } from '../../../../renderer/i18n';
import { ChecksPanel } from '../../../../renderer/features/examples/checks/ChecksPanel';
import { ConversationEditor } from '../../../../renderer/features/examples/editor/ConversationEditor';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { exampleOf, metaOf, openProject } from './helpers';

const from = (n: number, file: string, row: number): ProjectExample => ({
  ...exampleOf(n, `question ${n}`, n === 1 || n === 2 ? '' : `answer ${n}`),
  sourceFile: file,
  sourceLine: row,
});
/** a.csv gave rows 2 and 3, b.csv rows 2 and 3; a.csv row 3 and b.csv row 2 have an empty answer. */
const examples = [from(0, 'a.csv', 2), from(1, 'a.csv', 3), from(2, 'b.csv', 2), from(3, 'b.csv', 3)];

const report = {
  issues: [1, 2].map((i) => ({
    ...makeIssue('empty_assistant_reply', i + 1, i, { turn: 2 }),
    exampleId: examples[i]!.id,
  })),
  counts: { empty_assistant_reply: 2 },
  truncated: [],
  issueCap: 1000,
  tokens: { total: 40, billed: 40, max: 12, assistantTotal: 8 },
  stats: {} as StoredReport['stats'],
  epochs: { epochs: 3, mode: 'auto', reason: 'default' },
  estimatedCost: null,
  bytesRead: 0,
  checkedAt: '2026-12-05T09:00:00.000Z',
  stale: false,
} as unknown as StoredReport;

const source = (fileName: string): SourceInfo => ({
  fileName,
  format: 'csv',
  encoding: 'utf-8',
  bytes: 100,
  importedAt: '2026-12-05T09:00:00.000Z',
  columns: { user: '問題', assistant: '回答' },
});

const problems: ImportProblems = {
  fileName: 'b.csv',
  importedAt: '2026-12-05T09:00:00.000Z',
  issues: [
    { ...makeIssue('table_empty_cell', 3, null, { column: '回答', columnNumber: 2 }), file: 'a.csv' },
    { ...makeIssue('table_empty_cell', 2, null, { column: '回答', columnNumber: 2 }), file: 'b.csv' },
  ],
  counts: { table_empty_cell: 2 },
  skipped: 0,
};

function openWith(files: string[]) {
  openProject(examples, report);
  const several = files.length > 1;
  useProject.getState().opened({
    meta: {
      ...metaOf(examples.length, report),
      source: source(files.at(-1)!),
      sources: files.map(source),
      ...(several ? { importProblems: problems } : {}),
    },
    examples,
  });
}

async function renderChecks(lang: 'en' | 'zh-TW' | 'zh-CN', files: string[]) {
  openWith(files);
  const several = files.length > 1;
  const i18n = await createI18n(lang, false);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ChecksPanel onShowExample={() => {}} />
    </I18nextProvider>,
  );
  const whereOf = (root: HTMLElement) =>
    within(root)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.where')?.firstChild?.textContent?.trim());
  return {
    checks: whereOf(view.getByTestId('group-empty_assistant_reply')),
    imports: several ? whereOf(view.getByTestId('import-problems')) : [],
    importTitle: several ? view.getByTestId('import-problems').querySelector('h2')?.textContent : null,
  };
}

beforeEach(() => useProject.getState().closed());

describe('problems name their file when several files fed the project', () => {
  it.each([
    [
      'en',
      [
        'Example 2 · file “a.csv”, row 3, column “回答” · message 2',
        'Example 3 · file “b.csv”, row 2, column “回答” · message 2',
      ],
      ['file “a.csv”, row 3', 'file “b.csv”, row 2'],
      'Problems found while importing 2 files (2)',
    ],
    [
      'zh-TW',
      [
        '第 2 個範例 · 檔案「a.csv」第 3 列，「回答」欄 · 第 2 則訊息',
        '第 3 個範例 · 檔案「b.csv」第 2 列，「回答」欄 · 第 2 則訊息',
      ],
      ['檔案「a.csv」第 3 列', '檔案「b.csv」第 2 列'],
      '匯入 2 個檔案時發現的問題 (2)',
    ],
    [
      'zh-CN',
      [
        '第 2 个示例 · 文件“a.csv”第 3 行，“回答”列 · 第 2 条消息',
        '第 3 个示例 · 文件“b.csv”第 2 行，“回答”列 · 第 2 条消息',
      ],
      ['文件“a.csv”第 3 行', '文件“b.csv”第 2 行'],
      '导入 2 个文件时发现的问题 (2)',
    ],
  ] as const)('%s', async (lang, checks, imports, importTitle) => {
    expect(await renderChecks(lang, ['a.csv', 'b.csv'])).toEqual({ checks, imports, importTitle });
  });

  it('the example editor says where the example came from the same way', async () => {
    openWith(['a.csv', 'b.csv']);
    const i18n = await createI18n('en', false);
    const view = render(
      <I18nextProvider i18n={i18n}>
        <ConversationEditor item={examples[3]!} position={4} issues={[]} />
      </I18nextProvider>,
    );
    expect(view.getByTestId('conversation-editor').querySelector('p.muted')?.textContent).toBe(
      'Imported · file “b.csv”, row 3',
    );
  });

  it('with one file the row (and column) alone is said', async () => {
    const { checks } = await renderChecks('en', ['a.csv']);
    expect(checks).toEqual([
      'Example 2 · row 3 of the spreadsheet, column “回答” · message 2',
      // This example names b.csv, which the project does not list here: no column is known for it.
      'Example 3 · row 2 of the spreadsheet · message 2',
    ]);
  });
});
