// DashScope's error codes → the app's codes, each worded in the renderer as one plain sentence and one next
// step. Native errors are `{request_id, code, message}` with an HTTP status; compatible-mode errors are
// OpenAI-shaped `{error: {code, type, message}}` (reference §2.4). Both reach here as SDK errors with `code`.
// Codes we do not know fall back to the HTTP-status rules every provider shares (errorMapping.ts).
import OpenAI from 'openai';
import type { AlibabaRegion } from '../../../../../shared/domain/providers/accountSettings';
import { AppError, type IpcError } from '../../../../../shared/ipc/errors';
import { retryAfterMs, toIpcError, type CallTopic } from '../errorMapping';
import { ALIBABA_LINKS } from './hosts';

function codeOf(error: InstanceType<typeof OpenAI.APIError>): string {
  const body = (error.error ?? {}) as { code?: unknown; type?: unknown };
  const code = error.code ?? body.code ?? error.type ?? body.type;
  return typeof code === 'string' ? code : '';
}

/** Mentions of the training data in a refusal make it a file problem the Examples page can help with. */
const FILE_WORDS = /\b(file|training_file|jsonl|dataset|line)\b/i;

export function alibabaIpcError(error: unknown, topic: CallTopic, region: AlibabaRegion | null): IpcError {
  if (error instanceof AppError) return error.ipcError;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return toIpcError(error, topic);
  const code = codeOf(error);
  const withId = (out: IpcError): IpcError =>
    error.requestID ? { ...out, requestId: error.requestID } : out;
  if (code === 'Arrearage')
    return withId({
      code: 'billing_arrears',
      params: { url: ALIBABA_LINKS[region ?? 'singapore'].topUp },
    });
  if (code === 'InvalidApiKey') return withId({ code: 'key_rejected' });
  if (code.startsWith('Throttling')) {
    const wait = retryAfterMs(error.headers);
    return withId(
      wait === null
        ? { code: 'rate_limited' }
        : { code: 'rate_limited', params: { seconds: Math.ceil(wait / 1000) } },
    );
  }
  if (code === 'NotFound' || code === 'ModelNotFound')
    return withId({ code: /model/i.test(error.message) ? 'model_not_found' : 'not_found' });
  if (code === 'AccessDenied' || code.startsWith('AccessDenied'))
    return withId({ code: topic === 'fine-tuning' ? 'no_fine_tuning_access' : 'permission_denied' });
  if (code === 'InvalidParameter' || code.startsWith('InvalidParameter'))
    return withId({ code: FILE_WORDS.test(error.message) ? 'file_invalid' : 'request_rejected' });
  return toIpcError(error, topic);
}

export function alibabaAppError(error: unknown, topic: CallTopic, region: AlibabaRegion | null): AppError {
  return error instanceof AppError ? error : new AppError(alibabaIpcError(error, topic, region));
}

/** The key was refused by this host: in a two-region provider that may only mean "the other region". */
export const isKeyRefusal = (error: unknown): boolean =>
  error instanceof OpenAI.APIError && error.status === 401;

/** The host knows the key (the account is only in arrears): the region is found all the same. */
export const isArrearage = (error: unknown): boolean =>
  error instanceof OpenAI.APIError && codeOf(error) === 'Arrearage';
