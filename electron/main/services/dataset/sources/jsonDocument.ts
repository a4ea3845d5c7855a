// Pretty-printed JSON and JSON arrays are not JSONL, but users export them all the time. This splitter
// walks decoded text line by line and cuts out each top-level value (or each element of a top-level
// array) with the line it starts on, so such files stream like JSONL instead of being parsed whole.
import { locateJsonError, parseJsonSafe } from '../../../../../shared/domain/dataset/safeJson';
import type { RecordSink } from '../../../../../shared/domain/dataset/sink';

export class JsonValueSplitter {
  private buffer: string[] = [];
  private bufferChars = 0;
  private startLine = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** In array mode the outer `[ … ]` is a container: its elements are the records. */
  private arrayMode: boolean | null = null;
  private outerClosed = false;

  constructor(
    private readonly sink: RecordSink,
    private readonly maxValueChars: number,
  ) {}

  push(text: string, line: number): void {
    let segmentStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
      if (this.arrayMode === null) {
        this.arrayMode = c === 0x5b; // '['
        if (this.arrayMode) {
          segmentStart = i + 1;
          continue;
        }
      }
      const topLevel = this.depth === 0;
      if (this.arrayMode && topLevel && (c === 0x2c || c === 0x5d)) {
        // ',' or the outer ']' ends an element
        this.take(text.slice(segmentStart, i), line);
        this.emit();
        segmentStart = i + 1;
        if (c === 0x5d) this.outerClosed = true;
        continue;
      }
      if (topLevel && this.bufferChars === 0 && segmentStart <= i) {
        segmentStart = i;
        this.startLine = line;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0 && !this.arrayMode) {
          this.take(text.slice(segmentStart, i + 1), line);
          this.emit();
          segmentStart = i + 1;
        }
      }
    }
    if (segmentStart < text.length) this.take(text.slice(segmentStart) + '\n', line);
    else if (this.bufferChars > 0) this.take('\n', line);
  }

  private take(piece: string, line: number): void {
    if (this.bufferChars === 0 && piece.trim() === '') return;
    if (this.bufferChars === 0) this.startLine = this.startLine || line;
    this.buffer.push(piece);
    this.bufferChars += piece.length;
    if (this.bufferChars > this.maxValueChars) {
      this.sink.issue('line_too_long', this.startLine, {
        bytes: this.bufferChars,
        limit: this.maxValueChars,
      });
      this.reset();
      this.depth = 0; // resynchronise at the next value
    }
  }

  private reset(): void {
    this.buffer = [];
    this.bufferChars = 0;
    this.startLine = 0;
  }

  private emit(): void {
    const text = this.buffer.join('');
    const line = this.startLine;
    this.reset();
    if (text.trim() === '') return;
    try {
      this.sink.record(parseJsonSafe(text), line);
    } catch {
      this.reportSyntax(text, line);
    }
  }

  private reportSyntax(text: string, line: number): void {
    const where = locateJsonError(text) ?? { kind: 'unexpected_character' as const, column: 1 };
    const before = text.slice(0, where.column - 1);
    const newlines = before.split('\n').length - 1;
    const column = newlines === 0 ? where.column : before.length - before.lastIndexOf('\n');
    this.sink.issue('json_syntax', line + newlines, { column, kind: where.kind });
  }

  /** Whatever is left when the file ends: an unterminated value or a missing `]`. */
  end(lastLine: number): void {
    if (this.bufferChars > 0 && this.buffer.join('').trim() !== '') {
      const text = this.buffer.join('');
      const line = this.startLine;
      this.reset();
      this.reportSyntax(text, line);
    } else if (this.arrayMode && !this.outerClosed) {
      this.sink.issue('json_syntax', lastLine, { column: 1, kind: 'truncated' });
    }
  }
}
