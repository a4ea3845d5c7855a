// A failure turned into what to do next. Providers explain failures in English prose (reference §5.2);
// the few shapes users actually meet are recognised here and their numbers pulled out, so the renderer
// can say "add 3 more examples" or "remove lines 4, 13" in the user's language. The provider's own words
// are always kept alongside (`providerMessage`), never shown alone and never thrown away.
import type { ErrorCode, IpcError } from '../../ipc/errors';
import type { TrainingRun } from './types';

export const BILLING_URL = 'https://platform.openai.com/settings/organization/billing/overview';

export type NextStep =
  | { kind: 'add_examples'; have: number; need: number; more: number }
  | { kind: 'remove_flagged'; lines: number[]; categories: string[] }
  | { kind: 'billing'; url: string }
  | { kind: 'fix_example'; example: number | null; message: number | null; detail: string }
  | { kind: 'check_key' }
  | { kind: 'model_unavailable' }
  | { kind: 'retry_later' }
  | { kind: 'start_again' }
  | { kind: 'unknown' };

export interface Failure {
  next: NextStep;
  /** What the provider said, verbatim (shown under the plain sentence); null for our own codes. */
  providerMessage: string | null;
  /** Our error code when the failure came from a call (start refused), for the generic error text. */
  code: ErrorCode | null;
}

const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));

/** A job's `error` (code + message) → a next step. */
export function nextStepForJobError(error: { code: string | null; message: string }): NextStep {
  const { message } = error;
  const few = /has (\d+) example\(s\), but must have at least (\d+)/i.exec(message);
  if (error.code === 'invalid_n_examples' || few) {
    const have = Number(few?.[1] ?? 0);
    const need = Number(few?.[2] ?? 10);
    return { kind: 'add_examples', have, need, more: Math.max(1, need - have) };
  }
  if (/moderation|flagged/i.test(message)) {
    const linesText = /Flagged lines?:\s*([\d,\s]+)/i.exec(message)?.[1] ?? '';
    const categories = /following categories:\s*([^.]+)\./i.exec(message)?.[1];
    return {
      kind: 'remove_flagged',
      lines: numbersIn(linesText),
      categories: categories
        ? categories
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : [],
    };
  }
  if (/quota|billing/i.test(message) || error.code === 'insufficient_quota')
    return { kind: 'billing', url: BILLING_URL };
  if (
    error.code === 'invalid_training_file' ||
    error.code === 'invalid_validation_file' ||
    /invalid .*file/i.test(message)
  ) {
    const at = /Example (\d+)(?:, message (\d+))?/i.exec(message);
    const detail = message
      .replace(/^The job failed due to an invalid (training|validation) file\.\s*/i, '')
      .trim();
    return {
      kind: 'fix_example',
      example: at?.[1] ? Number(at[1]) : null,
      message: at?.[2] ? Number(at[2]) : null,
      detail: detail || message,
    };
  }
  if (/model/i.test(error.code ?? '') || /model .* (not available|does not exist)/i.test(message))
    return { kind: 'model_unavailable' };
  return { kind: 'unknown' };
}

/** An error code from a refused call (upload, create) → a next step. */
export function nextStepForCode(code: ErrorCode): NextStep {
  switch (code) {
    case 'quota_exceeded':
      return { kind: 'billing', url: BILLING_URL };
    case 'key_rejected':
    case 'key_missing':
    case 'no_fine_tuning_access':
    case 'permission_denied':
      return { kind: 'check_key' };
    case 'model_not_found':
      return { kind: 'model_unavailable' };
    case 'offline':
    case 'timeout':
    case 'server_error':
    case 'rate_limited':
      return { kind: 'retry_later' };
    default:
      return { kind: 'start_again' };
  }
}

/** Why a run did not succeed and what to do about it; null while it is fine (or succeeded). */
export function failureOf(
  run: Pick<TrainingRun, 'phase' | 'stopReason' | 'startError' | 'job'>,
): Failure | null {
  if (run.phase === 'stopped' && run.stopReason === 'start_failed' && run.startError) {
    const error: IpcError = run.startError;
    const providerMessage = typeof error.params?.['message'] === 'string' ? error.params['message'] : null;
    return { next: nextStepForCode(error.code), providerMessage, code: error.code };
  }
  if (run.job?.status === 'failed') {
    const error = run.job.error ?? { code: null, message: '' };
    return { next: nextStepForJobError(error), providerMessage: error.message || null, code: null };
  }
  return null;
}
