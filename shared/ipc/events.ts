// Main → renderer events, named in the past tense for what happened. Payloads carry data, never text.
import type { KeyStatus } from '../domain/keys';
import type { ReplyFigures, TestRunStatus } from '../domain/tryout/types';
import type { IpcError } from './errors';
import type { ProviderSummary } from './schemas/providers';
import type { TrainingRun } from '../domain/training/types';
import type { RescueState } from '../domain/rescue/types';
import type { DeploymentRecord } from '../domain/deployments/types';
import type { NotesUsed } from '../domain/notes/types';
import type { EvidenceStatus } from '../domain/evidence/types';

export interface EventMap {
  'keys.changed': { keys: KeyStatus[] };
  'network.changed': { online: boolean };
  /** Which providers are connected and which one new work goes to (drives the Practice mode badge). */
  'providers.changed': { providers: ProviderSummary[] };
  /** Examples page (issue 5): a running import or check moved on; `done`/`total` are bytes or examples. */
  'examples.progressed': { taskId: string; phase: 'import' | 'check'; done: number; total: number };
  /** Try page (issue 7): text of a streaming reply arrived; `runId` from tryout.chatSend / tryout.compare. */
  'tryout.replyStreamed': { runId: string; text: string };
  'tryout.replyFinished': {
    runId: string;
    /** The saved conversation the reply was added to (chat only). */
    conversationId: string | null;
    outcome:
      | { ok: true; text: string; figures: ReplyFigures | null; stopped: boolean; notes?: NotesUsed }
      | { ok: false; error: IpcError };
  };
  'tryout.testProgressed': { testRunId: string; done: number; total: number; status: TestRunStatus };
  /** Train page (issue 6): a run was saved with news (upload progress, job state, events, checkpoints). */
  'jobs.changed': { run: TrainingRun };
  /** Rescue (issue 13): a retiring model's rescue moved on (recipe saved, answers recorded, report made). */
  'rescue.changed': { rescue: RescueState };
  /** A deployment was saved with news (requested, state, stopped, used). */
  'deployments.changed': { deployment: DeploymentRecord };
  /** "Save the trained weights" wrote more bytes (issue 14). */
  'weights.progressed': { model: string; file: string; doneBytes: number; totalBytes: number };
  /** Notes (issue 16): embedding a collection moved on; `done`/`total` are passages, `tokens` billed so far. */
  'notes.progressed': {
    projectId: string;
    collectionId: string;
    done: number;
    total: number;
    tokens: number;
  };
  /** Decide with evidence (issue 16 §5): a run answered one more question with one approach. */
  'evidence.progressed': {
    projectId: string;
    runId: string;
    done: number;
    total: number;
    status: EvidenceStatus;
  };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'keys.changed',
  'network.changed',
  'providers.changed',
  'examples.progressed',
  'tryout.replyStreamed',
  'tryout.replyFinished',
  'tryout.testProgressed',
  'jobs.changed',
  'rescue.changed',
  'deployments.changed',
  'weights.progressed',
  'notes.progressed',
  'evidence.progressed',
];
