// PDF text layer through pdf.js (pdfjs-dist, Mozilla's maintained reader; its legacy build is the one
// meant for Node). pdf.js gives positioned text runs; lines are rebuilt from their baselines, paragraphs
// from the gaps between lines (more than 1.6 line heights), and headings from type size (a line set at
// least 1.25× the page's usual size). A PDF with pages but no text is a scan: there is nothing to read
// without OCR, and the user is told so instead of getting an empty collection. The worker module is
// loaded in-process (pdf.js's "fake worker"): one document at a time, no extra thread to manage.
import type { ImportOutcome, NoteBlock } from '../../../../../shared/domain/notes/types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

interface Run {
  str: string;
  y: number;
  size: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。，、！？：；」』）]/u;

/** Lines of one paragraph: CJK text continues without a space, Latin text with one. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (acc === '') return line;
    const glue = CJK_EDGE.test(acc.slice(-1)) || CJK_EDGE.test(line.slice(0, 1)) ? '' : ' ';
    return acc + glue + line;
  }, '');
}

function toLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  for (const run of runs) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - run.y) <= Math.max(1, run.size * 0.5)) {
      last.text += run.str;
      last.size = Math.max(last.size, run.size);
    } else lines.push({ text: run.str, y: run.y, size: run.size });
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

/** The size most characters on the page are set in: the body text. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

function pageBlocks(lines: Line[], page: number): NoteBlock[] {
  const body = bodySize(lines);
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  let previous: Line | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', level: 0, text: joinLines(paragraph), page });
    paragraph = [];
  };
  for (const line of lines) {
    if (line.size >= body * 1.25 && line.text.length <= 120) {
      flush();
      blocks.push({ kind: 'heading', level: line.size >= body * 1.6 ? 1 : 2, text: line.text, page });
      previous = null;
      continue;
    }
    if (previous && Math.abs(previous.y - line.y) > previous.size * 1.6) flush();
    paragraph.push(line.text);
    previous = line;
  }
  flush();
  return blocks;
}

export async function importPdf(bytes: Buffer, file: string): Promise<ImportOutcome> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy, never the caller's.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, problem: { code: 'pdf_password', file } };
    return { ok: false, problem: { code: 'pdf_damaged', file } };
  }
  try {
    const blocks: NoteBlock[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        runs.push({ str: item.str, y: item.transform[5] as number, size: Math.abs(item.height) || 12 });
      }
      blocks.push(...pageBlocks(toLines(runs), n));
      page.cleanup();
    }
    if (blocks.length === 0) {
      return { ok: false, problem: { code: 'pdf_no_text', file, params: { pages: doc.numPages } } };
    }
    return { ok: true, kind: 'pdf', blocks, encoding: null };
  } catch {
    return { ok: false, problem: { code: 'pdf_damaged', file } };
  } finally {
    await doc.destroy();
  }
}
