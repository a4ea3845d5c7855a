// The open project as the renderer sees it. Every change goes through `edit`: applied here at once (the
// screen never waits), recorded for undo, and sent to main as the same patch, where autosave writes it
// within a second. Patches go out one at a time in order, so main applies them in the order made.
// A project arrives in pages (shared/domain/projects/paging.ts): the first with the metadata, the rest
// appended as they come. Editing the examples already here is safe meanwhile: main reads the later pages
// from the examples as they were at open, and a patch only names examples the window already has.
import { create } from 'zustand';
import type { ExamplesPage, OpenedProject } from '../../../../shared/domain/projects/paging';
import { applyPatch, isEmptyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { IpcError, Result } from '../../../../shared/ipc/errors';
import type { SplitSettings } from '../../../../shared/domain/projects/split';
import {
  promptForAll,
  systemPromptsOf,
  withSystemPrompts,
} from '../../../../shared/domain/projects/systemPrompts';
import type { ProjectExample, ProjectMeta, StoredReport } from '../../../../shared/domain/projects/types';
import { request } from '../../../ipc/client';
import { useHistory } from './history';
import { lettersOf, previousSettings, type ProjectChange, type ProjectSettings } from './changes';
import { partsFromLetters, withParts } from '../../../../shared/domain/projects/partLetters';

export type SaveState = 'saved' | 'saving' | 'failed';

interface ProjectState {
  meta: ProjectMeta | null;
  examples: ProjectExample[];
  recovered: OpenedProject['recovered'];
  /** Examples that could not be read when the project opened (set aside, not deleted). */
  setAside: number;
  /** Set while later pages of the project are still arriving. */
  loading: { loaded: number; total: number } | null;
  selectedId: string | null;
  /** id → 0-based position; rebuilt only when examples are added, removed or reordered, not on edits. */
  positions: Map<string, number>;
  save: SaveState;
  error: IpcError | null;
  /** Shows the first page at once and fetches the rest in the background. */
  opened(project: OpenedProject): void;
  closed(): void;
  metaChanged(meta: ProjectMeta): void;
  reportChanged(report: StoredReport): void;
  selected(id: string | null): void;
  edit(patch: ExamplesPatch, mergeKey?: string): void;
  /** Gives every example its part (letters from partLetters) under these split settings; undoable. */
  split(letters: string, split: SplitSettings): void;
  /** Provider, model or epochs; undoable. */
  changeSettings(settings: ProjectSettings): void;
  /** "Apply one system prompt to all"; undoable. Returns how many examples changed. */
  systemPromptForAll(prompt: string): number;
  undo(): void;
  redo(): void;
}

let outbox: Promise<unknown> = Promise.resolve();
/** Bumped on every open and close, so pages of a project left behind are dropped on arrival. */
let generation = 0;

const positionsOf = (examples: readonly ProjectExample[]) => new Map(examples.map((e, i) => [e.id, i]));
/** The last check no longer describes the examples once they change. */
const staleReport = (meta: ProjectMeta) =>
  meta.report && !meta.report.stale ? { ...meta.report, stale: true } : meta.report;

export const useProject = create<ProjectState>()((set, get) => {
  /** Queues a request for main behind every earlier one, so main applies changes in the order made. */
  const send = (id: string, call: () => Promise<Result<unknown>>) => {
    set({ save: 'saving' });
    outbox = outbox.then(async () => {
      const sent = await call();
      if (get().meta?.id !== id) return;
      if (sent.ok) set({ save: 'saved' });
      else set({ save: 'failed', error: sent.error });
    });
  };

  /** Applies a patch locally and queues it for main; returns the inverse for the history. */
  const applyExamplesPatch = (meta: ProjectMeta, patch: ExamplesPatch): ExamplesPatch | null => {
    if (isEmptyPatch(patch)) return null;
    const { examples, positions } = get();
    const result = applyPatch(examples, patch, (id) => positions.get(id));
    const reordered = !!patch.remove?.length || !!patch.insert?.length;
    // Counted as a change, not as the length here: while pages arrive, this copy is not the whole project.
    const exampleCount = meta.exampleCount + result.examples.length - examples.length;
    const report = staleReport(meta);
    set({
      examples: result.examples,
      positions: reordered ? positionsOf(result.examples) : positions,
      // The meta object changes only when something shown from it changes, so typing re-renders less.
      meta:
        report === meta.report && exampleCount === meta.exampleCount
          ? meta
          : { ...meta, report, exampleCount },
    });
    send(meta.id, () => request('projects.patch', { id: meta.id, patch }));
    return result.inverse;
  };

  /** Applies any change locally, queues it for main and returns its reverse (null when nothing changed). */
  const apply = (change: ProjectChange): ProjectChange | null => {
    const { meta, examples } = get();
    if (!meta) return null;
    switch (change.kind) {
      case 'patch': {
        const inverse = applyExamplesPatch(meta, change.patch);
        return inverse ? { kind: 'patch', patch: inverse } : null;
      }
      case 'parts': {
        // A split needs every example: the buttons that make one wait until all pages are here.
        if (get().loading || change.letters.length !== examples.length) return null;
        const back: ProjectChange = { kind: 'parts', letters: lettersOf(examples), split: meta.split };
        set({
          examples: withParts(examples, partsFromLetters(change.letters)),
          meta: { ...meta, split: change.split, report: staleReport(meta) },
        });
        const { letters, split } = change;
        send(meta.id, () => request('projects.assignParts', { id: meta.id, letters, split }));
        return back;
      }
      case 'systemPrompts': {
        // Like a split, it speaks of every example, so it waits until all pages are here.
        if (get().loading) return null;
        const back: ProjectChange = { kind: 'systemPrompts', state: systemPromptsOf(examples) };
        const result = withSystemPrompts(examples, change.state);
        if (!result || result.changed === 0) return null;
        set({ examples: result.examples, meta: { ...meta, report: staleReport(meta) } });
        const { prompts, which, whole } = change.state;
        send(meta.id, () => request('projects.setSystemPrompts', { id: meta.id, prompts, which, whole }));
        return back;
      }
      case 'settings': {
        const back: ProjectChange = { kind: 'settings', settings: previousSettings(meta, change.settings) };
        set({ meta: { ...meta, ...change.settings } });
        send(meta.id, () => request('projects.settings', { id: meta.id, ...change.settings }));
        return back;
      }
    }
  };

  const record = (change: ProjectChange, mergeKey?: string) => {
    const backward = apply(change);
    if (backward) useHistory.getState().recorded({ forward: change, backward, mergeKey, at: Date.now() });
  };

  /** Fetches the pages after the first, one at a time, appending each as it comes. */
  const loadRest = async (id: string, first: string, current: number) => {
    let cursor: string | undefined = first;
    while (cursor) {
      const page: Result<ExamplesPage> = await request('projects.page', { cursor });
      if (current !== generation) return;
      if (!page.ok && page.error.code !== 'not_found') {
        set({ loading: null, error: page.error, save: 'failed' });
        return;
      }
      if (!page.ok) {
        // The reading expired (another open replaced it): read the project again from main, which has
        // every edit made meanwhile. Undo history goes, since it names the copy being replaced.
        const again = await request('projects.open', { id });
        if (current !== generation) return;
        if (again.ok) get().opened(again.data);
        else set({ loading: null, error: again.error, save: 'failed' });
        return;
      }
      const { examples, positions, loading } = get();
      const next = examples.concat(page.data.examples);
      const grown = new Map(positions);
      page.data.examples.forEach((e, i) => grown.set(e.id, examples.length + i));
      cursor = page.data.next?.cursor;
      set({
        examples: next,
        positions: grown,
        loading:
          cursor && loading ? { ...loading, loaded: loading.loaded + page.data.examples.length } : null,
      });
    }
  };

  return {
    meta: null,
    examples: [],
    recovered: undefined,
    setAside: 0,
    loading: null,
    selectedId: null,
    positions: new Map(),
    save: 'saved',
    error: null,
    opened: (project) => {
      useHistory.getState().cleared();
      const current = ++generation;
      set({
        meta: project.meta,
        examples: project.examples,
        positions: positionsOf(project.examples),
        recovered: project.recovered,
        setAside: project.setAside ?? 0,
        loading: project.next ? { loaded: project.examples.length, total: project.next.total } : null,
        selectedId: project.examples[0]?.id ?? null,
        save: 'saved',
        error: null,
      });
      if (project.next) void loadRest(project.meta.id, project.next.cursor, current);
    },
    closed: () => {
      useHistory.getState().cleared();
      generation += 1;
      set({
        meta: null,
        examples: [],
        positions: new Map(),
        selectedId: null,
        recovered: undefined,
        setAside: 0,
        loading: null,
      });
    },
    metaChanged: (meta) => set({ meta }),
    reportChanged: (report) => set((s) => (s.meta ? { meta: { ...s.meta, report } } : {})),
    selected: (selectedId) => set({ selectedId }),
    edit: (patch, mergeKey) => record({ kind: 'patch', patch }, mergeKey),
    split: (letters, split) => record({ kind: 'parts', letters, split }),
    changeSettings: (settings) => record({ kind: 'settings', settings }),
    systemPromptForAll: (prompt) => {
      const before = get().examples;
      record({ kind: 'systemPrompts', state: promptForAll(before, prompt) });
      const after = get().examples;
      return before === after ? 0 : after.filter((e, i) => e !== before[i]).length;
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
