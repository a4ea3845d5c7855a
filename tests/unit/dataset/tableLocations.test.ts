// Issue 17, point 8: spreadsheet problems said "line 77, column 2". A column is now named as the user
// titled it (its header, e.g. 回答), or by its spreadsheet letter when row 1 holds no names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/main/services/dataset/importFile';
import { issueMessage } from '../../../shared/domain/dataset/messages';
import { columnLetters } from '../../../shared/domain/dataset/table';

const dir = mkdtempSync(join(tmpdir(), 'tunesmith-table-'));

async function emptyCells(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const result = await importFile(path);
  if (!result.ok) throw new Error(result.error.code);
  return result.data.issues.filter((i) => i.code === 'table_empty_cell');
}

describe('where a spreadsheet problem is', () => {
  it('names the column by its header and the row by its number', async () => {
    const rows = ['問題,回答', ...Array.from({ length: 80 }, (_, i) => `問題 ${i + 2},回答 ${i + 2}`)];
    rows[76] = '這一列沒有回答,'; // row 77 of the sheet
    const found = await emptyCells('walk.csv', `${rows.join('\n')}\n`);
    expect(found).toEqual([
      expect.objectContaining({ line: 77, params: { column: '回答', columnNumber: 2 } }),
    ]);
    expect(issueMessage(found[0]!)).toBe(
      'Empty cell in column "回答" (merged cells leave all but one cell empty).',
    );
  });

  it('uses the spreadsheet letter when row 1 holds no names', async () => {
    const found = await emptyCells(
      'plain.csv',
      Array.from({ length: 12 }, (_, i) => (i === 5 ? ',已經寄出' : `包裹在哪裡 ${i},已經寄出 ${i}`)).join(
        '\n',
      ),
    );
    expect(found).toEqual([expect.objectContaining({ line: 6, params: { column: 'A', columnNumber: 1 } })]);
  });

  it('letters columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
