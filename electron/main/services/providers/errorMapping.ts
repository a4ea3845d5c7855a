// Every failure of a provider call becomes an IpcError: a stable code the renderer words in the user's
// language, plus the provider's request id so a user can quote it to support. Raw messages never leave
// main (they can echo a redacted key, and they are English-only). The table follows the SDK's error classes
// (reference §2) and OpenAI's codes (§7).
import OpenAI from 'openai';
import { AppError, type ErrorCode, type IpcError } from '../../../../shared/ipc/errors';

/** What the failing call was about: a 403 on a fine-tuning call means "no fine-tuning access". */
export type CallTopic = 'fine-tuning' | 'general';

const FILE_CODES = new Set([
  'invalid_training_file',
  'invalid_validation_file',
  'invalid_n_examples',
  'invalid_file_format',
  'file_too_large',
  'invalid_file',
]);
const FILE_PARAMS = new Set(['training_file', 'validation_file', 'file', 'purpose']);

interface ErrorBody {
  code?: unknown;
  type?: unknown;
  param?: unknown;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Seconds the provider asked us to wait, from `retry-after-ms` or `retry-after` (seconds or HTTP date). */
export function retryAfterMs(headers: Headers | undefined, nowMs: number = Date.now()): number | null {
  if (!headers) return null;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return null;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof OpenAI.APIError) || error.status !== 429) return false;
  const body = (error.error ?? {}) as ErrorBody;
  return error.code === 'insufficient_quota' || body.type === 'insufficient_quota';
}

/** A connection-level failure (no HTTP answer at all), which is what "offline" looks like. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof OpenAI.APIConnectionError && !(error instanceof OpenAI.APIConnectionTimeoutError);
}

function codeForStatus(error: InstanceType<typeof OpenAI.APIError>, topic: CallTopic): ErrorCode {
  const body = (error.error ?? {}) as ErrorBody;
  const code = text(error.code) ?? text(body.code);
  const param = text(error.param) ?? text(body.param);
  const status = error.status ?? 0;
  if (status === 401) return 'key_rejected';
  if (status === 403) return topic === 'fine-tuning' ? 'no_fine_tuning_access' : 'permission_denied';
  if (status === 404) return code === 'model_not_found' ? 'model_not_found' : 'not_found';
  if (status === 429) return isQuotaError(error) ? 'quota_exceeded' : 'rate_limited';
  if (status === 408) return 'timeout';
  if (status === 409 || status >= 500) return 'server_error';
  if (status === 413) return 'file_invalid';
  if (status === 400 || status === 422) {
    if ((code && FILE_CODES.has(code)) || (param && FILE_PARAMS.has(param))) return 'file_invalid';
    if (code === 'model_not_available' || code === 'model_not_found' || param === 'model')
      return 'model_not_found';
    return 'request_rejected';
  }
  return 'server_error';
}

export function toIpcError(error: unknown, topic: CallTopic = 'general'): IpcError {
  if (error instanceof AppError) return error.ipcError;
  if (error instanceof OpenAI.APIUserAbortError) return { code: 'cancelled' };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { code: 'timeout' };
  if (error instanceof OpenAI.APIConnectionError) return { code: 'offline' };
  if (error instanceof OpenAI.APIError) {
    const code = codeForStatus(error, topic);
    const out: IpcError = { code };
    if (error.requestID) out.requestId = error.requestID;
    const param = text(error.param);
    if (param && (code === 'request_rejected' || code === 'file_invalid')) out.params = { param };
    if (code === 'rate_limited') {
      const wait = retryAfterMs(error.headers);
      if (wait !== null) out.params = { seconds: Math.ceil(wait / 1000) };
    }
    return out;
  }
  if (isAbort(error)) return { code: 'cancelled' };
  return { code: 'internal' };
}

export const isAbort = (error: unknown): boolean =>
  error instanceof OpenAI.APIUserAbortError ||
  (error instanceof Error && (error.name === 'AbortError' || error.name === 'CancelledError'));

/** Rethrows any provider failure as an AppError carrying its IpcError (what the IPC router returns). */
export function asAppError(error: unknown, topic: CallTopic = 'general'): AppError {
  return error instanceof AppError ? error : new AppError(toIpcError(error, topic));
}
