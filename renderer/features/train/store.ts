// The Train page's state: every run main told us about (by id), which one is open, and whether the
// start form is showing. Main owns the truth; this store only mirrors `jobs.list` and `jobs.changed`.
import { create } from 'zustand';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { followForTheApp, onEvent, request } from '../../ipc/client';

type View = { kind: 'list' } | { kind: 'start' } | { kind: 'run'; runId: string };

interface TrainState {
  byId: Record<string, TrainingRun>;
  loaded: boolean;
  view: View;
  runsLoaded(runs: TrainingRun[]): void;
  runChanged(run: TrainingRun): void;
  viewChosen(view: View): void;
}

export const useTrain = create<TrainState>((set) => ({
  byId: {},
  loaded: false,
  view: { kind: 'list' },
  runsLoaded: (runs) =>
    set((s) => ({ loaded: true, byId: { ...s.byId, ...Object.fromEntries(runs.map((r) => [r.id, r])) } })),
  runChanged: (run) => set((s) => ({ byId: { ...s.byId, [run.id]: run } })),
  viewChosen: (view) => set({ view }),
}));

/** Newest first. */
export const selectRuns = (s: TrainState) => Object.values(s.byId).sort((a, b) => b.createdAt - a.createdAt);

export async function loadRuns(): Promise<void> {
  const result = await request('jobs.list', {});
  if (result.ok) useTrain.getState().runsLoaded(result.data);
}

/** For the life of the app once the page has opened: runs keep changing while the user is elsewhere. */
export function followRuns(): void {
  followForTheApp('train.runs', () =>
    onEvent('jobs.changed', ({ run }) => useTrain.getState().runChanged(run)),
  );
}
