// Splits a byte stream into lines without ever holding more than one line (up to a cap) plus one chunk.
// Splitting on byte 0x0A is safe for UTF-8, GB18030 and Big5, whose multi-byte sequences never contain
// it; UTF-16 is transcoded to UTF-8 first. A line longer than the cap is measured and reported, not kept,
// so a 20 MB single-line file costs the same memory as a small one.
import iconv from 'iconv-lite';
import type { EncodingName } from '../../../../shared/domain/dataset/report';

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the (for UTF-16: transcoded) stream. */
  offset: number;
  /** The line without its terminator; null when it exceeded the cap. */
  bytes: Buffer | null;
  length: number;
  crlf: boolean;
}

/** Cancellation and progress for long reads; the worker wires both to messages. */
export interface ReadControl {
  signal?: AbortSignal | undefined;
  onBytes?: ((bytesRead: number) => void) | undefined;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Counts raw bytes for progress and stops between chunks when cancelled. */
export async function* meter(source: AsyncIterable<Buffer>, control: ReadControl): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of source) {
    if (control.signal?.aborted) throw new CancelledError();
    read += chunk.length;
    control.onBytes?.(read);
    yield chunk;
  }
}

/** UTF-16 text re-encoded as UTF-8 chunks, so the splitter below stays byte-based. */
export async function* toUtf8(source: AsyncIterable<Buffer>, encoding: EncodingName): AsyncGenerator<Buffer> {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
    yield* source;
    return;
  }
  const decoder = iconv.getDecoder(encoding); // strips the BOM and keeps split surrogate pairs across chunks
  for await (const chunk of source) {
    const text = decoder.write(chunk);
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.end();
  if (rest) yield Buffer.from(rest, 'utf8');
}

/** Yields the lines completed by each chunk as one batch (fewer awaits on files with millions of lines). */
export async function* splitLines(
  source: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<RawLine[]> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let line = 1;
  let lineStart = 0;
  let position = 0;
  const finishLine = (tail: Buffer, out: RawLine[]) => {
    const length = partBytes + tail.length;
    let bytes: Buffer | null = null;
    if (!tooLong && length <= maxLineBytes)
      bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], length);
    let crlf = false;
    if (bytes && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) {
      bytes = bytes.subarray(0, bytes.length - 1);
      crlf = true;
    }
    out.push({ line, offset: lineStart, bytes, length: crlf ? length - 1 : length, crlf });
    parts = [];
    partBytes = 0;
    tooLong = false;
    line++;
  };
  for await (const chunk of source) {
    const out: RawLine[] = [];
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      finishLine(chunk.subarray(from, nl), out);
      from = nl + 1;
      lineStart = position + from;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      partBytes += rest.length;
      if (partBytes > maxLineBytes) {
        tooLong = true;
        parts = [];
      } else if (!tooLong) {
        parts.push(Buffer.from(rest)); // copy: the stream may reuse its chunk buffers
      }
    }
    position += chunk.length;
    if (out.length > 0) yield out;
  }
  if (partBytes > 0) {
    const out: RawLine[] = [];
    finishLine(Buffer.alloc(0), out);
    yield out;
  }
}
