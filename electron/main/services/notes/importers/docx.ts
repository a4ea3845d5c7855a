// Word (.docx) through mammoth: it maps Word's paragraph styles to HTML headings, reads tables and lists,
// and ignores layout, which is what a note needs. Its HTML output is well-formed (mammoth writes every
// tag closed and escapes text), so saxes reads it as XML into blocks: h1–h6 become headings, p and li
// paragraphs, and each table row one paragraph "cell | cell" (a price list reads as "item | price").
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import type { ImportOutcome, NoteBlock } from '../../../../../shared/domain/notes/types';

/** An OLE compound file: a password-protected .docx (Word encrypts into this container) or an old .doc. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function htmlBlocks(html: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const parser = new SaxesParser();
  let text = '';
  let row: string[] | null = null;
  let depthInCell = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'tr') row = [];
    else if (tag.name === 'td' || tag.name === 'th') {
      depthInCell++;
      text = '';
    } else if (depthInCell === 0 && /^(h[1-6]|p|li)$/.test(tag.name)) text = '';
    else if (tag.name === 'br') text += '\n';
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (name === 'td' || name === 'th') {
      depthInCell--;
      row?.push(text.trim());
      text = '';
    } else if (name === 'tr') {
      const cells = (row ?? []).filter((c) => c !== '');
      if (cells.length > 0) blocks.push({ kind: 'paragraph', level: 0, text: cells.join(' | '), page: null });
      row = null;
    } else if (depthInCell === 0 && /^h[1-6]$/.test(name)) {
      blocks.push({ kind: 'heading', level: Number(name.slice(1)), text: text.trim(), page: null });
      text = '';
    } else if (depthInCell === 0 && (name === 'p' || name === 'li')) {
      blocks.push({ kind: 'paragraph', level: 0, text: text.trim(), page: null });
      text = '';
    } else if (depthInCell > 0 && name === 'p') text += '\n';
  });
  parser.write(`<root>${html}</root>`).close();
  return blocks.filter((b) => b.text !== '');
}

export async function importDocx(bytes: Buffer, file: string): Promise<ImportOutcome> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    return { ok: false, problem: { code: 'docx_password', file } };
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch {
    return { ok: false, problem: { code: 'docx_damaged', file } };
  }
  const blocks = htmlBlocks(html);
  if (blocks.length === 0) return { ok: false, problem: { code: 'empty', file } };
  return { ok: true, kind: 'docx', blocks, encoding: null };
}
