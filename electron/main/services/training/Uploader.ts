// Sends one part of the training data (train or validation) to the provider, once per account:
//  - the content's SHA-256 is looked up in the per-account map of files already uploaded; a hit that the
//    provider still has is reused and nothing is sent;
//  - otherwise the adapter uploads (Files API below its size threshold, the Uploads API in parts above
//    it) and reports progress; the map is updated as soon as the provider answers;
//  - then we wait until the provider has processed the file (OpenAI answers "processed" at once today,
//    but the API allows "uploaded" first), polling on a capped schedule that a cancel interrupts.
import { createHash } from 'node:crypto';
import { appError } from '../../../../shared/ipc/errors';
import type { FineTuningProvider } from '../providers/Provider';
import type { TrainingFile } from './TrainingStore';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface UploadRequest {
  provider: FineTuningProvider;
  /** Which account the map is for: the same bytes on another account must be uploaded again. */
  accountKey: string;
  filename: string;
  content: Uint8Array;
  signal: AbortSignal;
  onProgress(sentBytes: number, totalBytes: number, reused: boolean): void;
}

export interface UploaderDeps {
  store: TrainingFile;
  sleep: Sleep;
  /** How long to wait for processing before giving up (OpenAI's own helper waits 30 min). */
  processingTimeoutMs?: number;
}

export const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

const PROCESSING_POLL_MS = [1_000, 2_000, 5_000] as const;

export async function uploadOnce(deps: UploaderDeps, request: UploadRequest): Promise<string> {
  const { provider, accountKey, content, signal } = request;
  const hash = sha256(content);
  const known = deps.store.get().uploadedFiles[accountKey]?.[hash];
  if (known) {
    const state = provider.getFile ? await provider.getFile(known, { signal }) : { status: 'processed' };
    if (state.status !== 'deleted' && state.status !== 'error') {
      request.onProgress(content.byteLength, content.byteLength, true);
      await waitUntilProcessed(deps, provider, known, signal);
      return known;
    }
    await remember(deps.store, accountKey, hash, null);
  }
  request.onProgress(0, content.byteLength, false);
  const file = await provider.uploadTrainingFile(request.filename, content, {
    signal,
    onProgress: (sent, total) => request.onProgress(sent, total, false),
  });
  await remember(deps.store, accountKey, hash, file.id);
  await waitUntilProcessed(deps, provider, file.id, signal);
  return file.id;
}

async function waitUntilProcessed(
  deps: UploaderDeps,
  provider: FineTuningProvider,
  fileId: string,
  signal: AbortSignal,
): Promise<void> {
  if (!provider.getFile) return;
  let waited = 0;
  const limit = deps.processingTimeoutMs ?? 30 * 60_000;
  for (let attempt = 0; ; attempt++) {
    const state = await provider.getFile(fileId, { signal });
    if (state.status === 'processed') return;
    if (state.status === 'error' || state.status === 'deleted') throw appError('file_invalid');
    if (waited >= limit) throw appError('timeout');
    const pause = PROCESSING_POLL_MS[Math.min(attempt, PROCESSING_POLL_MS.length - 1)] as number;
    await deps.sleep(pause, signal);
    waited += pause;
  }
}

async function remember(store: TrainingFile, accountKey: string, hash: string, fileId: string | null) {
  await store.update((state) => {
    const account = { ...(state.uploadedFiles[accountKey] ?? {}) };
    if (fileId === null) delete account[hash];
    else account[hash] = fileId;
    return { ...state, uploadedFiles: { ...state.uploadedFiles, [accountKey]: account } };
  });
}

/** The provider's dialect of the examples as JSONL bytes (one line each, `\n` line ends). */
export function toJsonl(lines: readonly unknown[]): Uint8Array {
  return new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}
