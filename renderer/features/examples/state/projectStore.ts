// The open project as the renderer sees it. Every change goes through `edit`: applied here at once (the
// screen never waits), recorded for undo, and sent to main as the same patch, where autosave writes it
// within a second. Patches go out one at a time in order, so main applies them in the order made.
import { create } from 'zustand';
import { applyPatch, isEmptyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { IpcError } from '../../../../shared/ipc/errors';
import type {
  OpenProject,
  ProjectExample,
  ProjectMeta,
  StoredReport,
} from '../../../../shared/domain/projects/types';
import { request } from '../../../ipc/client';
import { useHistory } from './history';

export type SaveState = 'saved' | 'saving' | 'failed';

interface ProjectState {
  meta: ProjectMeta | null;
  examples: ProjectExample[];
  recovered: OpenProject['recovered'];
  selectedId: string | null;
  /** id → 0-based position; rebuilt only when examples are added, removed or reordered, not on edits. */
  positions: Map<string, number>;
  save: SaveState;
  error: IpcError | null;
  opened(project: OpenProject): void;
  closed(): void;
  metaChanged(meta: ProjectMeta): void;
  reportChanged(report: StoredReport): void;
  selected(id: string | null): void;
  /** Examples replaced wholesale by main (split, import into this project): no undo entry. */
  examplesReplaced(examples: ProjectExample[], meta?: ProjectMeta): void;
  edit(patch: ExamplesPatch, mergeKey?: string): void;
  undo(): void;
  redo(): void;
}

let outbox: Promise<unknown> = Promise.resolve();

const positionsOf = (examples: readonly ProjectExample[]) => new Map(examples.map((e, i) => [e.id, i]));

export const useProject = create<ProjectState>()((set, get) => {
  /** Applies a patch locally and queues it for main; returns the inverse for the history. */
  const apply = (patch: ExamplesPatch): ExamplesPatch | null => {
    const { meta, examples } = get();
    if (!meta || isEmptyPatch(patch)) return null;
    const positions = get().positions;
    const result = applyPatch(examples, patch, (id) => positions.get(id));
    const report = meta.report && !meta.report.stale ? { ...meta.report, stale: true } : meta.report;
    const reordered = !!patch.remove?.length || !!patch.insert?.length;
    set({
      examples: result.examples,
      positions: reordered ? positionsOf(result.examples) : positions,
      // The meta object changes only when something shown from it changes, so typing re-renders less.
      meta:
        report === meta.report && result.examples.length === meta.exampleCount
          ? meta
          : { ...meta, report, exampleCount: result.examples.length },
      save: 'saving',
    });
    const id = meta.id;
    outbox = outbox.then(async () => {
      const sent = await request('projects.patch', { id, patch });
      if (get().meta?.id !== id) return;
      if (sent.ok) set({ save: 'saved' });
      else set({ save: 'failed', error: sent.error });
    });
    return result.inverse;
  };

  return {
    meta: null,
    examples: [],
    recovered: undefined,
    selectedId: null,
    positions: new Map(),
    save: 'saved',
    error: null,
    opened: (project) => {
      useHistory.getState().cleared();
      set({
        meta: project.meta,
        examples: project.examples,
        positions: positionsOf(project.examples),
        recovered: project.recovered,
        selectedId: project.examples[0]?.id ?? null,
        save: 'saved',
        error: null,
      });
    },
    closed: () => {
      useHistory.getState().cleared();
      set({ meta: null, examples: [], positions: new Map(), selectedId: null, recovered: undefined });
    },
    metaChanged: (meta) => set({ meta }),
    reportChanged: (report) => set((s) => (s.meta ? { meta: { ...s.meta, report } } : {})),
    selected: (selectedId) => set({ selectedId }),
    examplesReplaced: (examples, meta) =>
      set((s) => ({ examples, positions: positionsOf(examples), meta: meta ?? s.meta })),
    edit: (patch, mergeKey) => {
      const backward = apply(patch);
      if (backward) useHistory.getState().recorded({ forward: patch, backward, mergeKey, at: Date.now() });
    },
    undo: () => {
      const entry = useHistory.getState().undone();
      if (entry) apply(entry.backward);
    },
    redo: () => {
      const entry = useHistory.getState().redone();
      if (entry) apply(entry.forward);
    },
  };
});

/** Resolves once every patch sent so far has been answered (before a check or export reads main's copy). */
export const patchesSettled = () => outbox;
