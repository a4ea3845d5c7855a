// The Try page's state: the overview (projects, models), the chosen project and set-ups, and the text of
// every streaming reply by run id. Streamed text arrives as events from main; `followTryEvents` wires
// them in once for the life of the app (the first time the page opens), so a reply that finishes while
// the user is on another page is finished when they come back, not busy forever.
import { create } from 'zustand';
import { baseModelOf } from '../../../shared/domain/pricing/catalog';
import type { NamedRun } from '../../../shared/domain/tryout/modelName';
import type { ReplyFigures, Setup } from '../../../shared/domain/tryout/types';
import type { IpcError } from '../../../shared/ipc/errors';
import type { TryOverview, TryProjectView } from '../../../shared/ipc/schemas/tryout';
import { followForTheApp, onEvent, request } from '../../ipc/client';

export interface RunState {
  text: string;
  done: boolean;
  stopped: boolean;
  figures: ReplyFigures | null;
  error: IpcError | null;
}

interface TryState {
  overview: TryOverview | null;
  projectId: string | null;
  project: TryProjectView | null;
  setups: Setup[];
  runs: Record<string, RunState>;
  /** Training runs main knows, so models are shown by the name the user gave their run (modelName.ts). */
  trainingRuns: (NamedRun & { id: string })[];
  error: IpcError | null;
  /** The last side-by-side message and its runs, and the last test run: kept across tab switches. */
  comparison: { question: string; runs: { setupId: string; runId: string }[] } | null;
  testRunId: string | null;
  compared(question: string, runs: { setupId: string; runId: string }[]): void;
  testStarted(testRunId: string): void;
  overviewLoaded(overview: TryOverview): void;
  trainingRunsLoaded(runs: (NamedRun & { id: string })[]): void;
  trainingRunChanged(run: NamedRun & { id: string }): void;
  projectChosen(projectId: string, project: TryProjectView, preferredModel: string | null): void;
  projectRefreshed(project: TryProjectView): void;
  setupEdited(setup: Setup): void;
  setupsReplaced(setups: Setup[]): void;
  runStarted(runId: string): void;
  textStreamed(runId: string, text: string): void;
  runFinished(runId: string, outcome: Partial<RunState>): void;
  failed(error: IpcError | null): void;
}

/**
 * A model chosen elsewhere ("try this checkpoint" on the Train page) becomes set-up A, and the base-model
 * set-ups use the model it was trained from, so the comparison stays fine-tuned vs. its own base.
 */
export function withPreferredModel(
  defaults: Setup[],
  preferred: string | null,
  systemPrompt: string,
): Setup[] {
  if (!preferred) return defaults;
  const base = baseModelOf(preferred);
  const rest = defaults
    .filter((s) => s.kind !== 'fine-tuned')
    .map((s) => (preferred.startsWith('ft:') ? { ...s, model: base } : s));
  const fineTuned = defaults.find((s) => s.kind === 'fine-tuned');
  const first: Setup = fineTuned
    ? { ...fineTuned, model: preferred }
    : {
        id: 'a',
        kind: 'fine-tuned',
        model: preferred,
        systemPrompt,
        fewShotCount: 0,
        temperature: 1,
        maxTokens: null,
      };
  return [first, ...rest];
}

export const emptyRun: RunState = { text: '', done: false, stopped: false, figures: null, error: null };

export const useTry = create<TryState>((set) => ({
  overview: null,
  projectId: null,
  project: null,
  setups: [],
  runs: {},
  trainingRuns: [],
  error: null,
  comparison: null,
  testRunId: null,
  compared: (question, runs) =>
    set((s) => ({
      comparison: { question, runs },
      runs: {
        ...s.runs,
        ...Object.fromEntries(runs.map((r) => [r.runId, s.runs[r.runId] ?? { ...emptyRun }])),
      },
    })),
  testStarted: (testRunId) => set({ testRunId }),
  overviewLoaded: (overview) => set({ overview }),
  trainingRunsLoaded: (trainingRuns) => set({ trainingRuns }),
  trainingRunChanged: (run) =>
    set((s) => ({ trainingRuns: [run, ...s.trainingRuns.filter((r) => r.id !== run.id)] })),
  projectChosen: (projectId, project, preferredModel) =>
    set({
      projectId,
      project,
      setups: withPreferredModel(project.defaultSetups, preferredModel, project.systemPrompt),
    }),
  projectRefreshed: (project) => set({ project }),
  setupEdited: (setup) => set((s) => ({ setups: s.setups.map((x) => (x.id === setup.id ? setup : x)) })),
  setupsReplaced: (setups) => set({ setups }),
  // Text may stream in before the route answers with the run id; keep what already arrived.
  runStarted: (runId) => set((s) => ({ runs: { ...s.runs, [runId]: s.runs[runId] ?? { ...emptyRun } } })),
  textStreamed: (runId, text) =>
    set((s) => {
      const run = s.runs[runId] ?? emptyRun;
      return { runs: { ...s.runs, [runId]: { ...run, text: run.text + text } } };
    }),
  runFinished: (runId, outcome) =>
    set((s) => ({
      runs: { ...s.runs, [runId]: { ...(s.runs[runId] ?? emptyRun), ...outcome, done: true } },
    })),
  failed: (error) => set({ error }),
}));

export function followTryEvents(): void {
  followForTheApp('try', subscribeTryEvents);
}

function subscribeTryEvents(): () => void {
  const offText = onEvent('tryout.replyStreamed', ({ runId, text }) =>
    useTry.getState().textStreamed(runId, text),
  );
  const offDone = onEvent('tryout.replyFinished', ({ runId, outcome }) =>
    useTry
      .getState()
      .runFinished(
        runId,
        outcome.ok
          ? { text: outcome.text, figures: outcome.figures, stopped: outcome.stopped }
          : { error: outcome.error },
      ),
  );
  // A run that finishes while Try is open brings its model's name with it.
  const offJobs = onEvent('jobs.changed', ({ run }) => useTry.getState().trainingRunChanged(run));
  return () => {
    offText();
    offDone();
    offJobs();
  };
}

export async function loadOverview(): Promise<void> {
  void loadTrainingRuns();
  const result = await request('tryout.overview', {});
  if (result.ok) useTry.getState().overviewLoaded(result.data);
  else useTry.getState().failed(result.error);
}

/** Names only: when the list cannot be read, models are shown by the name inside their id instead. */
export async function loadTrainingRuns(): Promise<void> {
  const result = await request('jobs.list', {});
  if (result.ok) useTry.getState().trainingRunsLoaded(result.data);
}

export async function chooseProject(projectId: string, preferredModel: string | null): Promise<void> {
  const result = await request('tryout.project', { projectId });
  if (result.ok) useTry.getState().projectChosen(projectId, result.data, preferredModel);
  else useTry.getState().failed(result.error);
}

export async function refreshProject(): Promise<void> {
  const { projectId } = useTry.getState();
  if (!projectId) return;
  const result = await request('tryout.project', { projectId });
  if (result.ok) useTry.getState().projectRefreshed(result.data);
}
