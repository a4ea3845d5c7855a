// One read of one file into a sink: size refusal, format and encoding detection, binary and empty file
// checks, then the matching source. Both checkFile (a checker sink) and importFile (a collecting sink)
// go through here, so an imported project and a checked file can never see different data.
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import type { EncodingGuess, EncodingName, SourceFormat } from '../../../../shared/domain/dataset/report';
import { ENCODING_CONFIDENT } from '../../../../shared/domain/dataset/report';
import type { RecordSink } from '../../../../shared/domain/dataset/sink';
import type { ColumnGuess, ColumnMapping } from '../../../../shared/domain/dataset/columns';
import { QaTextParser } from '../../../../shared/domain/dataset/qaText';
import { TableAssembler } from '../../../../shared/domain/dataset/table';
import { detectEncoding, looksBinary } from './encoding';
import { detectNonText, nonTextParams } from './fileKind';
import {
  detectFormat,
  openChecked,
  readChunks,
  readChunksReusingBuffer,
  type OpenedFile,
} from './fileAccess';
import { DEFAULT_MAX_LINE_BYTES, PROVIDER_FILE_LIMITS } from './limits';
import { CancelledError, splitLines, toUtf8, type RawLine } from './lineReader';
import { readJsonl, decodeRawLine } from './sources/jsonl';
import { readCsv, readXlsx, SheetLimitError } from './sources/tables';
import { RecordReader } from './recordReader';
import { inspectXlsx, worksheetCount } from './zipGuard';

export interface ReadOptions {
  /** Refuse files larger than this before reading (default: the OpenAI Files API's 512 MB). */
  maxFileBytes?: number;
  maxLineBytes?: number;
  /** The user's confirmed encoding, overriding detection. */
  encoding?: EncodingName;
  /** Override detection from the extension and first bytes. */
  format?: SourceFormat;
  /** Spreadsheet column mapping chosen by the user; default: the header guess. */
  mapping?: ColumnMapping;
  hasHeader?: boolean;
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface ReadControlOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ReadProgress) => void) | undefined;
  /** Raw spreadsheet rows as read, header included (for the column-mapping preview). */
  onRow?: ((cells: readonly string[], line: number) => void) | undefined;
  /** Stop quietly after this many records (previews); the summary is still returned. */
  stopAfterRecords?: number | undefined;
}

/** Thrown by the counting sink to end a preview read early; not an error. */
class EnoughRecords extends Error {}

export interface ReadSummary {
  file: string;
  format: SourceFormat;
  encoding: EncodingGuess;
  columns: ColumnGuess | null;
  bytesRead: number;
}

/** XLSX text is always UTF-8 XML inside the zip; there is nothing to guess. */
const XLSX_ENCODING: EncodingGuess = { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' };
const BINARY_ENCODING: EncodingGuess = { encoding: 'utf-8', confidence: 0, bom: false, basis: 'statistics' };

export async function readSource(
  path: string,
  options: ReadOptions,
  sink: RecordSink,
  control: ReadControlOptions = {},
): Promise<DatasetResult<ReadSummary>> {
  const opened = await openChecked(path, options.maxFileBytes ?? PROVIDER_FILE_LIMITS.openai);
  if (!opened.ok) return opened;
  const file = opened.data;
  let format = options.format ?? detectFormat(path, file.head);
  // The real reason comes first: a PDF, a picture or a zip that holds no worksheet is named as what it
  // is, before any encoding guess or spreadsheet reading. An .xlsx saved under another name is read as one.
  const nonText = file.size > 0 ? await detectNonText(file.head) : null;
  if (nonText?.xlsx) format = 'xlsx';
  const base = { file: path, format, columns: null as ColumnGuess | null, bytesRead: 0 };
  if (nonText && !nonText.xlsx && (format !== 'xlsx' || nonText.kind !== 'zip')) {
    sink.issue('binary_file', null, nonTextParams(nonText));
    return { ok: true, data: { ...base, encoding: BINARY_ENCODING } };
  }
  sink = limitRecords(sink, control.stopAfterRecords);
  const table = new TableAssembler(sink, {
    mapping: options.mapping,
    hasHeader: options.hasHeader,
    onRow: control.onRow,
  });
  let encoding: EncodingGuess = XLSX_ENCODING;
  const bytesRead = { value: 0 };
  let rereader: RecordReader | null = null;
  try {
    if (format === 'xlsx') return await readXlsxFile(file, table, sink, control, base, nonText?.ext);
    if (file.size === 0) {
      sink.issue('empty_file', null);
      return {
        ok: true,
        data: { ...base, encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' } },
      };
    }
    const detected = detectEncoding(file.head);
    encoding = options.encoding
      ? {
          encoding: options.encoding,
          confidence: 100,
          bom: detected.bom && detected.encoding === options.encoding,
          basis: 'user',
        }
      : detected;
    if (looksBinary(file.head, encoding)) {
      // No known signature, but NUL bytes or mostly control characters: not text, of no format we can name.
      sink.issue('binary_file', null, { kind: 'unknown', ext: '' });
      return { ok: true, data: { ...base, encoding: BINARY_ENCODING } };
    }
    if (encoding.confidence < ENCODING_CONFIDENT) {
      sink.issue('encoding_uncertain', null, {
        encoding: encoding.encoding,
        confidence: encoding.confidence,
      });
    }
    if (encoding.bom) sink.issue('byte_order_mark', 1);
    const isTable = format === 'csv' || format === 'tsv';
    // The line splitter copies what it keeps, so its input may reuse one buffer; the CSV parser and
    // the UTF-16 decoder may hold on to chunks, so they get fresh ones.
    const reuse = !isTable && !encoding.encoding.startsWith('utf-16');
    // Line offsets count from the first byte read; UTF-16 lines are split after transcoding, so their
    // offsets are not file offsets (`reuse` is false for them) and their records are not re-read.
    const bomBytes = encoding.bom && encoding.encoding === 'utf-8' ? 3 : 0;
    const chunks = (reuse ? readChunksReusingBuffer : readChunks)(
      path,
      progressControl(file.size, control, bytesRead),
      bomBytes,
    );
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    if (format === 'jsonl' && reuse && sink.rereadable) {
      rereader = new RecordReader(path, encoding.encoding, maxLineBytes);
      const reader = rereader;
      sink.rereadable((offset) => reader.read(offset));
    }
    if (isTable) {
      await readCsv(chunks, encoding.encoding, format === 'csv' ? ',' : '\t', maxLineBytes, table, sink);
    } else {
      // Lines from UTF-16 files arrive transcoded to UTF-8.
      const lineEncoding = encoding.encoding.startsWith('utf-16') ? 'utf-8' : encoding.encoding;
      const lines = splitLines(toUtf8(chunks, encoding.encoding), maxLineBytes);
      const stats =
        format === 'text'
          ? await readQaText(lines, lineEncoding, maxLineBytes, sink)
          : await readJsonl(lines, lineEncoding, maxLineBytes, sink, reuse ? bomBytes : null);
      if (stats.crlf > 0) sink.issue('crlf_line_endings', null, { lines: stats.crlf });
      if (stats.lines > 0 && stats.onlyBlank) sink.issue('empty_file', null);
    }
    return { ok: true, data: { ...base, encoding, columns: table.guess, bytesRead: bytesRead.value } };
  } catch (error) {
    if (error instanceof EnoughRecords) {
      return { ok: true, data: { ...base, encoding, columns: table.guess, bytesRead: bytesRead.value } };
    }
    if (error instanceof CancelledError) return { ok: false, error: { code: 'cancelled' } };
    if (error instanceof SheetLimitError)
      return { ok: false, error: { code: 'archive_too_large', params: error.params } };
    return { ok: false, error: { code: 'file_unreadable' } };
  } finally {
    rereader?.close();
  }
}

function limitRecords(sink: RecordSink, max: number | undefined): RecordSink {
  if (max === undefined) return sink;
  let seen = 0;
  return {
    issue: (code, line, params) => sink.issue(code, line, params),
    record: (value, line, offset) => {
      sink.record(value, line, offset);
      if (++seen >= max) throw new EnoughRecords();
    },
  };
}

/** Progress at most every 1 MB of input, so a fast read does not flood the worker channel. */
function progressControl(totalBytes: number, control: ReadControlOptions, bytesRead: { value: number }) {
  let lastReported = 0;
  return {
    signal: control.signal,
    onBytes: (read: number) => {
      bytesRead.value = read;
      if (control.onProgress && (read - lastReported >= 1024 * 1024 || read === totalBytes)) {
        lastReported = read;
        control.onProgress({ bytesRead: read, totalBytes });
      }
    },
  };
}

async function readXlsxFile(
  file: OpenedFile,
  table: TableAssembler,
  sink: RecordSink,
  control: ReadControlOptions,
  base: Omit<ReadSummary, 'encoding'>,
  /** What file-type saw in the first bytes ('zip' for a zip it could not name more exactly). */
  seenAs: string | undefined,
): Promise<DatasetResult<ReadSummary>> {
  const inspected = await inspectXlsx(file.path, file.size);
  if (!inspected.ok) return inspected;
  const sheets = worksheetCount(inspected.data);
  if (sheets === 0) {
    // A zip (or a Word or PowerPoint file) with no worksheet in it: not a spreadsheet at all.
    const ext = seenAs ?? 'zip';
    const kind = ext === 'docx' ? 'word' : ext === 'pptx' ? 'powerpoint' : 'zip';
    sink.issue('binary_file', null, { kind, ext });
    return { ok: true, data: { ...base, encoding: BINARY_ENCODING } };
  }
  if (sheets > 1) sink.issue('table_extra_sheets', null, { sheets });
  await readXlsx(file.path, table, control.signal);
  control.onProgress?.({ bytesRead: file.size, totalBytes: file.size });
  return { ok: true, data: { ...base, encoding: XLSX_ENCODING, columns: table.guess, bytesRead: file.size } };
}

async function readQaText(
  batches: AsyncIterable<RawLine[]>,
  encoding: EncodingName,
  maxLineBytes: number,
  sink: RecordSink,
): Promise<{ lines: number; crlf: number; onlyBlank: boolean }> {
  const parser = new QaTextParser(sink);
  const stats = { lines: 0, crlf: 0, onlyBlank: true };
  for await (const batch of batches) {
    for (const raw of batch) {
      stats.lines = raw.line;
      if (raw.crlf) stats.crlf++;
      const text = decodeRawLine(raw, encoding, maxLineBytes, sink);
      if (text === null) {
        stats.onlyBlank = false; // a line too long to read is not a blank one
        continue;
      }
      if (text.trim() !== '') stats.onlyBlank = false;
      parser.line(text, raw.line);
    }
  }
  parser.end();
  return stats;
}
