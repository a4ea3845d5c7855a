// Writing exports: each part of the split as JSONL, the whole set as CSV or XLSX. Files are written
// to a temporary name beside the target and renamed into place, so a crash never leaves half a file
// under the name the user chose; JSONL and CSV are streamed, so 100k examples never become one string.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { ChatExample } from '../../../../shared/domain/chat';
import { csvLine, examplesToRows, type TableExport } from '../../../../shared/domain/dataset/tableExport';

async function writeAtomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await write(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function streamLines(temp: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(temp, { encoding: 'utf8' });
  for (const line of lines) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Streams `chunks` into `path` through a temporary file renamed into place. */
export function writeAtomicallyStreamed(path: string, chunks: Iterable<string>): Promise<void> {
  return writeAtomically(path, (temp) => streamLines(temp, chunks));
}

/** One example per line, UTF-8 without BOM, LF endings: exactly what the provider's upload expects. */
export async function writeJsonl(path: string, examples: readonly ChatExample[]): Promise<void> {
  await writeAtomically(path, (temp) =>
    streamLines(
      temp,
      (function* () {
        for (const example of examples) yield JSON.stringify(example) + '\n';
      })(),
    ),
  );
}

/** UTF-8 with a BOM and CRLF, because that is what makes Excel open Chinese text correctly. */
export async function writeCsv(
  path: string,
  examples: readonly ChatExample[],
): Promise<TableExport['examplesWithToolData']> {
  const table = examplesToRows(examples);
  await writeAtomically(path, (temp) =>
    streamLines(
      temp,
      (function* () {
        yield '\uFEFF';
        for (const row of table.rows) yield csvLine(row);
      })(),
    ),
  );
  return table.examplesWithToolData;
}

export async function writeXlsx(
  path: string,
  examples: readonly ChatExample[],
): Promise<TableExport['examplesWithToolData']> {
  const table = examplesToRows(examples);
  const { default: excel } = await import('exceljs');
  await writeAtomically(path, async (temp) => {
    const workbook = new excel.stream.xlsx.WorkbookWriter({
      filename: temp,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet('examples');
    for (const row of table.rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  });
  return table.examplesWithToolData;
}
