// DashScope's errors. Handlers throw one `DashScopeError`; the service renders it in the envelope of the
// API that was called: native `/api/v1` answers `{request_id, code, message}` (observed), compatible mode
// answers OpenAI's `{error:{message,type,param,code}}` plus `request_id` (unverified, README).
import type { z } from 'zod';
import type { FaultAction } from '../faults';

export class DashScopeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** The OpenAI-style `code` in compatible mode when it differs (e.g. `invalid_api_key`). */
    readonly compatCode?: string,
    /** The OpenAI-style `type` in compatible mode when it is not the default for the status. */
    readonly compatType?: string,
  ) {
    super(message);
    this.name = 'DashScopeError';
  }
}

export function nativeErrorBody(requestId: string, code: string, message: string) {
  return { request_id: requestId, code, message };
}

export function compatErrorBody(requestId: string, error: DashScopeError) {
  return {
    error: {
      message: error.message,
      type:
        error.compatType ??
        (error.status === 401 || error.status === 400 ? 'invalid_request_error' : error.code),
      param: null,
      code: error.compatCode ?? error.code,
    },
    request_id: requestId,
  };
}

export const dashscopeErrors = {
  // Observed verbatim (reference §2.1). The missing-key wording is unverified.
  invalidApiKey: () =>
    new DashScopeError(401, 'InvalidApiKey', 'Invalid API-key provided.', {}, 'invalid_api_key'),
  missingApiKey: () =>
    new DashScopeError(401, 'InvalidApiKey', 'No API-key provided.', {}, 'invalid_api_key'),
  // Observed verbatim (reference §2.4).
  arrearage: () =>
    new DashScopeError(400, 'Arrearage', 'Access denied, please make sure your account is in good standing.'),
  // "Model: … not found!" is observed for deployments; the same wording is used for jobs (unverified).
  notFound: (what: string) => new DashScopeError(404, 'NotFound', `${what} not found!`),
  invalidParameter: (message: string) => new DashScopeError(400, 'InvalidParameter', message),
  throttled: (code: string, retryAfterSeconds: number | null) =>
    new DashScopeError(
      429,
      code,
      'Requests rate limit exceeded, please try again later.',
      retryAfterSeconds === null ? {} : { 'retry-after': String(retryAfterSeconds) },
    ),
  accessDenied: (message: string) => new DashScopeError(403, 'AccessDenied', message),
  modelNotFoundCompat: (model: string) =>
    new DashScopeError(
      404,
      'model_not_found',
      `The model \`${model}\` does not exist or you do not have access to it.`,
    ),
  routeNotFound: (method: string, path: string) =>
    new DashScopeError(404, 'NotFound', `Not found: ${method} ${path}`),
  internal: () =>
    new DashScopeError(500, 'InternalError', 'An internal error has occured, please try again later.'),
  serviceUnavailable: () =>
    new DashScopeError(
      503,
      'ServiceUnavailable',
      'The service is temporarily unavailable, please try again later.',
    ),
};

/** The first zod issue as DashScope's 400 InvalidParameter, naming the field. */
export function fromZodIssue(error: z.ZodError): DashScopeError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  if (issue?.code === 'invalid_type' && issue.input === undefined)
    return dashscopeErrors.invalidParameter(`Missing required parameter: ${path}`);
  return dashscopeErrors.invalidParameter(
    `Invalid parameter ${path === '' ? 'body' : path}: ${issue?.message ?? 'invalid value'}`,
  );
}

/**
 * Every error the compatible-mode API (`/compatible-mode/v1`) is known or believed to answer, as the body it
 * sends (`{error:{code,type,message,param}, request_id}`), so a test can inject each one and prove the
 * adapter's mapping. Sources: the Model Studio error-code pages (2024-2026 copies: `invalid_api_key`,
 * `Arrearage` with type `Arrearage`, `data_inspection_failed`, `model_not_found`,
 * `Throttling.AllocationQuota`/`insufficient_quota`, `invalid_parameter_error`), an observed
 * `insufficient_quota` 429 (QwenLM tools, 2026-02). Unverified and marked so in README.md: `limit_requests`
 * for the per-minute request limit, `access_denied`, `AllocationQuota.FreeTierOnly`, `internal_error`.
 */
export const COMPAT_ERRORS = {
  invalid_api_key: () =>
    new DashScopeError(401, 'InvalidApiKey', 'Incorrect API key provided.', {}, 'invalid_api_key'),
  Arrearage: () =>
    new DashScopeError(
      400,
      'Arrearage',
      'Access denied, please make sure your account is in good standing.',
      {},
      'Arrearage',
      'Arrearage',
    ),
  data_inspection_failed: () =>
    new DashScopeError(
      400,
      'DataInspectionFailed',
      'Input data may contain inappropriate content.',
      {},
      'data_inspection_failed',
      'data_inspection_failed',
    ),
  model_not_found: () =>
    new DashScopeError(
      404,
      'ModelNotFound',
      'The model `qwen3-14b-ft-x` does not exist or you do not have access to it.',
      {},
      'model_not_found',
      'invalid_request_error',
    ),
  limit_requests: () =>
    new DashScopeError(
      429,
      'Throttling.RateQuota',
      'Requests rate limit exceeded, please try again later.',
      { 'retry-after': '7' },
      'limit_requests',
      'limit_requests',
    ),
  insufficient_quota: () =>
    new DashScopeError(
      429,
      'Throttling.AllocationQuota',
      'You exceeded your current quota, please check your plan and billing details.',
      {},
      'insufficient_quota',
      'insufficient_quota',
    ),
  free_tier_only: () =>
    new DashScopeError(
      403,
      'AllocationQuota.FreeTierOnly',
      'The free tier of the model has been exhausted. If you wish to continue access the model on a paid basis, please disable the "use free tier only" mode in the management console.',
      {},
      'AllocationQuota.FreeTierOnly',
      'AllocationQuota.FreeTierOnly',
    ),
  access_denied: () =>
    new DashScopeError(403, 'AccessDenied', 'Access denied.', {}, 'access_denied', 'access_denied'),
  invalid_parameter_error: () =>
    new DashScopeError(
      400,
      'InvalidParameter',
      'Range of input length should be [1, 30720]',
      {},
      'invalid_parameter_error',
      'invalid_request_error',
    ),
  internal_error: () =>
    new DashScopeError(
      500,
      'InternalError',
      'An internal error has occured, please try again later.',
      {},
      'internal_error',
      'internal_error',
    ),
} as const;

export type CompatErrorName = keyof typeof COMPAT_ERRORS;

/** A fault action answering with a known compatible-mode error, for `service.faults.inject(...)`. */
export function compatFault(name: CompatErrorName, requestId = 'practice-fault'): FaultAction {
  const error = COMPAT_ERRORS[name]();
  return {
    kind: 'status',
    status: error.status,
    body: compatErrorBody(requestId, error),
    headers: error.headers,
  };
}
