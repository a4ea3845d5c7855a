// What the Settings page knows about accounts: the last account check per provider (or its error), and
// whether the network is up. The providers themselves live in ONE store (renderer/state/providers.ts), which
// follows `providers.changed`; this file only re-exports it. Filled from main; no field could hold a key.
import { create } from 'zustand';
import type { ProviderId } from '../../../shared/domain/pricing/catalog';
import type { AccountReport } from '../../../shared/domain/providers/account';
import type { IpcError } from '../../../shared/ipc/errors';
import { onEvent, request } from '../../ipc/client';
import { loadProviders, useProviders } from '../../state/providers';

export { loadProviders };

interface AccountsState {
  reports: Partial<Record<ProviderId, AccountReport>>;
  errors: Partial<Record<ProviderId, IpcError>>;
  testing: ProviderId | null;
  online: boolean;
  testStarted(provider: ProviderId): void;
  testFinished(provider: ProviderId, outcome: { report: AccountReport } | { error: IpcError }): void;
  networkChanged(online: boolean): void;
}

export const useAccounts = create<AccountsState>((set) => ({
  reports: {},
  errors: {},
  testing: null,
  online: true,
  testStarted: (provider) =>
    set((s) => ({ testing: provider, errors: { ...s.errors, [provider]: undefined } })),
  testFinished: (provider, outcome) =>
    set((s) =>
      'report' in outcome
        ? { testing: null, reports: { ...s.reports, [provider]: outcome.report } }
        : {
            testing: null,
            errors: { ...s.errors, [provider]: outcome.error },
            reports: { ...s.reports, [provider]: undefined },
          },
    ),
  networkChanged: (online) => set({ online }),
}));

/** Calls the provider with the stored key (main does; the renderer never sees it). */
export async function testAccount(provider: ProviderId): Promise<void> {
  const store = useAccounts.getState();
  store.testStarted(provider);
  const result = await request('accounts.test', { provider });
  store.testFinished(provider, result.ok ? { report: result.data } : { error: result.error });
  await loadProviders();
}

export async function chooseForTraining(provider: ProviderId): Promise<IpcError | null> {
  const result = await request('accounts.use', { provider });
  if (result.ok) useProviders.getState().providersReceived(result.data);
  return result.ok ? null : result.error;
}

/** Offline is a state main announces (and clears by itself); read it once, then follow it. */
export function followNetwork(): () => void {
  void request('network.status', {}).then(
    (r) => r.ok && useAccounts.getState().networkChanged(r.data.online),
  );
  return onEvent('network.changed', ({ online }) => useAccounts.getState().networkChanged(online));
}
