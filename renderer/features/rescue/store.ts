// The rescue page's state: the overview main keeps (account, inventory, each model's rescue), which model
// is open, and the last error. Main owns the truth; this mirrors `rescue.overview` and `rescue.changed`.
import { create } from 'zustand';
import type { Inventory, RescueState } from '../../../shared/domain/rescue/types';
import type { IpcError, Result } from '../../../shared/ipc/errors';
import type { RescueOverview } from '../../../shared/ipc/schemas/rescue';
import { onEvent, request } from '../../ipc/client';

interface RescueStore {
  overview: RescueOverview | null;
  open: string | null;
  busy: string | null;
  error: IpcError | null;
  overviewLoaded(overview: RescueOverview): void;
  inventoryLoaded(inventory: Inventory): void;
  rescueChanged(rescue: RescueState): void;
  modelOpened(model: string | null): void;
  busyChanged(action: string | null): void;
  failed(error: IpcError | null): void;
}

export const useRescue = create<RescueStore>((set) => ({
  overview: null,
  open: null,
  busy: null,
  error: null,
  overviewLoaded: (overview) => set({ overview }),
  inventoryLoaded: (inventory) =>
    set((s) => ({
      overview: { source: inventory.source, inventory, rescues: s.overview?.rescues ?? [] },
    })),
  rescueChanged: (rescue) =>
    set((s) => {
      const rescues = (s.overview?.rescues ?? []).filter((r) => r.model !== rescue.model);
      return {
        overview: {
          source: s.overview?.source ?? rescue.source,
          inventory: s.overview?.inventory ?? null,
          rescues: [...rescues, rescue],
        },
      };
    }),
  modelOpened: (open) => set({ open, error: null }),
  busyChanged: (busy) => set({ busy }),
  failed: (error) => set({ error }),
}));

export async function loadOverview(): Promise<void> {
  const result = await request('rescue.overview', {});
  if (result.ok) useRescue.getState().overviewLoaded(result.data);
}

export function followRescue(): () => void {
  return onEvent('rescue.changed', ({ rescue }) => useRescue.getState().rescueChanged(rescue));
}

/** Runs an action with the busy flag and error handling; what comes back goes into the store. */
export async function act<T>(name: string, call: () => Promise<Result<T>>, done?: (data: T) => void) {
  const store = useRescue.getState();
  store.busyChanged(name);
  store.failed(null);
  const result = await call();
  useRescue.getState().busyChanged(null);
  if (!result.ok) {
    useRescue.getState().failed(result.error);
    return null;
  }
  done?.(result.data);
  return result.data;
}

export const rescueOf = (s: RescueStore, model: string | null) =>
  s.overview?.rescues.find((r) => r.model === model) ?? null;
