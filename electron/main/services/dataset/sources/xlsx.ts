// XLSX reading that is limited by what the archive really inflates to, not by what it says about itself.
// yauzl opens the parts by the zip's index (so the order of parts inside the archive does not matter and
// nothing is ever written to the temp folder: exceljs's streaming reader spooled a sheet stored before
// its shared strings to disk, 1.5 GB from a 5 MB file), every inflated byte of every part is counted
// against the limits as it arrives, and saxes parses the XML as it streams. The first breach stops the
// read with SheetLimitError (the zip-bomb message). Shared strings count against the cell and character
// limits and are kept compactly (UTF-8 bytes plus one offset each), under a byte budget of their own.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import type { TableAssembler } from '../../../../../shared/domain/dataset/table';
import { XLSX_LIMITS, type XlsxLimits } from '../limits';
import { CancelledError } from '../lineReader';

export class SheetLimitError extends Error {
  constructor(readonly params: Record<string, number | string>) {
    super('sheet too large');
  }
}

/** Excel's last column is XFD (16,384); a reference beyond it would only pad rows with empty cells. */
const MAX_COLUMN = 16_383;
/** Parts smaller than this are not held to the expansion ratio (tiny XML compresses very well). */
const RATIO_FREE_BYTES = 1024 * 1024;

/** Reads the first worksheet only; the caller reports other sheets from the zip index. */
export async function readXlsx(
  path: string,
  table: TableAssembler,
  signal: AbortSignal | undefined,
  limits: Readonly<XlsxLimits> = XLSX_LIMITS,
): Promise<void> {
  // validateEntrySizes: a part that inflates past the size the index declares is an error at that byte.
  const zip = await yauzl.openPromise(path, {
    lazyEntries: true,
    validateEntrySizes: true,
    autoClose: false,
  });
  try {
    const entries = await listEntries(zip);
    const budget = new InflateBudget(limits, signal);
    const workbook = await readPart(zip, entries.get('xl/workbook.xml'), budget, firstSheetRelation());
    const rels = await readPart(zip, entries.get('xl/_rels/workbook.xml.rels'), budget, relationTargets());
    const sheetPath = resolveSheet(workbook, rels, entries);
    const strings = new SharedStrings(limits);
    const stringsPath = rels?.sharedStrings ?? 'xl/sharedStrings.xml';
    await readPart(zip, entries.get(stringsPath), budget, collectSharedStrings(strings));
    if (sheetPath)
      await readPart(
        zip,
        entries.get(sheetPath),
        budget,
        emitRows(strings, table, new SheetCounter(limits, strings)),
      );
  } catch (error) {
    // yauzl's size check ("too many bytes in the stream"): the index lied about this part.
    if (error instanceof Error && /bytes in the stream/.test(error.message))
      throw new SheetLimitError({ reason: 'declared_size_exceeded' });
    throw error;
  } finally {
    zip.close();
  }
  table.end();
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName.replace(/^\//, ''), entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Counts inflated bytes of every part against the archive limits; stops at the first breach. */
class InflateBudget {
  private total = 0;
  constructor(
    private readonly limits: Readonly<XlsxLimits>,
    private readonly signal: AbortSignal | undefined,
  ) {}

  add(entry: yauzl.Entry, partBytes: number, chunkBytes: number): void {
    if (this.signal?.aborted) throw new CancelledError();
    this.total += chunkBytes;
    if (this.total > this.limits.maxUncompressedBytes)
      throw new SheetLimitError({ bytes: this.total, limit: this.limits.maxUncompressedBytes });
    const ratio = partBytes / Math.max(1, entry.compressedSize);
    if (partBytes > RATIO_FREE_BYTES && ratio > this.limits.maxCompressionRatio)
      throw new SheetLimitError({ entry: entry.fileName, ratio: Math.round(ratio) });
  }
}

/** What a part's reader does with the XML; saxes holds one handler per event, so one object has them all. */
interface XmlReader<T> {
  open(name: string, tag: SaxesTagPlain): void;
  close(name: string): void;
  text(text: string): void;
  result(): T;
}

async function readPart<T>(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
  budget: InflateBudget,
  reader: XmlReader<T>,
): Promise<T | null> {
  if (!entry) return null;
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => reader.open(localName(tag.name), tag));
  parser.on('closetag', (tag) => reader.close(localName(tag.name)));
  parser.on('text', (t) => reader.text(t));
  parser.on('cdata', (t) => reader.text(t));
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      budget.add(entry, bytes, chunk.length);
      parser.write(decoder.write(chunk));
    }
    parser.write(decoder.end()).close();
  } finally {
    stream.destroy();
  }
  return reader.result();
}

/** The relation id of the first sheet listed in the workbook (document order is the tab order). */
function firstSheetRelation(): XmlReader<string | null> {
  let id: string | null = null;
  return {
    open(name, tag) {
      if (id === null && name === 'sheet') id = attribute(tag, 'id') ?? null;
    },
    close() {},
    text() {},
    result: () => id,
  };
}

interface Relations {
  targets: Map<string, string>;
  sharedStrings?: string;
}

function relationTargets(): XmlReader<Relations> {
  const relations: Relations = { targets: new Map() };
  return {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const target = partPath(String(tag.attributes.Target ?? ''));
      relations.targets.set(String(tag.attributes.Id ?? ''), target);
      if (String(tag.attributes.Type ?? '').endsWith('/sharedStrings')) relations.sharedStrings = target;
    },
    close() {},
    text() {},
    result: () => relations,
  };
}

/** Targets are relative to xl/ unless absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function resolveSheet(
  relationId: string | null,
  relations: Relations | null,
  entries: Map<string, yauzl.Entry>,
): string | null {
  const target = relationId ? relations?.targets.get(relationId) : undefined;
  if (target && entries.has(target)) return target;
  // No usable workbook index: the lowest-numbered worksheet, as Excel names them.
  const sheets = [...entries.keys()]
    .map((name) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  return sheets[0]?.[0] ?? null;
}

/** Shared strings as UTF-8 bytes in one growing buffer plus an offset each, not millions of JS strings. */
class SharedStrings {
  private bytes: Buffer = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  /** End of string i at [i + 1]; the text stays far below 4 GB (maxSharedStringBytes). */
  private ends = new Uint32Array(1024);
  count = 0;
  chars = 0;

  constructor(private readonly limits: Readonly<XlsxLimits>) {}

  add(text: string): void {
    this.count++;
    this.chars += text.length;
    const size = Buffer.byteLength(text);
    // Budget: the text bytes and 4 bytes of offset per string, plus the count, cell and character limits.
    const footprint = this.used + size + this.count * 4;
    if (
      this.count > Math.min(this.limits.maxSharedStrings, this.limits.maxCells) ||
      this.chars > this.limits.maxTextChars ||
      footprint > this.limits.maxSharedStringBytes
    )
      throw new SheetLimitError({ sharedStrings: this.count, chars: this.chars, bytes: footprint });
    if (this.used + size > this.bytes.length) this.bytes = grow(this.bytes, this.used + size);
    this.bytes.write(text, this.used);
    this.used += size;
    if (this.count >= this.ends.length) {
      const bigger = new Uint32Array(this.ends.length * 2);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.ends[this.count] = this.used;
  }

  get(index: number): string {
    if (!(index >= 0 && index < this.count)) return '';
    return this.bytes.toString('utf8', this.ends[index], this.ends[index + 1]);
  }
}

function grow(buffer: Buffer, needed: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(bigger);
  return bigger;
}

/**
 * Text runs (`<t>`) of each `<si>`, rich-text runs joined; phonetic guides (`<rPh>`) are not the cell's
 * text and are skipped, as Excel shows them.
 */
function collectSharedStrings(strings: SharedStrings): XmlReader<void> {
  const runs = new RunText('si', (text) => strings.add(text));
  return {
    open: (name) => runs.open(name),
    close: (name) => runs.close(name),
    text: (t) => runs.text(t),
    result() {},
  };
}

/** Collects the `<t>` text inside each `container` element (outside `<rPh>`) and hands it over at its end. */
class RunText {
  private inside = false;
  private inText = false;
  private phonetic = 0;
  private value = '';

  constructor(
    private readonly container: string,
    private readonly done: (text: string) => void,
  ) {}

  open(name: string): void {
    if (name === this.container) {
      this.inside = true;
      this.value = '';
    } else if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.inside && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === this.container && this.inside) {
      this.inside = false;
      this.done(this.value);
    }
  }

  text(text: string): void {
    if (this.inText) this.value += text;
  }
}

/** Rows, cells and characters of the sheet (the shared strings already counted toward cells and chars). */
class SheetCounter {
  private rows = 0;
  private cells: number;
  private chars: number;
  constructor(
    private readonly limits: Readonly<XlsxLimits>,
    strings: SharedStrings,
  ) {
    this.cells = strings.count;
    this.chars = strings.chars;
  }

  row(texts: readonly string[]): void {
    this.rows++;
    this.cells += texts.length;
    for (const t of texts) this.chars += t.length;
    if (
      this.rows > this.limits.maxRows ||
      this.cells > this.limits.maxCells ||
      this.chars > this.limits.maxTextChars
    )
      throw new SheetLimitError({ rows: this.rows, cells: this.cells, chars: this.chars });
  }
}

interface CellState {
  column: number;
  type: string;
  value: string;
  inValue: boolean;
}

/**
 * Each `<row>` becomes the cells' text as shown: shared or inline strings, formula results (the cached
 * `<v>`, never the formula), numbers as written, TRUE/FALSE as true/false, error codes as written.
 */
function emitRows(strings: SharedStrings, table: TableAssembler, counter: SheetCounter): XmlReader<void> {
  let texts: string[] = [];
  let rowNumber = 0;
  let headerWidth = 0;
  let cell: CellState | null = null;
  const inline = new RunText('is', (text) => {
    if (cell) cell.value = text;
  });
  return {
    open(name, tag) {
      inline.open(name);
      if (name === 'row') {
        texts = [];
        const r = Number(attribute(tag, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      } else if (name === 'c') {
        const ref = attribute(tag, 'r');
        const column = ref ? columnIndex(ref) : -1;
        if (column > MAX_COLUMN) throw new SheetLimitError({ column: column + 1, limit: MAX_COLUMN + 1 });
        cell = {
          column: column < 0 ? texts.length : column,
          type: attribute(tag, 't') ?? 'n',
          value: '',
          inValue: false,
        };
      } else if (name === 'v' && cell) cell.inValue = true;
    },
    text(t) {
      inline.text(t);
      if (cell?.inValue) cell.value += t;
    },
    close(name) {
      inline.close(name);
      if (name === 'v' && cell) cell.inValue = false;
      else if (name === 'c' && cell) {
        while (texts.length < cell.column) texts.push('');
        texts[cell.column] = shown(cell, strings);
        cell = null;
      } else if (name === 'row') {
        // XLSX leaves out trailing empty cells (and merged-away ones); only CSV rows can truly be short.
        if (headerWidth === 0) headerWidth = texts.length;
        while (texts.length < headerWidth) texts.push('');
        counter.row(texts);
        table.row(texts, rowNumber);
      }
    },
    result() {},
  };
}

function shown(cell: CellState, strings: SharedStrings): string {
  switch (cell.type) {
    case 's':
      return strings.get(Number(cell.value));
    case 'b':
      return cell.value === '1' ? 'true' : cell.value === '0' ? 'false' : cell.value;
    case 'n': {
      const n = parseFloat(cell.value);
      return Number.isNaN(n) ? cell.value : String(n);
    }
    default: // str (formula text), inlineStr, e (error code), d (ISO date)
      return cell.value;
  }
}

/** "C12" → 2 (0-based); a reference without letters counts as the next column. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name (r:id and id both answer to 'id'). */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes))
    if (localName(key) === name) return String(value);
  return undefined;
}
