// Nebius answers errors the FastAPI way, `{"detail": …}`: a string for most errors, and for a body that fails
// validation (422) a list of `{loc, msg, type, input, ctx}` items (reference §9).
import type { z } from 'zod';

export interface ValidationItem {
  loc: (string | number)[];
  msg: string;
  type: string;
  input: unknown;
  ctx: Record<string, unknown>;
}

export class NebiusError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationItem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof detail === 'string' ? detail : detail.map((d) => d.msg).join('; '));
    this.name = 'NebiusError';
  }
}

export const nebiusErrors = {
  // Observed verbatim (reference §9).
  missingKey: () => new NebiusError(401, "Couldn't authenticate. Reason: token is not present"),
  badKey: () => new NebiusError(401, "Couldn't authenticate. Reason: Unable authenticate"),
  // Quoted from the docs; that it sits in `detail` is inferred.
  budgetExhausted: () =>
    new NebiusError(
      402,
      'Payment Required: You have exhausted your budget. Please add funds to continue using the API.',
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new NebiusError(429, 'Rate limit exceeded', { 'retry-after': String(retryAfterSeconds) }),
  modelNotFound: (model: string) => new NebiusError(404, `The model \`${model}\` does not exist.`),
  notFound: (detail: string) => new NebiusError(404, detail),
  badRequest: (detail: string) => new NebiusError(400, detail),
  unprocessable: (items: ValidationItem[]) => new NebiusError(422, items),
  methodNotAllowed: () => new NebiusError(405, 'Method Not Allowed'),
  routeNotFound: () => new NebiusError(404, 'Not Found'),
  internal: () => new NebiusError(500, 'Internal Server Error'),
};

const TYPE_OF: Record<string, string> = {
  too_big: 'less_than_equal',
  too_small: 'greater_than_equal',
  invalid_value: 'enum',
  invalid_type: 'type_error',
};

/** zod issues as FastAPI's 422 list, with `loc` starting at "body". */
export function fromZodIssues(error: z.ZodError, body: unknown): NebiusError {
  const items = error.issues.map((issue): ValidationItem => {
    let input: unknown = body;
    for (const key of issue.path) input = (input as Record<PropertyKey, unknown> | undefined)?.[key];
    const missing = issue.code === 'invalid_type' && input === undefined;
    return {
      loc: ['body', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
      msg: missing ? 'Field required' : issue.message,
      type: missing ? 'missing' : (TYPE_OF[issue.code] ?? 'value_error'),
      input: input ?? null,
      ctx: {},
    };
  });
  return nebiusErrors.unprocessable(items);
}
