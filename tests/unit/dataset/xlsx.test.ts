// XLSX import: merged and empty cells, extra sheets, hostile names and formula cells, zip bombs refused
// from the index, and archives whose index lies stopped by what they really inflate to.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';
import { importFile, previewFile } from '../../../electron/main/services/dataset/importFile';
import { inspectXlsx } from '../../../electron/main/services/dataset/zipGuard';
import { readXlsx, SheetLimitError } from '../../../electron/main/services/dataset/sources/tables';
import { TableAssembler } from '../../../shared/domain/dataset/table';
import { XLSX_LIMITS } from '../../../electron/main/services/dataset/limits';
import {
  writeMergedCellsXlsx,
  writeMultiSheetXlsx,
  writeProtoNamesXlsx,
  writeDataDescriptorXlsx,
  writeManySharedStringsXlsx,
  writeSheetFirstXlsx,
  writeZipBombXlsx,
} from '../../fixtures/data/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'tunesmith-xlsx-'));
const paths = {
  merged: join(dir, 'merged.xlsx'),
  multi: join(dir, 'multi.xlsx'),
  proto: join(dir, 'proto.xlsx'),
  bomb: join(dir, 'bomb.xlsx'),
};

beforeAll(async () => {
  await writeMergedCellsXlsx(paths.merged);
  await writeMultiSheetXlsx(paths.multi);
  await writeProtoNamesXlsx(paths.proto);
  writeZipBombXlsx(paths.bomb);
});

const codesAt = (issues: { code: string; line: number | null }[]) =>
  issues.map((i) => `${i.code}@${i.line ?? '-'}`).sort();

describe('xlsx import', () => {
  it('maps zh-TW headers and reports the empty halves of merged cells', async () => {
    const result = await checkFile(paths.merged);
    if (!result.ok) throw new Error(result.error.code);
    const report = result.data.report;
    expect(report.format).toBe('xlsx');
    expect(report.examples).toBe(10);
    // Row 2 holds the merged system prompt (applied to row 2's example only); rows 3–11 have none.
    // Row 6's answer is the hidden half of the C5:C6 merge.
    expect(codesAt(report.issues)).toEqual(
      [
        ...[3, 4, 5, 7, 8, 9, 10, 11].map((l) => `missing_system_message@${l}`),
        'missing_system_message@6',
        'table_empty_cell@6',
        'missing_content@6',
        'empty_assistant_reply@6',
        'few_examples@-',
      ].sort(),
    );
  });

  it('reads only the first sheet and says so', async () => {
    const result = await checkFile(paths.multi);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.data.report.examples).toBe(10);
    expect(result.data.report.counts.table_extra_sheets).toBe(1);
    expect(result.data.report.issues.find((i) => i.code === 'table_extra_sheets')?.params).toEqual({
      sheets: 2,
    });
  });

  it('treats __proto__/constructor names as plain data and takes formula results, never formulas', async () => {
    const imported = await importFile(paths.proto);
    if (!imported.ok) throw new Error(imported.error.code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(imported.data.columns?.mapping).toMatchObject({ user: 1, assistant: 2 });
    expect(imported.data.examples).toHaveLength(10);
    expect(imported.data.examples[0]?.example.messages[1]).toEqual({ role: 'assistant', content: 'click' });
  });

  it('gives the mapping screen raw rows and a column guess', async () => {
    const preview = await previewFile(paths.merged, {}, 3);
    if (!preview.ok) throw new Error(preview.error.code);
    expect(preview.data.rows[0]).toEqual(['系統', '問題', '回答']);
    expect(preview.data.columns?.mapping).toEqual({ system: 0, user: 1, assistant: 2 });
    expect(preview.data.examples).toHaveLength(3);
  });
});

describe('zip bombs', () => {
  it('refuses an archive that inflates ~1000× before reading it', async () => {
    expect(statSync(paths.bomb).size).toBeLessThan(1024 * 1024);
    const inspected = await inspectXlsx(paths.bomb, statSync(paths.bomb).size);
    expect(inspected).toMatchObject({
      ok: false,
      error: { code: 'archive_too_large', params: { entry: 'xl/worksheets/sheet1.xml' } },
    });
    const result = await checkFile(paths.bomb);
    expect(result).toMatchObject({ ok: false, error: { code: 'archive_too_large' } });
  });

  it('refuses archives whose declared total is over the limit, whatever the ratio', async () => {
    const size = statSync(paths.bomb).size;
    const inspected = await inspectXlsx(paths.bomb, size, {
      maxUncompressedBytes: 1024 * 1024,
      maxCompressionRatio: 1e9,
    });
    expect(inspected).toMatchObject({
      ok: false,
      error: { code: 'archive_too_large', params: { limit: 1024 * 1024 } },
    });
  });

  it('stops streaming a sheet that has more rows than declared limits allow', async () => {
    const table = new TableAssembler({ record: () => undefined, issue: () => undefined });
    const limits = { ...XLSX_LIMITS, maxRows: 5 };
    await expect(readXlsx(paths.multi, table, undefined, limits)).rejects.toBeInstanceOf(SheetLimitError);
  });
});

// Archives that lie about themselves. Each must stop at the first byte past a limit, with the zip-bomb
// message, without writing to the temp folder (exceljs spooled a sheet stored before its shared strings
// there: 1.5 GB from a 5 MB file). The numbers at full size are in the issue note; these are scaled down.
describe('lying archives are measured by what they inflate to', () => {
  const lying = {
    sheetFirst: join(dir, 'sheet-first.xlsx'),
    manyStrings: join(dir, 'many-strings.xlsx'),
    descriptors: join(dir, 'descriptors.xlsx'),
    descriptorsLie: join(dir, 'descriptors-lie.xlsx'),
  };
  let tempDir: string;
  const previousTmp = process.env.TMPDIR;

  beforeAll(() => {
    writeSheetFirstXlsx(lying.sheetFirst, 64 * 1024 * 1024);
    writeManySharedStringsXlsx(lying.manyStrings, 400_000);
    writeDataDescriptorXlsx(lying.descriptors, 50);
    writeDataDescriptorXlsx(lying.descriptorsLie, 5000, 100);
    // Anything a reader spools goes to os.tmpdir(), which follows TMPDIR: an empty folder to watch.
    tempDir = mkdtempSync(join(dir, 'tmp-'));
    process.env.TMPDIR = tempDir;
  });
  afterAll(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  });

  it('a sheet stored before its shared strings that inflates past its declared size: refused, nothing spooled', async () => {
    // The index is believable (512 KB declared, a modest ratio), so the up-front guard lets it through.
    expect(await inspectXlsx(lying.sheetFirst, statSync(lying.sheetFirst).size)).toMatchObject({ ok: true });
    const result = await checkFile(lying.sheetFirst);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'archive_too_large', params: { reason: 'declared_size_exceeded' } },
    });
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('counts the bytes it inflates against the total, whatever the index says', async () => {
    const table = new TableAssembler({ record: () => undefined, issue: () => undefined });
    const limits = { ...XLSX_LIMITS, maxUncompressedBytes: 256 * 1024 };
    await expect(readXlsx(lying.descriptors, table, undefined, limits)).resolves.toBeUndefined();
    const big = new TableAssembler({ record: () => undefined, issue: () => undefined });
    const error = await readXlsx(lying.manyStrings, big, undefined, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetLimitError);
    expect((error as SheetLimitError).params).toMatchObject({ limit: 256 * 1024 });
    expect((error as SheetLimitError).params.bytes).toBeLessThan(256 * 1024 + 128 * 1024); // one chunk past
  });

  it('shared strings count against the cell limit and their own memory budget, before any row is read', async () => {
    const rows: unknown[] = [];
    const table = new TableAssembler({ record: (v) => rows.push(v), issue: () => undefined });
    const byCells = await readXlsx(lying.manyStrings, table, undefined, {
      ...XLSX_LIMITS,
      maxCells: 100_000,
    }).catch((e: unknown) => e);
    expect((byCells as SheetLimitError).params).toMatchObject({ sharedStrings: 100_001 });
    const byBytes = await readXlsx(lying.manyStrings, table, undefined, {
      ...XLSX_LIMITS,
      maxCompressionRatio: Infinity, // this repetitive file would trip the ratio first
      maxSharedStringBytes: 1024 * 1024,
    }).catch((e: unknown) => e);
    expect(byBytes).toBeInstanceOf(SheetLimitError);
    expect((byBytes as SheetLimitError).params.sharedStrings).toBeLessThan(400_000);
    expect(rows).toEqual([]);
  });

  it('reads an honest workbook written with data descriptors, and refuses one whose sheet lies', async () => {
    const imported = await importFile(lying.descriptors);
    if (!imported.ok) throw new Error(imported.error.code);
    expect(imported.data.examples).toHaveLength(50);
    expect(imported.data.examples[49]?.example.messages).toEqual([
      { role: 'user', content: 'Q49: how long?' },
      { role: 'assistant', content: 'A49: three minutes' },
    ]);
    expect(await checkFile(lying.descriptorsLie)).toMatchObject({
      ok: false,
      error: { code: 'archive_too_large' },
    });
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
