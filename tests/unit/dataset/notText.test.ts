// Issue 17, point 8: importing a PDF first said "utf-8 (0 % sure)", then "no examples could be read", and
// only at the end "not a text file". A file that is not text is now refused at once with what it is,
// named from its first bytes (file-type), before any encoding guess or column reading.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';
import { importFile, previewFile } from '../../../electron/main/services/dataset/importFile';
import { issueMessage } from '../../../shared/domain/dataset/messages';

const dir = mkdtempSync(join(tmpdir(), 'tunesmith-not-text-'));
const write = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** A minimal zip with the given stored entries (local headers + central directory). */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = deflateRawSync(Buffer.from(text));
    const raw = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // crc not checked by the readers used here
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
  Buffer.alloc(4000, 0x20),
]);
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(200),
]);

describe('a file that is not text', () => {
  it.each([
    ['a PDF', 'walk.pdf', PDF, { kind: 'pdf', ext: 'pdf' }],
    ['a PDF saved as .csv', 'walk.csv', PDF, { kind: 'pdf', ext: 'pdf' }],
    ['a picture saved as .jsonl', 'photo.jsonl', PNG, { kind: 'image', ext: 'png' }],
    ['a zip without a worksheet', 'notes.zip', zipOf({ 'notes.txt': 'hello '.repeat(100) }), { kind: 'zip' }],
    ['a zip named .xlsx', 'fake.xlsx', zipOf({ 'notes.txt': 'hello '.repeat(100) }), { kind: 'zip' }],
  ])('%s: import and preview are refused with what the file is', async (_, name, bytes, params) => {
    const path = write(name, bytes);
    for (const result of [await previewFile(path), await importFile(path)]) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('not_a_text_file');
      expect(result.error.params).toMatchObject(params);
    }
  });

  it('the check names it too, and says nothing about its encoding', async () => {
    const result = await checkFile(write('report.pdf', PDF));
    if (!result.ok) throw new Error(result.error.code);
    const report = result.data.report;
    const notText = report.issues.find((i) => i.code === 'binary_file');
    expect(notText?.params).toEqual({ kind: 'pdf', ext: 'pdf' });
    expect(issueMessage(notText!)).toBe('This is a PDF document, not a spreadsheet or a text file.');
    expect(report.issues.map((i) => i.code)).not.toContain('encoding_uncertain');
  });

  it('text files, including UTF-16 with its byte-order mark, are still read', async () => {
    const line = JSON.stringify({
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
      ],
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line}\n`, 'utf16le')]);
    for (const [name, bytes] of [
      ['plain.jsonl', Buffer.from(`${line}\n`)],
      ['utf16.jsonl', utf16],
    ] as const) {
      const result = await importFile(write(name, bytes));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.data.examples).toHaveLength(1);
    }
  });
});
