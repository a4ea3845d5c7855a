import { KEYED_PROVIDER_IDS, type KeyedProviderId } from './providers/ids';

/** Providers that take an API key; derived from the one list in providers/ids.ts. */
export const PROVIDER_IDS = KEYED_PROVIDER_IDS;
export type { KeyedProviderId };

/** 'encrypted': protected by the OS keychain; 'session-only': kept in memory until the app quits;
 *  'unprotected': on disk without OS protection, only after the user explicitly accepted that. */
export type KeyStorage = 'encrypted' | 'session-only' | 'unprotected';

/** All the renderer ever learns about a key. */
export interface KeyStatus {
  provider: KeyedProviderId;
  hasKey: boolean;
  last4: string | null;
  storage: KeyStorage | null;
}

/** `sk-…a1b2`: the only form in which a key may appear in logs, errors and exports. */
export function redactKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length <= 8) return '…';
  const prefix = /^[a-z]{2,4}-/i.exec(trimmed)?.[0] ?? '';
  return `${prefix}…${trimmed.slice(-4)}`;
}
