// Together's `{"error": {message, type, param, code}}` → the app's codes, each worded in the renderer as one
// plain sentence and one next step in the user's language. Only `invalid_api_key` is an observed code
// (reference §3.1); the rest are read from the status and `param`, with the HTTP rules every provider shares
// (errorMapping.ts) as the fallback. Raw provider text never leaves main.
import OpenAI from 'openai';
import { AppError, type IpcError } from '../../../../../shared/ipc/errors';
import { toIpcError, type CallTopic } from '../errorMapping';

interface Body {
  message?: unknown;
  code?: unknown;
  param?: unknown;
  type?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Price and limit as Together words a refused run ("… $12.00 exceeds your limit of $10.00"). */
const LIMIT = /limit of \$?([\d.]+)/i;

export function togetherIpcError(error: unknown, topic: CallTopic): IpcError {
  if (error instanceof AppError) return error.ipcError;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return toIpcError(error, topic);
  const body = (error.error ?? {}) as Body;
  const code = str(error.code) || str(body.code);
  const param = str(error.param) || str(body.param);
  const message = str(body.message);
  const withId = (out: IpcError): IpcError =>
    error.requestID ? { ...out, requestId: error.requestID } : out;
  if (error.status === 401 || code === 'invalid_api_key') return withId({ code: 'key_rejected' });
  if (error.status === 402 || code === 'billing_limit') {
    const limit = LIMIT.exec(message)?.[1];
    return withId(limit ? { code: 'spending_limit', params: { limit } } : { code: 'spending_limit' });
  }
  if (error.status === 400 && param === 'model' && /-Reference|cannot be deployed/i.test(message))
    return withId({ code: 'not_deployable' });
  if (error.status === 404 && code === 'model_not_available') return withId({ code: 'model_not_found' });
  return toIpcError(error, topic);
}

export function togetherAppError(error: unknown, topic: CallTopic): AppError {
  return error instanceof AppError ? error : new AppError(togetherIpcError(error, topic));
}
