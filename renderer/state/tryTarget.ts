// Which model the Try page should open with: set by "try this checkpoint" on the Train page and read by
// the Try feature. A tiny shared store because features never import each other (architecture §7).
import { create } from 'zustand';

interface TryTargetState {
  /** A fine-tuned model or checkpoint id (`ft:…`), or null when the user has not picked one. */
  model: string | null;
  /** Where it came from, so Try can say "checkpoint at step 48 of job …". */
  origin: { runId: string; step: number | null } | null;
  targetChosen(model: string, origin: { runId: string; step: number | null }): void;
  targetCleared(): void;
}

export const useTryTarget = create<TryTargetState>((set) => ({
  model: null,
  origin: null,
  targetChosen: (model, origin) => set({ model, origin }),
  targetCleared: () => set({ model: null, origin: null }),
}));
