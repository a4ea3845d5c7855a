// Who is calling: practice keys with a requests-per-minute limit (429 with Retry-After), as the other practice
// providers have. Every key shares the one practice project.
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../clock';
import type { TogetherEnv } from './context';
import { togetherErrors } from './errors';

export interface TogetherAccountProfile {
  /** Requests per minute before 429. Default 10,000. */
  requestsPerMinute?: number;
}
export type TogetherAccountsOption = Readonly<Record<string, TogetherAccountProfile>>;
export type TogetherAccount = Required<TogetherAccountProfile> & { apiKey: string };

/** The key `npm run practice-api -- --provider together` prints. */
export const TOGETHER_PRACTICE_KEY = 'together-practice-key';

export function resolveTogetherAccounts(
  option: TogetherAccountsOption | undefined,
): Map<string, TogetherAccount> {
  const entries = Object.entries(option ?? { [TOGETHER_PRACTICE_KEY]: {} });
  return new Map(
    entries.map(([apiKey, p]) => [apiKey, { apiKey, requestsPerMinute: p.requestsPerMinute ?? 10_000 }]),
  );
}

const WINDOW_MS = 60_000;

export function togetherAuth(
  accounts: Map<string, TogetherAccount>,
  clock: Clock,
): MiddlewareHandler<TogetherEnv> {
  const windows = new Map<string, number[]>();
  return async (c, next) => {
    const match = /^Bearer\s+(.+)$/i.exec((c.req.header('authorization') ?? '').trim());
    const account = accounts.get(match?.[1]?.trim() ?? '');
    // Together answers a missing key with the same 401 as a wrong one (only the wrong-key body is observed).
    if (!account) throw togetherErrors.badKey();
    c.set('account', account);
    const now = clock.now();
    const recent = (windows.get(account.apiKey) ?? []).filter((t) => t > now - WINDOW_MS);
    if (recent.length >= account.requestsPerMinute) {
      const oldest = recent[0] ?? now;
      throw togetherErrors.rateLimited(Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)));
    }
    recent.push(now);
    windows.set(account.apiKey, recent);
    await next();
  };
}
