// Encoding detection from the first 64 KB and per-line decoding. A strict UTF-8 check comes first
// because most files are UTF-8 and statistics can mistake short UTF-8 Chinese for Big5; only files
// that are not valid UTF-8 go to chardet, which tells GB18030 (GBK's superset) from Big5 well on
// realistic text. Invalid bytes are reported, never silently turned into U+FFFD.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { EncodingGuess, EncodingName } from '../../../../shared/domain/dataset/report';

export const HEAD_BYTES = 64 * 1024;

const CHARDET_NAMES: Record<string, EncodingName> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/** Bytes of an incomplete UTF-8 sequence at the end of a cut sample, which must not count as invalid. */
function incompleteTail(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const BINARY_MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x1f, 0x8b], // gzip
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // zip (an .xlsx is read by its own reader before this check)
];

/** Not text: a known binary signature, NUL bytes outside UTF-16, or mostly control characters. */
export function looksBinary(head: Uint8Array, guess: EncodingGuess | null): boolean {
  if (BINARY_MAGIC.some((sig) => sig.every((b, i) => head[i] === b))) return true;
  if (guess && guess.encoding.startsWith('utf-16')) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', confidence: 100, bom: true, basis: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', confidence: 100, bom: true, basis: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', confidence: 100, bom: true, basis: 'bom' };
  const whole = head.subarray(0, head.length - incompleteTail(head));
  if (isUtf8(whole)) return { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' };
  // Mostly valid UTF-8 with a few stray bytes is a damaged UTF-8 file: GBK or Big5 text read as UTF-8
  // is invalid almost everywhere. Reading it as UTF-8 lets the stray bytes be reported with offsets.
  const { invalid, nonAscii } = utf8Damage(whole);
  if (invalid <= Math.max(2, nonAscii * 0.01))
    return { encoding: 'utf-8', confidence: 90, bom: false, basis: 'statistics' };
  const candidates = chardet.analyse(head);
  const best = candidates.find((c) => CHARDET_NAMES[c.name] !== undefined && c.name !== 'UTF-8');
  if (!best) {
    // Neither valid UTF-8 nor a supported encoding: read as UTF-8 so the invalid bytes get reported.
    return { encoding: 'utf-8', confidence: 10, bom: false, basis: 'statistics' };
  }
  // A handful of non-ASCII bytes is too little evidence to tell GB18030 from Big5, whatever chardet says.
  const evidence = Math.min(1, nonAscii / 200);
  const confidence = Math.round(Math.min(95, best.confidence) * (0.5 + 0.5 * evidence));
  return { encoding: CHARDET_NAMES[best.name] as EncodingName, confidence, bom: false, basis: 'statistics' };
}

function utf8Damage(buf: Uint8Array): { invalid: number; nonAscii: number } {
  let invalid = 0;
  let nonAscii = 0;
  for (const b of buf) if (b >= 0x80) nonAscii++;
  let rest = buf;
  for (let at = firstInvalidUtf8(rest); at >= 0 && invalid <= nonAscii; at = firstInvalidUtf8(rest)) {
    invalid++;
    rest = rest.subarray(at + 1);
  }
  return { invalid, nonAscii };
}

/** Byte index of the first invalid UTF-8 sequence, or -1. Only called on lines isUtf8 rejected. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    if (need > 0) {
      if (i + need >= buf.length) return i; // sequence cut off by the end of the line
      const strict = Buffer.from(buf.subarray(i, i + need + 1));
      if (!isUtf8(strict)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes one line's bytes; for legacy encodings also says whether replacement characters appeared. */
export function decodeLine(bytes: Buffer, encoding: EncodingName): { text: string; invalidAt: number } {
  if (encoding === 'utf-8') {
    if (isUtf8(bytes)) return { text: bytes.toString('utf8'), invalidAt: -1 };
    return { text: bytes.toString('utf8'), invalidAt: firstInvalidUtf8(bytes) };
  }
  const text = iconv.decode(bytes, encoding);
  const invalidAt = text.includes('\uFFFD') ? firstInvalidLegacy(bytes, encoding) : -1;
  return { text, invalidAt };
}

/**
 * iconv-lite substitutes U+FFFD without saying where, so the offending byte is found by binary search:
 * a prefix whose streaming decode (a cut-off final character stays pending) has no U+FFFD is clean,
 * and every longer prefix of a bad one is bad too. Runs only on lines that contain a replacement
 * character; a U+FFFD that was really in the source (already decoded once) would point at offset 0.
 */
function firstInvalidLegacy(bytes: Buffer, encoding: EncodingName): number {
  const clean = (length: number) =>
    !iconv.getDecoder(encoding).write(bytes.subarray(0, length)).includes('\uFFFD');
  let lo = 0; // a clean prefix length
  let hi = bytes.length; // a length known to be bad
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (clean(mid)) lo = mid;
    else hi = mid;
  }
  // The clean prefix may end with the pending lead byte of the bad sequence; point at that lead byte.
  const decoded = iconv.getDecoder(encoding).write(bytes.subarray(0, lo));
  return iconv.encode(decoded, encoding).length;
}
