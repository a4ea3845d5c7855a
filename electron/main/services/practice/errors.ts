// OpenAI's error envelope, `{ error: { message, type, param, code } }`, with the status codes and wording the
// real service uses (reference §7). Handlers throw `ApiError`; the app's error handler turns it into the body.
import type { z } from 'zod';

export interface OpenAIErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: OpenAIErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

const invalidRequest = (
  status: number,
  message: string,
  param: string | null = null,
  code: string | null = null,
) => new ApiError(status, { message, type: 'invalid_request_error', param, code });

/** `sk-VKMIs***…wjh3`: OpenAI shows the first characters and the last four of a rejected key. */
export function redactKey(key: string): string {
  if (key.length < 16) return `${key.slice(0, 2)}***${key.slice(-2)}`;
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}

export const errors = {
  missingKey: () =>
    invalidRequest(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.",
    ),
  invalidKey: (key: string) =>
    invalidRequest(
      401,
      `Incorrect API key provided: ${redactKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      null,
      'invalid_api_key',
    ),
  modelNotFound: (model: string) =>
    invalidRequest(
      404,
      `The model \`${model}\` does not exist or you do not have access to it.`,
      null,
      'model_not_found',
    ),
  fileNotFound: (id: string) => invalidRequest(404, `No such File object: ${id}`, 'id'),
  uploadNotFound: (id: string) => invalidRequest(404, `No such Upload object: ${id}`, 'id'),
  // The real text for an unknown job could not be confirmed (reference §10); this follows the file wording.
  jobNotFound: (id: string) => invalidRequest(404, `No such FineTuningJob object: ${id}`, 'id'),
  badRequest: (message: string, param: string | null = null, code: string | null = null) =>
    invalidRequest(400, message, param, code),
  permissionDenied: (message: string) => invalidRequest(403, message, null, null),
  notFoundRoute: (method: string, path: string) =>
    invalidRequest(404, `Invalid URL (${method} ${path})`, null, null),
  rateLimited: (organization: string, limit: number, used: number, retryAfterSeconds: number) =>
    new ApiError(429, {
      message: `Rate limit reached in organization ${organization} on requests per min (RPM): Limit ${limit}, Used ${used}, Requested 1. Please try again in ${retryAfterSeconds}s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
      type: 'requests',
      param: null,
      code: 'rate_limit_exceeded',
    }),
  insufficientQuota: () =>
    new ApiError(
      429,
      {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
      // Without this the SDK would retry a quota error like any other 429 (reference §2).
      { 'x-should-retry': 'false' },
    ),
  serverError: () =>
    new ApiError(500, {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    }),
};

/** `messages[0].role`: the way OpenAI names a nested parameter in its errors. */
function paramPath(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? null : out;
}

/** Turns the first zod issue into OpenAI's 400 shape (missing parameter / wrong type / bad value). */
export function fromZodError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return errors.badRequest('Invalid request.');
  const param = paramPath(issue.path);
  const name = param ?? 'body';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return errors.badRequest(`Missing required parameter: '${name}'.`, param, 'missing_required_parameter');
  }
  if (issue.code === 'invalid_type') {
    return errors.badRequest(`Invalid type for '${name}': ${issue.message}.`, param, 'invalid_type');
  }
  if (issue.code === 'unrecognized_keys') {
    return errors.badRequest(`Unrecognized request argument supplied: ${issue.keys.join(', ')}`, null, null);
  }
  return errors.badRequest(`Invalid value for '${name}': ${issue.message}.`, param, 'invalid_value');
}
