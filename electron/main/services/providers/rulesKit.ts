// Parts of ProviderRules that the hosted providers (Alibaba, Nebius, Together) share: the shared call policy
// with duplicate-free creation, and the "can this account train?" verdict of a provider with no "closed to
// new accounts" rule, where a key that may list jobs may also create them.
import { DEFAULT_RETRY_POLICY, INTERACTIVE_TIMEOUT_MS } from './callPolicy';
import type { KeyRules, ProviderRules } from './rules';

/**
 * A key with no published format: only "long, no spaces" (letters, digits, `_`, `.`, `-`), from 16
 * characters up to the provider's longest. A loose check catches a half copy, never a real key.
 */
export const looseKey = (maxLength: number, example: string, consoleUrl: string): KeyRules => ({
  pattern: new RegExp(`^[\\w.-]{16,${maxLength}}$`),
  example,
  consoleUrl,
});

export const HOSTED_CALLS: ProviderRules['calls'] = {
  retry: DEFAULT_RETRY_POLICY,
  interactiveTimeoutMs: INTERACTIVE_TIMEOUT_MS,
  createAttempts: 3,
  createSettleMs: 2_000,
};

/** Yes once the jobs list answers (with the newest job's time), no when the key may not list jobs. */
export const jobsListVerdict: ProviderRules['availability'] = (_now, probe) =>
  probe.jobs === 'forbidden'
    ? { verdict: 'no', reason: 'no_access', lastJobAt: null }
    : {
        verdict: 'yes',
        reason: 'key_accepted',
        lastJobAt: probe.jobs.reduce<number | null>((max, j) => Math.max(max ?? 0, j.createdAt), null),
      };
