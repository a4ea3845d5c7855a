// Who is calling: practice keys with account profiles, so the app can be tested against a budget that ran
// out (402 on billable calls) and a rate limit (429 with Retry-After).
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../clock';
import type { NebiusEnv } from './context';
import { nebiusErrors } from './errors';

export interface NebiusAccountProfile {
  /** 'exhausted': job creation, custom-model creation and chat answer 402. Default 'ok'. */
  budget?: 'ok' | 'exhausted';
  /** Requests per minute before 429. Default 10,000. */
  requestsPerMinute?: number;
}

export type NebiusAccountsOption = Readonly<Record<string, NebiusAccountProfile>>;
export type NebiusAccount = Required<NebiusAccountProfile> & { apiKey: string };

/** The key `npm run practice-api -- --provider nebius` prints. */
export const NEBIUS_PRACTICE_KEY = 'nebius-practice-key';

export function resolveNebiusAccounts(option: NebiusAccountsOption | undefined): Map<string, NebiusAccount> {
  const entries = Object.entries(option ?? { [NEBIUS_PRACTICE_KEY]: {} });
  return new Map(
    entries.map(([apiKey, p]) => [
      apiKey,
      { apiKey, budget: p.budget ?? 'ok', requestsPerMinute: p.requestsPerMinute ?? 10_000 },
    ]),
  );
}

const WINDOW_MS = 60_000;

export function nebiusAuth(accounts: Map<string, NebiusAccount>, clock: Clock): MiddlewareHandler<NebiusEnv> {
  const windows = new Map<string, number[]>();
  return async (c, next) => {
    const match = /^Bearer\s+(.+)$/i.exec((c.req.header('authorization') ?? '').trim());
    const key = match?.[1]?.trim();
    if (!key) throw nebiusErrors.missingKey();
    const account = accounts.get(key);
    if (!account) throw nebiusErrors.badKey();
    c.set('account', account);
    const now = clock.now();
    const recent = (windows.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (recent.length >= account.requestsPerMinute) {
      windows.set(key, recent);
      throw nebiusErrors.rateLimited(Math.max(1, Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000)));
    }
    recent.push(now);
    windows.set(key, recent);
    await next();
  };
}

export function requireBudget(account: NebiusAccount): void {
  if (account.budget === 'exhausted') throw nebiusErrors.budgetExhausted();
}
