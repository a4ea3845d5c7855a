// One look at one job: its state, the events since the stored cursor, and the checkpoints when a new
// one was announced (or the job ended). Everything new is merged into the stored run (events by id,
// metrics by step, so a repeated page can never duplicate anything) and saved before anyone is told.
import { isTerminal } from '../../../../shared/domain/providers/status';
import type {
  JobSnapshot,
  MetricPoint,
  RunEvent,
  TrainingRun,
} from '../../../../shared/domain/training/types';
import type { FineTuningProvider, ProviderEvent, ProviderJob, TrainingProgress } from '../providers/Provider';

/** Message events kept per run; a long job's early chatter gives way to its latest news. */
export const KEPT_EVENTS = 400;
const PAGE = 100;
/** Pages read per look; a job this chatty between two looks is caught up over the next ones. */
const MAX_PAGES = 20;

export function snapshotOf(job: ProviderJob): JobSnapshot {
  return {
    id: job.id,
    status: job.status.status,
    rawStatus: job.status.raw,
    pending: job.status.pending ?? null,
    baseModel: job.baseModel,
    fineTunedModel: job.fineTunedModel,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    estimatedFinishAt: job.estimatedFinishAt,
    trainedTokens: job.trainedTokens,
    epochs: job.epochs,
    error: job.error,
  };
}

/**
 * Events newer than `cursor`, oldest first. Providers list newest first and page towards older ones,
 * so reading stops at the cursor: only what is new crosses the network.
 */
export async function eventsSince(
  provider: FineTuningProvider,
  jobId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ProviderEvent[]> {
  const fresh: ProviderEvent[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await provider.listEvents(
      jobId,
      { limit: PAGE, ...(after ? { after } : {}) },
      signal ? { signal } : {},
    );
    for (const event of answer.data) {
      if (event.id === cursor) return fresh.reverse();
      fresh.push(event);
    }
    after = answer.data.at(-1)?.id;
    if (!answer.hasMore || !after) break;
  }
  return fresh.reverse();
}

const STEP = /Step (\d+)\/(\d+)/i;
const FULL_VALID = /full validation loss=([\d.]+)/i;

/** Merges new events into a run: messages by id, metrics by step, progress from "Step i/N". */
export function mergeEvents(run: TrainingRun, fresh: readonly ProviderEvent[]): TrainingRun {
  if (fresh.length === 0) return run;
  const known = new Set(run.events.map((e) => e.id));
  const events: RunEvent[] = [...run.events];
  const metrics = new Map<number, MetricPoint>(run.metrics.map((m) => [m.step, m]));
  let progress = run.progress;
  for (const event of fresh) {
    const step = STEP.exec(event.message);
    if (step) {
      const at = { step: Number(step[1]), totalSteps: Number(step[2]) };
      if (!progress || at.step >= progress.step) progress = at;
    }
    if (event.metrics) {
      // The epoch-end "full validation loss" is in the message (OpenAI: 2 decimals), not in the mapped point.
      const full = FULL_VALID.exec(event.message);
      metrics.set(
        event.metrics.step,
        full ? { ...event.metrics, fullValidLoss: Number(full[1]) } : event.metrics,
      );
      continue;
    }
    if (known.has(event.id)) continue;
    known.add(event.id);
    events.push({ id: event.id, createdAt: event.createdAt, level: event.level, message: event.message });
  }
  return {
    ...run,
    events: events.slice(-KEPT_EVENTS),
    metrics: [...metrics.values()].sort((a, b) => a.step - b.step),
    progress,
    eventCursor: fresh.at(-1)?.id ?? run.eventCursor,
  };
}

/** Progress only moves forward; loss points are merged by step (a repeated read never duplicates one). */
export function withProgress(run: TrainingRun, read: TrainingProgress): TrainingRun {
  const progress =
    read.step && (!run.progress || read.step.step >= run.progress.step) ? read.step : run.progress;
  const metrics = new Map<number, MetricPoint>(run.metrics.map((m) => [m.step, m]));
  for (const point of read.metrics) metrics.set(point.step, { ...metrics.get(point.step), ...point });
  return { ...run, progress, metrics: [...metrics.values()].sort((a, b) => a.step - b.step) };
}

export interface LookOutcome {
  run: TrainingRun;
  ended: boolean;
  statusChanged: boolean;
}

/** Asks the provider about a run's job and returns the updated run (not yet saved). */
export async function lookAtJob(
  provider: FineTuningProvider,
  run: TrainingRun,
  signal?: AbortSignal,
): Promise<LookOutcome> {
  const previous = run.job;
  if (!previous) return { run, ended: false, statusChanged: false };
  const options = signal ? { signal } : {};
  const job = await provider.getJob(previous.id, options);
  const fresh = await eventsSince(provider, job.id, run.eventCursor, signal);
  const ended = isTerminal(job.status.status);
  let next = mergeEvents({ ...run, job: snapshotOf(job) }, fresh);
  // A provider that reports progress and loss apart from its events (Together) is asked while it trains
  // and once more at the end, so the job view's step and loss chart show for it too.
  if (provider.trainingProgress && (job.status.status === 'running' || ended))
    next = withProgress(next, await provider.trainingProgress(job.id, options));
  const checkpointNews = fresh.some((e) => /checkpoint/i.test(e.message));
  if (checkpointNews || (ended && job.status.status === 'succeeded')) {
    const checkpoints = await provider.listCheckpoints(job.id, options);
    next = { ...next, checkpoints: [...checkpoints].sort((a, b) => a.step - b.step) };
  }
  const statusChanged =
    previous.status !== job.status.status || previous.pending !== (job.status.pending ?? null);
  return { run: next, ended, statusChanged };
}
