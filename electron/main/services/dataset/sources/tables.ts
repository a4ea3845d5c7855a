// CSV/TSV through csv-parse and XLSX (./xlsx.ts), both feeding TableAssembler row by row. Cell text is
// taken as shown (formula results, rich text joined), never evaluated.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { EncodingName } from '../../../../../shared/domain/dataset/report';
import type { RecordSink } from '../../../../../shared/domain/dataset/sink';
import type { TableAssembler } from '../../../../../shared/domain/dataset/table';
import { firstInvalidUtf8 } from '../encoding';

/**
 * Decodes the byte stream to text chunks and reports the first invalid byte of each bad chunk with its
 * byte offset and the line it is on (counted from the line breaks decoded so far).
 */
async function* decodeChunks(
  chunks: AsyncIterable<Buffer>,
  encoding: EncodingName,
  sink: RecordSink,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding); // strips a BOM and keeps characters split across chunks
  let offset = 0;
  let line = 1;
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      const at = encoding === 'utf-8' ? Math.max(0, firstInvalidUtf8(chunk)) : 0;
      sink.issue('invalid_bytes', line + countLineBreaks(text, bad), { byteOffset: offset + at });
    }
    line += countLineBreaks(text, text.length);
    offset += chunk.length;
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function countLineBreaks(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export async function readCsv(
  chunks: AsyncIterable<Buffer>,
  encoding: EncodingName,
  delimiter: ',' | '\t',
  maxRecordChars: number,
  table: TableAssembler,
  sink: RecordSink,
): Promise<void> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    info: true,
    max_record_size: maxRecordChars,
  });
  const text = Readable.from(decodeChunks(chunks, encoding, sink));
  // pipe() does not forward errors; a cancelled or failed read must end the parser's iteration too.
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  let nextLine = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      table.row(record, nextLine);
      nextLine = info.lines + 1; // a quoted newline makes one record span several lines
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw error; // cancellation, read errors
    if (code === 'CSV_MAX_RECORD_SIZE')
      sink.issue('line_too_long', nextLine, { bytes: maxRecordChars, limit: maxRecordChars });
    else sink.issue('csv_syntax', nextLine, { kind: code.slice(4).toLowerCase() });
  }
  table.end();
}

export { readXlsx, SheetLimitError } from './xlsx';
