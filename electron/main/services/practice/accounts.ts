// Who is calling: API keys map to practice accounts, and an account profile can put the caller in the
// states a real OpenAI account can be in (no fine-tuning access, no quota, a low rate limit), so the app's
// handling of each can be tested against the practice service.
import type { MiddlewareHandler } from 'hono';
import type { Clock } from './clock';
import type { AppEnv } from './context';
import { errors } from './errors';

export interface AccountProfile {
  /** Shown in rate-limit messages and on jobs; default `org-practice`. */
  organizationId?: string;
  /** false: job creation is refused as for accounts shut out by OpenAI's fine-tuning wind-down. Default true. */
  canFineTune?: boolean;
  /** 'exhausted': billable calls (chat, embeddings, job creation) get 429 insufficient_quota. Default 'ok'. */
  quota?: 'ok' | 'exhausted';
  /** Requests per minute before 429 rate_limit_exceeded. Default 10,000. */
  requestsPerMinute?: number;
  /** Reported in the x-ratelimit-*-tokens headers. Default 2,000,000. */
  tokensPerMinute?: number;
  /**
   * 'refused': `GET /files/{id}/content` of a `fine-tune` file answers 400 "Not allowed to download files of
   * purpose: fine-tune" (the wording OpenAI uses for other purposes; whether every org is refused for
   * fine-tune files is unconfirmed). Result files stay downloadable. Default 'allowed'.
   */
  fileDownloads?: 'allowed' | 'refused';
  /**
   * From this UTC day (YYYY-MM-DD) on the service clock, job creation is refused as for shut-out accounts:
   * OpenAI takes no new jobs from anyone after 2027-01-06. null (the default) keeps practice training open,
   * since practice mode must keep working after OpenAI's dates.
   */
  jobsClosedFrom?: string | null;
}

export interface Account extends Required<AccountProfile> {
  apiKey: string;
}

export const DEFAULT_PRACTICE_KEY = 'tunesmith-practice';
export const DEFAULT_ORGANIZATION_ID = 'org-practice';

export type AccountsOption = readonly string[] | Readonly<Record<string, AccountProfile>>;

export function resolveAccounts(option: AccountsOption | undefined): Map<string, Account> {
  const entries: [string, AccountProfile][] = Array.isArray(option)
    ? option.map((key): [string, AccountProfile] => [key, {}])
    : Object.entries((option ?? { [DEFAULT_PRACTICE_KEY]: {} }) as Record<string, AccountProfile>);
  return new Map(
    entries.map(([apiKey, profile]) => [
      apiKey,
      {
        apiKey,
        organizationId: profile.organizationId ?? DEFAULT_ORGANIZATION_ID,
        canFineTune: profile.canFineTune ?? true,
        quota: profile.quota ?? 'ok',
        requestsPerMinute: profile.requestsPerMinute ?? 10_000,
        tokensPerMinute: profile.tokensPerMinute ?? 2_000_000,
        fileDownloads: profile.fileDownloads ?? 'allowed',
        jobsClosedFrom: profile.jobsClosedFrom ?? null,
      },
    ]),
  );
}

const WINDOW_MS = 60_000;

/** OpenAI's reset durations look like `6ms`, `1.2s`, `7m12s`. */
function formatReset(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${Number(seconds.toFixed(3))}s`;
  return `${Math.floor(seconds / 60)}m${Math.round(seconds % 60)}s`;
}

/** Bearer auth, then a sliding one-minute request window per key with OpenAI's rate-limit headers. */
export function authAndRateLimit(accounts: Map<string, Account>, clock: Clock): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, number[]>();
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const key = match?.[1]?.trim();
    if (!key) throw errors.missingKey();
    const account = accounts.get(key);
    if (!account) throw errors.invalidKey(key);
    c.set('account', account);

    const now = clock.now();
    const recent = (windows.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    // Time until the oldest request in the window stops counting.
    const resetMs = () => (recent.length > 0 ? (recent[0] ?? now) + WINDOW_MS - now : 0);
    const headers = (remaining: number) => ({
      'x-ratelimit-limit-requests': String(account.requestsPerMinute),
      'x-ratelimit-limit-tokens': String(account.tokensPerMinute),
      'x-ratelimit-remaining-requests': String(Math.max(0, remaining)),
      'x-ratelimit-remaining-tokens': String(account.tokensPerMinute),
      'x-ratelimit-reset-requests': formatReset(resetMs()),
      'x-ratelimit-reset-tokens': '0ms',
    });
    if (recent.length >= account.requestsPerMinute) {
      windows.set(key, recent);
      const retryAfter = Math.max(1, Math.ceil(resetMs() / 1000));
      const error = errors.rateLimited(
        account.organizationId,
        account.requestsPerMinute,
        recent.length,
        retryAfter,
      );
      Object.assign(error.headers, headers(0), { 'retry-after': String(retryAfter) });
      throw error;
    }
    recent.push(now);
    windows.set(key, recent);
    await next();
    for (const [name, value] of Object.entries(headers(account.requestsPerMinute - recent.length))) {
      c.res.headers.set(name, value);
    }
  };
}

/** Billable calls on an account without quota get OpenAI's insufficient_quota (with x-should-retry: false). */
export function requireQuota(account: Account): void {
  if (account.quota === 'exhausted') throw errors.insufficientQuota();
}

/** Whether the account may create fine-tuning jobs at `nowMs` (its profile and its closing day). */
export function mayCreateJobs(account: Account, nowMs: number): boolean {
  if (!account.canFineTune) return false;
  const closes = account.jobsClosedFrom;
  return closes === null || new Date(nowMs).toISOString().slice(0, 10) < closes;
}
