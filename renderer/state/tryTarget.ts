// Which model the user asked to try from elsewhere (a checkpoint's or a finished run's "try this" link on
// the Train page). Shared state, not a feature import: Train sets it, Try reads and uses it.
import { create } from 'zustand';

interface TryTargetState {
  model: string | null;
  chosen(model: string | null): void;
}

export const useTryTarget = create<TryTargetState>((set) => ({
  model: null,
  chosen: (model) => set({ model }),
}));
