// How often main asks a provider about a job. A training job takes minutes to hours and the provider
// rate-limits us, so polling starts at 5 s (a just-created job changes quickly: validation, queue) and
// doubles while nothing new happens, up to one look a minute. Anything new (a status change, a new
// checkpoint) makes the next look come sooner again, because more is likely to follow.
export interface BackoffPolicy {
  firstMs: number;
  capMs: number;
  factor: number;
}

/** The bounds: first look no sooner than 5 s, never more than 60 s between looks. */
export const POLL_BACKOFF: BackoffPolicy = { firstMs: 5_000, capMs: 60_000, factor: 2 };

/** Delay before look number `attempt` (0-based) since the last reset. */
export function pollDelay(attempt: number, policy: BackoffPolicy = POLL_BACKOFF): number {
  const raw = policy.firstMs * policy.factor ** Math.max(0, attempt);
  return Math.min(policy.capMs, raw);
}

/**
 * The attempt counter after a look: back to the start when something changed that is likely to be
 * followed quickly by more (a new status), otherwise one further along the schedule.
 */
export function nextAttempt(attempt: number, statusChanged: boolean): number {
  return statusChanged ? 0 : attempt + 1;
}
