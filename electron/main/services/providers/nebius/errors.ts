// Nebius answers errors the FastAPI way, `{"detail": …}` (a string, or for a body that failed validation a
// list of `{loc, msg, type}` items), never OpenAI's `{"error": {…}}` (reference nebius-2026-12 §9). The SDK
// still throws the right class by status; this reads `detail` to tell the app's codes apart, and the
// renderer words each code in the user's language with the next step. Raw detail text never leaves main.
import OpenAI from 'openai';
import { AppError, type IpcError } from '../../../../../shared/ipc/errors';
import { toIpcError, type CallTopic } from '../errorMapping';

/**
 * The `openai` SDK reads an error body's `error` member only, so a FastAPI `{"detail": …}` would reach us
 * as "400 status code (no body)". This fetch wraps such a body as `{"error": {"message", "detail"}}` before
 * the SDK sees it (errors only; answers pass through untouched).
 */
export function detailWrappingFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.ok) return response;
    const text = await response.text();
    const body = parseObject(text);
    const wrapped =
      body && 'detail' in body && !('error' in body) ? JSON.stringify(wrapDetail(body.detail)) : text;
    return new Response(wrapped, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** `{error: {message, detail}}` for the SDK's error classes. */
export function wrapDetail(detail: unknown): { error: { message: string; detail: unknown } } {
  return { error: { message: textOf(detail), detail } };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function textOf(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail))
    return detail
      .map((d: DetailItem) => (typeof d?.msg === 'string' ? d.msg : ''))
      .filter(Boolean)
      .join('; ');
  return '';
}

interface DetailItem {
  loc?: unknown;
  msg?: unknown;
}

/** `detail` as one line of text (a list of validation items joined by "; "). */
export function detailText(error: unknown): string {
  if (!(error instanceof OpenAI.APIError)) return '';
  return textOf((error.error as { detail?: unknown } | undefined)?.detail);
}

/** The field a 422 complained about first, as a dotted path without FastAPI's leading "body". */
function validationField(error: InstanceType<typeof OpenAI.APIError>): string | null {
  const detail = (error.error as { detail?: unknown } | undefined)?.detail;
  if (!Array.isArray(detail)) return null;
  const loc = (detail[0] as DetailItem | undefined)?.loc;
  if (!Array.isArray(loc)) return null;
  const path = loc.filter((p, i) => !(i === 0 && p === 'body')).map(String);
  return path.length > 0 ? path.join('.') : null;
}

const FILE_WORDS = /\b(file|training_file|validation_file|jsonl|dataset)\b/i;
const FILE_FIELDS = /^(training_file|validation_file|file|purpose)\b/;

export function nebiusIpcError(error: unknown, topic: CallTopic): IpcError {
  if (error instanceof AppError) return error.ipcError;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return toIpcError(error, topic);
  const detail = detailText(error);
  const withId = (out: IpcError): IpcError =>
    error.requestID ? { ...out, requestId: error.requestID } : out;
  switch (error.status) {
    case 401:
      return withId({ code: 'key_rejected' });
    case 402:
      // "Payment Required: You have exhausted your budget. Please add funds…"
      return withId({ code: 'quota_exceeded' });
    case 404:
      return withId({ code: /\bmodel\b/i.test(detail) ? 'model_not_found' : 'not_found' });
    case 422: {
      const field = validationField(error);
      if (field && FILE_FIELDS.test(field)) return withId({ code: 'file_invalid' });
      if (field === 'model' || field === 'base_model') return withId({ code: 'model_not_found' });
      return withId(
        field ? { code: 'request_rejected', params: { param: field } } : { code: 'request_rejected' },
      );
    }
    case 400:
      if (/LoRA adapters|not support LoRA/i.test(detail)) return withId({ code: 'not_servable' });
      if (FILE_WORDS.test(detail)) return withId({ code: 'file_invalid' });
      return withId({ code: 'request_rejected' });
    default:
      // 429 (with retry-after), 5xx, 408, 409: the rules every provider shares.
      return toIpcError(error, topic);
  }
}

export function nebiusAppError(error: unknown, topic: CallTopic): AppError {
  return error instanceof AppError ? error : new AppError(nebiusIpcError(error, topic));
}
