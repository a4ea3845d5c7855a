// Error codes are the only thing main says about a failure; the renderer turns each code into one plain
// sentence and one next step in the user's language (renderer/i18n/locales/*.json, key errors.<code>).
export const ERROR_CODES = [
  'bad_input',
  'forbidden_sender',
  'unknown_route',
  'internal',
  'key_rejected',
  'no_fine_tuning_access',
  'quota_exceeded',
  'rate_limited',
  'model_not_found',
  'file_invalid',
  'not_found',
  'server_error',
  'offline',
  'timeout',
  'cancelled',
  'encryption_unavailable',
  'storage_failed',
  // Providers (issue 4): a refusal that is not about fine-tuning access, a request the provider refused
  // as malformed, a provider used before its key was pasted, a feature this provider does not have.
  'permission_denied',
  'request_rejected',
  'key_missing',
  'not_supported',
  // Alibaba (issue 12): the account is in arrears; `params.url` is where to top it up.
  'billing_arrears',
  // Issue 17: a pasted key whose shape is wrong for its provider; `params.example` and `params.consoleUrl`
  // say what a key looks like and where to copy one (never the pasted text).
  'key_shape',
  // Issue 12 (Alibaba errors): the provider's content check refused the text (DataInspectionFailed), and a
  // free quota is used up on an account set to "free tier only" (`params.url`: the console to change it).
  'content_blocked',
  'free_tier_used_up',
  // Nebius (issue 14): a run whose result could not be served per token (its base accepts no LoRA
  // deployment today); `params.model` is the base, `params.pick` the bases that would be served.
  'not_servable',
  // Deployments (issue 12): a trained model that answers only once deployed, and is not (yet); `params.model`.
  'not_deployed',
  // Together (issue 15): the run's price is over the account's spending limit (`params.limit`, USD);
  // a base whose fine-tunes cannot be served (`-Reference`): download the weights instead.
  'spending_limit',
  'not_deployable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  /** The provider's request id, shown so a user can quote it to support. */
  requestId?: string;
  /** Where the input was wrong (a field path), for bad_input. */
  path?: string;
  /** Small, non-secret facts that the translated message may interpolate. */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError };

export class AppError extends Error {
  constructor(readonly ipcError: IpcError) {
    super(ipcError.code);
    this.name = 'AppError';
  }
}

export const appError = (code: ErrorCode, extra: Omit<IpcError, 'code'> = {}) =>
  new AppError({ code, ...extra });
