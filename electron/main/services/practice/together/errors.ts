// Together answers errors as `{"error": {message, type, param, code}}` (openapi `ErrorData`; the 401 wording
// is observed verbatim, reference §3.1). `code` strings other than `invalid_api_key` are unverified.
export class TogetherError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
    readonly code: string | null = null,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'TogetherError';
  }

  get body() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const togetherErrors = {
  badKey: () =>
    new TogetherError(
      401,
      'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.',
      'invalid_request_error',
      'invalid_api_key',
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new TogetherError(429, 'Rate limit exceeded', 'rate_limit_error', 'rate_limit_exceeded', null, {
      'retry-after': String(retryAfterSeconds),
    }),
  notFound: (message: string) => new TogetherError(404, message, 'invalid_request_error', 'not_found'),
  badRequest: (message: string, param: string | null = null) =>
    new TogetherError(400, message, 'invalid_request_error', null, param),
  conflict: (message: string) => new TogetherError(409, message, 'invalid_request_error', 'already_exists'),
  overLimit: (message: string) => new TogetherError(402, message, 'invalid_request_error', 'billing_limit'),
  unavailable: (message: string) => new TogetherError(503, message, 'service_unavailable', null),
  internal: () => new TogetherError(500, 'Internal server error', 'server_error'),
};
