// Encoding detection and invalid-byte positions, beyond the fixture corpus: the byte offset points at
// the first byte of the bad sequence in every supported encoding.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  decodeLine,
  detectEncoding,
  firstInvalidUtf8,
  looksBinary,
} from '../../../electron/main/services/dataset/encoding';

describe('invalid bytes', () => {
  it('finds the first invalid UTF-8 sequence, including a truncated one', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('你好'), Buffer.from([0xc0, 0x80])]))).toBe(6);
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('ab'), Buffer.from('你').subarray(0, 2)]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // encoded surrogate
  });

  it.each([
    [
      'gb18030',
      Buffer.concat([
        iconv.encode('你好世界', 'gb18030'),
        Buffer.from([0x81, 0x20]),
        iconv.encode('再见', 'gb18030'),
      ]),
      8,
    ],
    [
      'big5',
      Buffer.concat([iconv.encode('你好', 'big5'), Buffer.from([0xff, 0xff]), iconv.encode('再見', 'big5')]),
      4,
    ],
  ] as const)('points at the bad sequence in %s text', (encoding, bytes, offset) => {
    expect(decodeLine(bytes, encoding).invalidAt).toBe(offset);
  });

  it('decodes clean legacy text without reporting anything', () => {
    expect(decodeLine(iconv.encode('繁體中文測試', 'big5'), 'big5')).toEqual({
      text: '繁體中文測試',
      invalidAt: -1,
    });
  });
});

describe('detectEncoding', () => {
  it('trusts a byte-order mark and strict UTF-8 first', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      basis: 'bom',
    });
    expect(detectEncoding(Buffer.from('短的中文 UTF-8'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 100,
      basis: 'valid-utf8',
    });
  });

  it('does not count a character cut at the end of the sample as invalid', () => {
    const sample = Buffer.from('一二三四五').subarray(0, 14);
    expect(detectEncoding(sample)).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8' });
  });

  it('is unsure about GBK vs Big5 on very little text', () => {
    const guess = detectEncoding(iconv.encode('问题,回答', 'gbk'));
    expect(guess.basis).toBe('statistics');
    expect(guess.confidence).toBeLessThan(80);
  });

  it('recognises binary content', () => {
    expect(looksBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d]), null)).toBe(true); // %PDF-
    expect(looksBinary(Buffer.from('plain text\n'), null)).toBe(false);
    expect(
      looksBinary(Buffer.from('a\u0000b', 'utf16le'), {
        encoding: 'utf-16le',
        confidence: 100,
        bom: true,
        basis: 'bom',
      }),
    ).toBe(false);
  });
});

describe('invalid bytes in spreadsheets', () => {
  it('reports the line and byte offset of a bad byte in a CSV', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { checkFile } = await import('../../../electron/main/services/dataset/checkFile');
    const path = join(mkdtempSync(join(tmpdir(), 'tunesmith-csv-')), 'bad.csv');
    const head = Buffer.from('question,answer\nOne?,Yes.\nTwo?,No');
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xff]), Buffer.from('.\nThree?,Maybe.\n')]));
    const result = await checkFile(path);
    if (!result.ok) throw new Error(result.error.code);
    const bad = result.data.report.issues.find((i) => i.code === 'invalid_bytes');
    expect(bad).toMatchObject({ line: 3, params: { byteOffset: head.length } });
  });
});
