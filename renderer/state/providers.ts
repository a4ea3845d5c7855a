// Which provider new work goes to, for the shell (the Practice mode badge). Settings changes it through
// `accounts.use`; main announces every change as `providers.changed`.
import { create } from 'zustand';
import type { ProviderSummary } from '../../shared/ipc/schemas/providers';
import { onEvent, request } from '../ipc/client';

interface ProvidersState {
  providers: ProviderSummary[];
  providersReceived(providers: ProviderSummary[]): void;
}

export const useProviders = create<ProvidersState>((set) => ({
  providers: [],
  providersReceived: (providers) => set({ providers }),
}));

/** Practice mode: new work goes to the built-in practice service (no provider account in use). */
export const selectPracticeMode = (s: ProvidersState) =>
  s.providers.length > 0 && s.providers.find((p) => p.active)?.id === 'practice';

export async function loadProviders(): Promise<void> {
  const result = await request('providers.list', {});
  if (result.ok) useProviders.getState().providersReceived(result.data);
}

export function followProviderChanges(): () => void {
  return onEvent('providers.changed', ({ providers }) =>
    useProviders.getState().providersReceived(providers),
  );
}
