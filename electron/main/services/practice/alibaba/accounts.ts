// Who is calling. A DashScope key belongs to one region: a Singapore key sent to the Beijing host gets
// 401 InvalidApiKey, and the other way round (observed). Account profiles put a key in the states a real
// account can be in: in arrears (400 Arrearage on billable calls), throttled (429), or a RAM user without
// fine-tuning permission.
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../clock';
import { dashscopeErrors } from './errors';
import type { AlibabaEnv } from './context';
import type { AlibabaRegion, AlibabaSimulatorSettings } from './settings';

export interface AlibabaAccountProfile {
  region: AlibabaRegion;
  /** true: job creation, deployment and chat answer 400 Arrearage (an overdue Alibaba Cloud bill). */
  arrears?: boolean;
  /** false: job and deployment creation answer 403 AccessDenied (a RAM user without the permission). */
  canFineTune?: boolean;
  /** Requests per minute before 429 Throttling. Default 10,000. */
  requestsPerMinute?: number;
  /** The account's user id (`user_identity`, `creator`); default derived from the key. */
  uid?: string;
  /** Default workspace id (`workspace_id`). */
  workspaceId?: string;
}

export interface AlibabaAccount extends Required<AlibabaAccountProfile> {
  apiKey: string;
}

/** The keys `npm run practice-api -- --provider alibaba` prints, one per region. */
export const ALIBABA_PRACTICE_KEYS: Readonly<Record<AlibabaRegion, string>> = {
  singapore: 'sk-practice-singapore',
  beijing: 'sk-practice-beijing',
};

export type AlibabaAccountsOption = Readonly<Record<string, AlibabaAccountProfile>>;

export const DEFAULT_ALIBABA_ACCOUNTS: AlibabaAccountsOption = {
  [ALIBABA_PRACTICE_KEYS.singapore]: { region: 'singapore' },
  [ALIBABA_PRACTICE_KEYS.beijing]: { region: 'beijing' },
};

/** A stable 16-digit user id per key, shaped like Alibaba Cloud's. */
function uidFor(key: string): string {
  let h = 1469598103934665603n;
  for (const ch of key) h = ((h ^ BigInt(ch.charCodeAt(0))) * 1099511628211n) % 10n ** 16n;
  return String(h).padStart(16, '1');
}

export function resolveAlibabaAccounts(
  option: AlibabaAccountsOption | undefined,
): Map<string, AlibabaAccount> {
  return new Map(
    Object.entries(option ?? DEFAULT_ALIBABA_ACCOUNTS).map(([apiKey, profile]) => {
      const uid = profile.uid ?? uidFor(apiKey);
      return [
        apiKey,
        {
          apiKey,
          region: profile.region,
          arrears: profile.arrears ?? false,
          canFineTune: profile.canFineTune ?? true,
          requestsPerMinute: profile.requestsPerMinute ?? 10_000,
          uid,
          workspaceId: profile.workspaceId ?? `llm-${uid.slice(-8)}`,
        },
      ];
    }),
  );
}

const WINDOW_MS = 60_000;

/** Bearer auth for one region's host, then a sliding one-minute request window per key. */
export function authAndThrottle(
  accounts: Map<string, AlibabaAccount>,
  region: AlibabaRegion,
  clock: Clock,
  settings: Pick<AlibabaSimulatorSettings, 'throttlingCode' | 'retryAfterHeader'>,
): MiddlewareHandler<AlibabaEnv> {
  const windows = new Map<string, number[]>();
  return async (c, next) => {
    const match = /^Bearer\s+(.+)$/i.exec((c.req.header('authorization') ?? '').trim());
    const key = match?.[1]?.trim();
    if (!key) throw dashscopeErrors.missingApiKey();
    const account = accounts.get(key);
    // A key of the other region is as unknown here as a made-up one.
    if (!account || account.region !== region) throw dashscopeErrors.invalidApiKey();
    c.set('account', account);
    const now = clock.now();
    const recent = (windows.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (recent.length >= account.requestsPerMinute) {
      windows.set(key, recent);
      const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000));
      throw dashscopeErrors.throttled(settings.throttlingCode, settings.retryAfterHeader ? retryAfter : null);
    }
    recent.push(now);
    windows.set(key, recent);
    await next();
  };
}

/** Billable calls (jobs, deployments, chat) on an account in arrears. */
export function requireGoodStanding(account: AlibabaAccount): void {
  if (account.arrears) throw dashscopeErrors.arrearage();
}

export function requireFineTuning(account: AlibabaAccount): void {
  if (!account.canFineTune)
    throw dashscopeErrors.accessDenied(
      'Access denied: this API key has no permission for model customization.',
    );
}
