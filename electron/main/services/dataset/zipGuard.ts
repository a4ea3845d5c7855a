// An XLSX is a zip, so a small file can expand to gigabytes (a zip bomb). Before the reader starts, this
// reads the zip's central directory (the index at its end) and refuses archives whose declared
// uncompressed sizes or expansion ratios are beyond reason. Declared sizes can lie, so the XLSX reader
// (sources/xlsx.ts) also counts the bytes it really inflates, and rows, cells and characters.
import { open } from 'node:fs/promises';
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import { XLSX_LIMITS } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntryInfo {
  name: string;
  compressed: number;
  uncompressed: number;
}

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

async function readCentralDirectory(path: string, fileSize: number): Promise<ZipEntryInfo[] | null> {
  const handle = await open(path, 'r');
  try {
    const tailSize = Math.min(fileSize, EOCD_MIN + MAX_COMMENT);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, fileSize - tailSize);
    let eocd = -1;
    for (let i = tailSize - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const entries = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || dirOffset + dirSize > fileSize) return null; // ZIP64 or corrupt: not an XLSX we accept
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const out: ZipEntryInfo[] = [];
    let p = 0;
    for (let n = 0; n < entries && p + 46 <= dir.length; n++) {
      if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
      const compressed = dir.readUInt32LE(p + 20);
      const uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      out.push({ name, compressed, uncompressed });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** Reads the zip index and refuses bombs; returns the entry list so callers can count sheets. */
export async function inspectXlsx(
  path: string,
  fileSize: number,
  limits: ZipLimits = XLSX_LIMITS,
): Promise<DatasetResult<ZipEntryInfo[]>> {
  let entries: ZipEntryInfo[] | null;
  try {
    entries = await readCentralDirectory(path, fileSize);
  } catch {
    return { ok: false, error: { code: 'file_unreadable' } };
  }
  if (!entries) return { ok: false, error: { code: 'unsupported_format', params: { reason: 'not_a_zip' } } };
  let total = 0;
  for (const e of entries) {
    // 0xffffffff means the real size lives in a ZIP64 extra field; no legitimate sheet needs that.
    if (e.uncompressed === 0xffffffff) return tooLarge(e.uncompressed, limits.maxUncompressedBytes);
    total += e.uncompressed;
    const ratio = e.uncompressed / Math.max(1, e.compressed);
    if (e.uncompressed > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      return {
        ok: false,
        error: { code: 'archive_too_large', params: { entry: e.name, ratio: Math.round(ratio) } },
      };
    }
  }
  if (total > limits.maxUncompressedBytes) return tooLarge(total, limits.maxUncompressedBytes);
  return { ok: true, data: entries };
}

function tooLarge(bytes: number, limit: number): DatasetResult<never> {
  return { ok: false, error: { code: 'archive_too_large', params: { bytes, limit } } };
}

export function worksheetCount(entries: readonly ZipEntryInfo[]): number {
  return entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)).length;
}
