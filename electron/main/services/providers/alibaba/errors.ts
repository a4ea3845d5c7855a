// DashScope's error codes → the app's codes, each worded in the renderer as one plain sentence and one next
// step (en, zh-TW, zh-CN). Native errors are `{request_id, code, message}` with an HTTP status; compatible
// mode (`/compatible-mode/v1`, files and chat) answers OpenAI-shaped `{error: {code, type, message}}` with
// its own spellings of the same codes (`invalid_api_key` for InvalidApiKey, `data_inspection_failed`,
// `insufficient_quota` for Throttling.AllocationQuota; reference §2.4 and Model Studio's error-code pages).
// Both reach here as SDK errors with `code`/`type`. Codes we do not know fall back to the HTTP-status rules
// every provider shares (errorMapping.ts).
import OpenAI from 'openai';
import type { AlibabaRegion } from '../../../../../shared/domain/providers/accountSettings';
import { AppError, type ErrorCode, type IpcError } from '../../../../../shared/ipc/errors';
import { retryAfterMs, toIpcError, type CallTopic } from '../errorMapping';
import { ALIBABA_LINKS } from './hosts';

type ApiError = InstanceType<typeof OpenAI.APIError>;

/** The codes the answer carries: native `code`, compatible-mode `error.code` and `error.type`. */
function codesOf(error: ApiError): string[] {
  const body = (error.error ?? {}) as { code?: unknown; type?: unknown };
  return [error.code, body.code, error.type, body.type].filter(
    (c): c is string => typeof c === 'string' && c !== '',
  );
}

/** Mentions of the training data in a refusal make it a file problem the Examples page can help with. */
const FILE_WORDS = /\b(file|training_file|jsonl|dataset|line)\b/i;

type Rule = (error: ApiError, topic: CallTopic, region: AlibabaRegion | null) => IpcError;

const withWait = (error: ApiError): IpcError => {
  const wait = retryAfterMs(error.headers);
  return wait === null
    ? { code: 'rate_limited' }
    : { code: 'rate_limited', params: { seconds: Math.ceil(wait / 1000) } };
};
const plain =
  (code: ErrorCode): Rule =>
  () => ({ code });

/**
 * Known codes, native and compatible-mode spelling side by side. Alibaba's `insufficient_quota` /
 * `Throttling.AllocationQuota` is the tokens-per-minute limit (Model Studio's rate-limit page), not an
 * empty account as on OpenAI: it waits like any rate limit. An empty account is `Arrearage`.
 */
const RULES: Readonly<Record<string, Rule>> = {
  Arrearage: (_e, _t, region) => ({
    code: 'billing_arrears',
    params: { url: ALIBABA_LINKS[region ?? 'singapore'].topUp },
  }),
  InvalidApiKey: plain('key_rejected'),
  invalid_api_key: plain('key_rejected'),
  DataInspectionFailed: plain('content_blocked'),
  data_inspection_failed: plain('content_blocked'),
  'InvalidParameter.DataInspection': plain('content_blocked'),
  Throttling: withWait,
  'Throttling.RateQuota': withWait,
  'Throttling.AllocationQuota': withWait,
  'Throttling.BurstRate': withWait,
  limit_requests: withWait,
  insufficient_quota: withWait,
  rate_limit_exceeded: withWait,
  'AllocationQuota.FreeTierOnly': (_e, _t, region) => ({
    code: 'free_tier_used_up',
    params: { url: ALIBABA_LINKS[region ?? 'singapore'].keys },
  }),
  ModelNotFound: plain('model_not_found'),
  model_not_found: plain('model_not_found'),
  NotFound: (e) => ({ code: /model/i.test(e.message) ? 'model_not_found' : 'not_found' }),
  AccessDenied: (_e, topic) => ({
    code: topic === 'fine-tuning' ? 'no_fine_tuning_access' : 'permission_denied',
  }),
  access_denied: (_e, topic) => ({
    code: topic === 'fine-tuning' ? 'no_fine_tuning_access' : 'permission_denied',
  }),
  InvalidParameter: (e) => ({ code: FILE_WORDS.test(e.message) ? 'file_invalid' : 'request_rejected' }),
  invalid_parameter_error: (e) => ({
    code: FILE_WORDS.test(e.message) ? 'file_invalid' : 'request_rejected',
  }),
  RequestTimeOut: plain('timeout'),
  InternalError: plain('server_error'),
  internal_error: plain('server_error'),
  ServiceUnavailable: plain('server_error'),
};

/** A known code, or its family (`AccessDenied.Unpurchased` → AccessDenied, `Throttling.X` → Throttling). */
function ruleFor(codes: readonly string[]): Rule | undefined {
  for (const code of codes) if (Object.hasOwn(RULES, code)) return RULES[code];
  for (const code of codes) {
    const family = code.split('.')[0] ?? '';
    if (family !== code && Object.hasOwn(RULES, family)) return RULES[family];
  }
  return undefined;
}

export function alibabaIpcError(error: unknown, topic: CallTopic, region: AlibabaRegion | null): IpcError {
  if (error instanceof AppError) return error.ipcError;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return toIpcError(error, topic);
  const rule = ruleFor(codesOf(error));
  if (!rule) return toIpcError(error, topic);
  const out = rule(error, topic, region);
  return error.requestID ? { ...out, requestId: error.requestID } : out;
}

export function alibabaAppError(error: unknown, topic: CallTopic, region: AlibabaRegion | null): AppError {
  return error instanceof AppError ? error : new AppError(alibabaIpcError(error, topic, region));
}

/** The key was refused by this host: in a two-region provider that may only mean "the other region". */
export const isKeyRefusal = (error: unknown): boolean =>
  error instanceof OpenAI.APIError && error.status === 401;

/** The host knows the key (the account is only in arrears): the region is found all the same. */
export const isArrearage = (error: unknown): boolean =>
  error instanceof OpenAI.APIError && codesOf(error).includes('Arrearage');
