// Turns spreadsheet rows (CSV, TSV, XLSX) into chat examples through a column mapping. Rows stream
// through; multi-turn conversations are assembled from consecutive rows with the same conversation id
// and ordered by the turn column, so memory holds one conversation, not the sheet. An id that comes
// back after other conversations is reported rather than silently merged.
import type { ChatExample, ChatMessage } from '../chat';
import { guessColumns, positionalMapping, type ColumnGuess, type ColumnMapping } from './columns';
import type { RecordSink } from './sink';
import { unescapeCell } from './tableExport';

export interface TableOptions {
  /** The user's mapping; without it the header guess is used. */
  mapping?: ColumnMapping | undefined;
  /** Whether row 1 holds column names; default: decided by the header guess. */
  hasHeader?: boolean | undefined;
  /** Sees every raw row, header included (the mapping screen's preview). */
  onRow?: ((cells: readonly string[], line: number) => void) | undefined;
}

interface PendingRow {
  line: number;
  turn: number;
  order: number;
  cells: readonly string[];
}

export class TableAssembler {
  private mapping: ColumnMapping | null = null;
  private width = 0;
  private started = false;
  private conversationId: string | null = null;
  private pending: PendingRow[] = [];
  private readonly finishedIds = new Set<string>();
  /** The header row's names, when row 1 holds them: problems name a column as the user titled it. */
  private header: readonly string[] = [];
  guess: ColumnGuess | null = null;

  constructor(
    private readonly sink: RecordSink,
    private readonly options: TableOptions = {},
  ) {}

  /** Feed every row in order; `line` is the 1-based row (CSV: line) number in the source. */
  row(rawCells: readonly string[], line: number): void {
    this.options.onRow?.(rawCells, line);
    const cells = rawCells.map(unescapeCell); // undo the formula guard our own exports add
    if (!this.started) {
      this.started = true;
      if (this.start(cells, line)) return; // the header row is consumed
    }
    if (!this.mapping) return;
    if (cells.every((c) => c.trim() === '')) {
      this.sink.issue('blank_line', line);
      return;
    }
    if (cells.length !== this.width)
      this.sink.issue('table_ragged_row', line, { cells: cells.length, expected: this.width });
    if (this.mapping.conversation === undefined) {
      this.emit([{ line, turn: 0, order: 0, cells }]);
      return;
    }
    const id = (cells[this.mapping.conversation] ?? '').trim();
    if (id !== this.conversationId) {
      this.flush();
      if (this.finishedIds.has(id))
        this.sink.issue('table_conversation_scattered', line, { conversation: id });
      this.conversationId = id;
    }
    const turnText = this.mapping.turn === undefined ? '' : (cells[this.mapping.turn] ?? '').trim();
    const turn =
      turnText === '' || Number.isNaN(Number(turnText)) ? Number.POSITIVE_INFINITY : Number(turnText);
    this.pending.push({ line, turn, order: this.pending.length, cells });
  }

  end(): void {
    this.flush();
  }

  /** Returns true when the first row was a header. */
  private start(first: readonly string[], line: number): boolean {
    this.guess = guessColumns(first);
    this.width = first.length;
    const header = this.options.hasHeader ?? this.guess.headerRecognized;
    this.mapping = this.options.mapping ?? (header ? this.guess.mapping : positionalMapping(first.length));
    if (header) this.header = first.map((name) => name.trim());
    if (!header && this.options.hasHeader === undefined)
      this.sink.issue('table_no_header', line, { columns: first.length });
    if (!this.mapping) {
      this.sink.issue('table_columns_unmapped', line, { columns: first.join(' | ').slice(0, 200) });
      return true;
    }
    return header;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    if (this.conversationId !== null) this.finishedIds.add(this.conversationId);
    const rows = this.pending.sort((a, b) => a.turn - b.turn || a.order - b.order);
    this.pending = [];
    this.emit(rows);
  }

  /**
   * A column as the user knows it: its header ("回答") when row 1 names it, else its spreadsheet letter
   * ("B"), never a bare position ("column 2" was read as the second row of something). The 1-based
   * number stays for tools.
   */
  private columnParams(index: number): { column: string; columnNumber: number } {
    return { column: this.header[index] || columnLetters(index), columnNumber: index + 1 };
  }

  private emit(rows: readonly PendingRow[]): void {
    const m = this.mapping as ColumnMapping;
    const messages: ChatMessage[] = [];
    const system =
      m.system === undefined
        ? ''
        : rows.map((r) => (r.cells[m.system as number] ?? '').trim()).find((s) => s !== '');
    if (system) messages.push({ role: 'system', content: system });
    for (const r of rows) {
      const user = (r.cells[m.user] ?? '').trim();
      const assistant = (r.cells[m.assistant] ?? '').trim();
      // In multi-turn sheets a row may carry only one side; a single-turn row needs both.
      if (user === '' && (rows.length === 1 || assistant === ''))
        this.sink.issue('table_empty_cell', r.line, this.columnParams(m.user));
      if (assistant === '' && (rows.length === 1 || user === ''))
        this.sink.issue('table_empty_cell', r.line, this.columnParams(m.assistant));
      if (user !== '' || rows.length === 1) messages.push({ role: 'user', content: user });
      if (assistant !== '' || rows.length === 1) messages.push({ role: 'assistant', content: assistant });
    }
    const example: ChatExample = { messages };
    this.sink.record(example, (rows[0] as PendingRow).line);
  }
}

/** 0 → A, 25 → Z, 26 → AA: the column names every spreadsheet program shows. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
