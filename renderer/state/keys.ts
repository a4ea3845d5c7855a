// What the renderer knows about keys: KeyStatus only. There is no field here a key could be put in.
import { create } from 'zustand';
import type { KeyStatus } from '../../shared/domain/keys';
import { onEvent, request } from '../ipc/client';

interface KeysState {
  keys: KeyStatus[];
  loaded: boolean;
  statusReceived(keys: KeyStatus[]): void;
}

export const useKeys = create<KeysState>((set) => ({
  keys: [],
  loaded: false,
  statusReceived: (keys) => set({ keys, loaded: true }),
}));

export async function loadKeys(): Promise<void> {
  const result = await request('keys.status', {});
  if (result.ok) useKeys.getState().statusReceived(result.data);
}

export function followKeyChanges(): () => void {
  return onEvent('keys.changed', ({ keys }) => useKeys.getState().statusReceived(keys));
}
