// Opening a user's file: size check before reading, a head sample for format/encoding sniffing, and a
// metered read stream. Files are only ever opened for reading; nothing here can change the source.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import type { SourceFormat } from '../../../../shared/domain/dataset/report';
import { CHUNK_BYTES } from './limits';
import { HEAD_BYTES } from './encoding';
import { meter, type ReadControl } from './lineReader';

export interface OpenedFile {
  path: string;
  size: number;
  head: Buffer;
}

export async function openChecked(path: string, maxFileBytes: number): Promise<DatasetResult<OpenedFile>> {
  let size: number;
  try {
    // stat follows symbolic links: a link to a device or a folder is refused for what it points at.
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: { code: 'not_a_regular_file' } };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file_not_found' : 'file_unreadable';
    return { ok: false, error: { code } };
  }
  if (size > maxFileBytes)
    return { ok: false, error: { code: 'file_too_large', params: { bytes: size, limit: maxFileBytes } } };
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
      await handle.read(head, 0, head.length, 0);
      return { ok: true, data: { path, size, head } };
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, error: { code: 'file_unreadable' } };
  }
}

export function readChunks(path: string, control: ReadControl, start = 0): AsyncGenerator<Buffer> {
  return meter(createReadStream(path, { highWaterMark: CHUNK_BYTES, start }), control);
}

/**
 * Like readChunks, but every chunk is read into one reused buffer, so a chunk is valid only until the
 * next one is requested: only for consumers that copy whatever they keep (splitLines and the line
 * readers do). Why: a stream allocates a fresh 1 MB Buffer per read, outside the JS heap, and V8 frees
 * dead ones only at a full collection, which it starts after some 64 MB of such growth. On a 512 MB check
 * those dead buffers were about 50 MB of the peak.
 */
export function readChunksReusingBuffer(
  path: string,
  control: ReadControl,
  start = 0,
): AsyncGenerator<Buffer> {
  return meter(readIntoOneBuffer(path, start), control);
}

/**
 * Smaller than CHUNK_BYTES: a chunk's lines are parsed as one batch, and a smaller batch leaves fewer
 * live objects for the young-generation collector to promote into the old generation.
 */
const REUSED_CHUNK_BYTES = 256 * 1024;

async function* readIntoOneBuffer(path: string, start: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(REUSED_CHUNK_BYTES);
    for (let position = start; ;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

const EXTENSIONS: Record<string, SourceFormat> = {
  '.jsonl': 'jsonl',
  '.json': 'jsonl', // the JSONL reader recognises arrays and pretty JSON itself
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.txt': 'text',
  '.md': 'text',
};

/** By extension; a text file whose first non-blank character opens JSON is read as JSON. */
export function detectFormat(path: string, head: Buffer): SourceFormat {
  const byExt = EXTENSIONS[extname(path).toLowerCase()];
  if (byExt === 'xlsx') return 'xlsx';
  if (head[0] === 0x50 && head[1] === 0x4b && byExt === undefined) return 'xlsx';
  const first = head
    .toString('latin1', 0, 512)
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()[0];
  if ((byExt === 'text' || byExt === undefined) && (first === '{' || first === '[')) return 'jsonl';
  return byExt ?? 'text';
}
