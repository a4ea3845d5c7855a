// Undo/redo as a command history: each entry holds the change that was made and the one that reverses it
// (example patches, a split, settings: see changes.ts). Typing in one field is merged into one entry while the
// edits keep coming, so Ctrl+Z undoes a word-run, not a single letter.
import { create } from 'zustand';
import type { ProjectChange } from './changes';

export interface HistoryEntry {
  forward: ProjectChange;
  backward: ProjectChange;
  /** Edits with the same key within MERGE_MS are one entry (e.g. "ex-1:turn-2:content"). */
  mergeKey?: string;
  at: number;
}

export const MERGE_MS = 1500;
/** Bounded so a long session cannot grow memory without end. */
export const MAX_HISTORY = 200;

interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
  recorded(entry: HistoryEntry): void;
  undone(): HistoryEntry | undefined;
  redone(): HistoryEntry | undefined;
  cleared(): void;
}

export const useHistory = create<HistoryState>()((set, get) => ({
  past: [],
  future: [],
  recorded: (entry) =>
    set((s) => {
      const top = s.past[s.past.length - 1];
      if (top && entry.mergeKey && top.mergeKey === entry.mergeKey && entry.at - top.at < MERGE_MS) {
        // Keep the oldest way back and the newest way forward.
        const merged = { ...entry, backward: top.backward };
        return { past: [...s.past.slice(0, -1), merged], future: [] };
      }
      return { past: [...s.past, entry].slice(-MAX_HISTORY), future: [] };
    }),
  undone: () => {
    const entry = get().past[get().past.length - 1];
    if (entry) set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
    return entry;
  },
  redone: () => {
    const entry = get().future[get().future.length - 1];
    if (entry) set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
    return entry;
  },
  cleared: () => set({ past: [], future: [] }),
}));
