// A dropped file reaches main as bytes, not a path: a sandboxed renderer cannot learn where a dropped file
// lives, and giving the preload a path API (webUtils) would make it feature-specific. The file is read in
// 1 MB slices (never whole in memory) and sent in order; main refuses files above the upload limit.
import type { IpcError } from '../../../../shared/ipc/errors';
import type { SourceFileInfo } from '../../../../shared/ipc/schemas/examples';
import { request } from '../../../ipc/client';

export const CHUNK_BYTES = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function uploadFile(
  file: Blob & { name: string },
  onProgress: (sent: number, total: number) => void,
): Promise<{ ok: true; data: SourceFileInfo } | { ok: false; error: IpcError }> {
  const begun = await request('examples.uploadBegin', { fileName: file.name, bytes: file.size });
  if (!begun.ok) return begun;
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const slice = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    const sent = await request('examples.uploadChunk', {
      token: begun.data.token,
      offset,
      data: toBase64(slice),
    });
    if (!sent.ok) return sent;
    onProgress(sent.data.received, file.size);
  }
  return begun;
}
