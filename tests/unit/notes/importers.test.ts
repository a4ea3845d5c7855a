// Notes importers (issue 16) on the committed corpus in tests/fixtures/notes (made by make-fixtures.ts):
// every format gives exact passages with their source position, every refusal an exact problem code,
// and no source file is ever changed.
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/main/services/notes/importDocument';
import { importExamples } from '../../../electron/main/services/notes/importers/examples';
import { splitIntoPassages } from '../../../shared/domain/notes/split';
import type { ImportOutcome } from '../../../shared/domain/notes/types';
import { BIG5_TEXT, DOCX, GBK_TEXT, PDF_PAGE1, PDF_PAGE2 } from '../../fixtures/notes/corpus';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

/** [text, page, heading path] of each passage, the way the Notes panel and Try show a source. */
function passages(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`expected passages, got ${JSON.stringify(outcome.problem)}`);
  return splitIntoPassages('src', outcome.blocks).map((p) => [
    p.text,
    p.position.page,
    p.position.headings.join(' › '),
  ]);
}

describe('notes importers: formats and encodings', () => {
  it('reads UTF-8 text, keeping paragraphs and line breaks', async () => {
    const outcome = await importDocument(fixture('returns-utf8.txt'));
    expect(outcome.ok && outcome.encoding).toBe('utf-8');
    expect(passages(outcome)).toEqual([
      [
        '退貨政策\n\n商品到貨七天內可以退貨。請保留發票與原包裝，並先寫信告訴我們訂單號碼。\n\nRefunds are paid to the original card within 14 days.\nShipping costs are not refunded.',
        null,
        '',
      ],
    ]);
  });

  it('detects GBK (as its superset GB18030) and Big5 the way the Examples importer does', async () => {
    const gbk = await importDocument(fixture('hours-gbk.txt'));
    const big5 = await importDocument(fixture('prices-big5.txt'));
    expect(gbk.ok && gbk.encoding).toBe('gb18030');
    expect(big5.ok && big5.encoding).toBe('big5');
    expect(passages(gbk)).toEqual([[GBK_TEXT, null, '']]);
    expect(passages(big5)).toEqual([[BIG5_TEXT, null, '']]);
  });

  it('splits Markdown at headings (not at a "#" inside a code fence) and keeps the heading path', async () => {
    const outcome = await importDocument(fixture('kettle.md'));
    expect(passages(outcome)).toEqual([
      ['Descale the kettle once a month.\nUse white vinegar or citric acid.', null, 'Kettle care'],
      [
        '- Two years for the body\n- One year for the lid\n\n```\n# not a heading: inside a code fence\n```',
        null,
        'Kettle care › Warranty',
      ],
      ['保固期內免費維修。保固期外酌收材料費！請問有其他問題嗎？', null, 'Kettle care › 保固'],
    ]);
  });

  it('reads a .docx with Word headings and a price table (one row per line, cells joined by |)', async () => {
    const outcome = await importDocument(fixture('price-list.docx'));
    const rows = DOCX.table.map((r) => r.join(' | ')).join('\n\n');
    expect(passages(outcome)).toEqual([
      [`${DOCX.intro}\n\n${rows}`, null, DOCX.title],
      [DOCX.hours, null, DOCX.hoursHeading],
    ]);
  });

  it('reads a PDF text layer page by page: the larger title is a heading, Chinese lines join without spaces', async () => {
    const outcome = await importDocument(fixture('faq.pdf'));
    expect(passages(outcome)).toEqual([
      [`${PDF_PAGE1.lines.join(' ')}\n\n${PDF_PAGE1.second}`, 1, PDF_PAGE1.title],
      [PDF_PAGE2.join(''), 2, PDF_PAGE1.title],
    ]);
  });

  it('takes the project examples as a source, one numbered passage per example, without the system prompt', () => {
    const outcome = importExamples(
      [
        {
          messages: [
            { role: 'system', content: 'You are Acme.' },
            { role: 'user', content: 'Do you ship to Taichung?' },
            { role: 'assistant', content: 'Yes, in two days.' },
          ],
        },
        { messages: [{ role: 'system', content: 'You are Acme.' }] },
        {
          messages: [
            { role: 'user', content: '營業到幾點？' },
            { role: 'assistant', content: '晚上八點。' },
          ],
        },
      ],
      'Examples',
    );
    expect(outcome.ok && outcome.blocks.map((b) => [b.text, b.page])).toEqual([
      ['Q: Do you ship to Taichung?\nA: Yes, in two days.', 1],
      ['Q: 營業到幾點？\nA: 晚上八點。', 3],
    ]);
  });
});

describe('notes importers: refusals with a code the user is told', () => {
  it.each([
    ['empty.txt', { code: 'empty', file: 'empty.txt' }],
    ['scanned.pdf', { code: 'pdf_no_text', file: 'scanned.pdf', params: { pages: 1 } }],
    ['protected.pdf', { code: 'pdf_password', file: 'protected.pdf' }],
    ['not-a-word-file.docx', { code: 'docx_damaged', file: 'not-a-word-file.docx' }],
    [
      'make-fixtures.ts',
      { code: 'unsupported_type', file: 'make-fixtures.ts', params: { extension: '.ts' } },
    ],
  ])('%s', async (name, problem) => {
    const before = await fs.readFile(fixture(name));
    const outcome = await importDocument(fixture(name));
    expect(outcome.ok ? null : outcome.problem).toEqual(problem);
    expect(await fs.readFile(fixture(name))).toEqual(before);
  });

  const temp = fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-notes-'));
  afterAll(async () => fs.rm(await temp, { recursive: true, force: true }));

  it('refuses a 200 MB text file from its size alone, without reading it, and leaves it as it was', async () => {
    const file = path.join(await temp, 'server-log.txt');
    const line = Buffer.from('2026-12-01 09:00:00 INFO request served in 12 ms\n');
    const out = createWriteStream(file);
    for (let written = 0; written < 200 * 1024 * 1024; written += line.length) {
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const before = await fs.stat(file);
    const outcome = await importDocument(file);
    expect(outcome.ok ? null : outcome.problem).toEqual({
      code: 'too_large',
      file: 'server-log.txt',
      params: { sizeMb: 200, limitMb: 20 },
    });
    const after = await fs.stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    // Not read: the access time of a file read in full would have moved (where the file system keeps it).
    expect(after.atimeMs).toBe(before.atimeMs);
  });

  it('names the byte offset of an invalid byte in a UTF-8 file', async () => {
    const file = path.join(await temp, 'broken.txt');
    await fs.writeFile(
      file,
      Buffer.concat([
        Buffer.from('價目表 price list\n'.repeat(40)),
        Buffer.from([0xff]),
        Buffer.from(' end'),
      ]),
    );
    const outcome = await importDocument(file);
    const offset = Buffer.byteLength('價目表 price list\n'.repeat(40));
    expect(outcome.ok ? null : outcome.problem).toEqual({
      code: 'bad_encoding',
      file: 'broken.txt',
      params: { encoding: 'utf-8', offset },
    });
  });

  it('says a binary file renamed .txt is not text', async () => {
    const file = path.join(await temp, 'photo.txt');
    await fs.writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const outcome = await importDocument(file);
    expect(outcome.ok ? null : outcome.problem).toEqual({ code: 'not_text', file: 'photo.txt' });
  });
});
