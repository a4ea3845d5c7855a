// JSONL, with the two JSON shapes users send instead (a top-level array, pretty-printed objects)
// detected from the first non-blank line and routed through the streaming splitter.
import { locateJsonError, parseJsonSafe } from '../../../../../shared/domain/dataset/safeJson';
import type { EncodingName } from '../../../../../shared/domain/dataset/report';
import { decodeLine } from '../encoding';
import type { RawLine } from '../lineReader';
import { JsonValueSplitter } from './jsonDocument';
import type { RecordSink } from '../../../../../shared/domain/dataset/sink';

export interface LineStats {
  lines: number;
  crlf: number;
  /** Every line was blank: the file is empty in all but name. */
  onlyBlank: boolean;
}

type Mode = 'undecided' | 'lines' | 'document';

/** Reports the line-level issues every text source shares; returns the decoded text or null. */
export function decodeRawLine(
  raw: RawLine,
  encoding: EncodingName,
  maxLineBytes: number,
  sink: RecordSink,
): string | null {
  if (raw.bytes === null) {
    sink.issue('line_too_long', raw.line, { bytes: raw.length, limit: maxLineBytes });
    return null;
  }
  const { text, invalidAt } = decodeLine(raw.bytes, encoding);
  if (invalidAt >= 0)
    sink.issue('invalid_bytes', raw.line, { byteOffset: raw.offset + invalidAt, column: invalidAt + 1 });
  return text;
}

export async function readJsonl(
  batches: AsyncIterable<RawLine[]>,
  encoding: EncodingName,
  maxLineBytes: number,
  sink: RecordSink,
  /** Added to line offsets to make file offsets; null when line offsets are not file offsets. */
  fileOffsetBase: number | null = null,
): Promise<LineStats> {
  const stats: LineStats = { lines: 0, crlf: 0, onlyBlank: true };
  let mode: Mode = 'undecided';
  const splitter = new JsonValueSplitter(sink, maxLineBytes);
  for await (const batch of batches) {
    for (const raw of batch) {
      stats.lines = raw.line;
      if (raw.crlf) stats.crlf++;
      const text = decodeRawLine(raw, encoding, maxLineBytes, sink);
      if (text === null) {
        stats.onlyBlank = false; // a line too long to read is not a blank one
        continue;
      }
      if (stats.onlyBlank && text.trim() !== '') stats.onlyBlank = false;
      if (mode === 'undecided' && text.trim() !== '') {
        mode = startsDocument(text) ? 'document' : 'lines';
        if (mode === 'document')
          sink.issue('json_document', raw.line, { shape: text.trim().startsWith('[') ? 'array' : 'pretty' });
      }
      if (mode === 'document') {
        splitter.push(text, raw.line);
        continue;
      }
      if (text.trim() === '') {
        sink.issue('blank_line', raw.line);
        continue;
      }
      let value: unknown;
      try {
        value = parseJsonSafe(text);
      } catch {
        const where = locateJsonError(text) ?? { kind: 'unexpected_character', column: 1 };
        sink.issue('json_syntax', raw.line, { column: where.column, kind: where.kind });
        continue;
      }
      sink.record(value, raw.line, fileOffsetBase === null ? undefined : fileOffsetBase + raw.offset);
    }
  }
  if (mode === 'document') splitter.end(stats.lines);
  return stats;
}

/** A top-level array, or a first line that opens an object it does not close (pretty-printed JSON). */
function startsDocument(firstLine: string): boolean {
  const t = firstLine.trim();
  if (t.startsWith('[')) return true;
  if (!t.startsWith('{')) return false;
  try {
    JSON.parse(t);
    return false;
  } catch {
    return (
      locateJsonError(t)?.kind === 'truncated' &&
      (t === '{' || t.endsWith(',') || t.endsWith('[') || t.endsWith('{'))
    );
  }
}
