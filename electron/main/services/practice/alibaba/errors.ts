// DashScope's errors. Handlers throw one `DashScopeError`; the service renders it in the envelope of the
// API that was called: native `/api/v1` answers `{request_id, code, message}` (observed), compatible mode
// answers OpenAI's `{error:{message,type,param,code}}` plus `request_id` (unverified, README).
import type { z } from 'zod';

export class DashScopeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** The OpenAI-style `code` in compatible mode when it differs (e.g. `invalid_api_key`). */
    readonly compatCode?: string,
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
      type: error.status === 401 || error.status === 400 ? 'invalid_request_error' : error.code,
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
