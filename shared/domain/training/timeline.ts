// The job's life in the words a non-developer uses: sending your data → checking your file → waiting in
// line → training, step i of N → done. Providers name their states differently (normalized in
// providers/status.ts); this maps the normalized state plus what the run knows onto those few stages,
// each with a state the view draws (done, current, upcoming, failed).
import type { TrainingRun } from './types';

export const TIMELINE_STAGES = ['upload', 'checking', 'waiting', 'training', 'done'] as const;
export type TimelineStage = (typeof TIMELINE_STAGES)[number];
export type StageState = 'done' | 'current' | 'upcoming' | 'failed' | 'cancelled' | 'paused';

export interface TimelineStep {
  stage: TimelineStage;
  state: StageState;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The one stage that is happening now (or where the run ended). */
  current: TimelineStage;
  outcome: 'running' | 'succeeded' | 'failed' | 'cancelled' | 'paused' | 'stopped';
  /** Training progress when known: step i of N. */
  step: { step: number; totalSteps: number } | null;
}

const order = (stage: TimelineStage) => TIMELINE_STAGES.indexOf(stage);

/** Which stage a failed job died in: a bad file fails while checking, anything else while training. */
function failedStage(run: TrainingRun): TimelineStage {
  if (run.progress && run.progress.step > 0) return 'training';
  if (run.job?.error?.param === 'training_file' || run.job?.error?.param === 'validation_file')
    return 'checking';
  const started = run.events.some((e) => /started|queued/i.test(e.message));
  return started ? 'training' : 'checking';
}

export function timelineOf(run: TrainingRun): Timeline {
  let current: TimelineStage;
  let outcome: Timeline['outcome'] = 'running';
  if (run.phase === 'uploading' || run.phase === 'creating') current = 'upload';
  else if (run.phase === 'stopped') {
    current = 'upload';
    outcome = 'stopped';
  } else {
    switch (run.job?.status) {
      case 'validating':
        current = 'checking';
        break;
      case 'queued':
        current = 'waiting';
        break;
      case 'running':
        current = 'training';
        break;
      case 'paused':
        current = 'training';
        outcome = 'paused';
        break;
      case 'succeeded':
        current = 'done';
        outcome = 'succeeded';
        break;
      case 'failed':
        current = failedStage(run);
        outcome = 'failed';
        break;
      case 'cancelled':
        current = run.progress && run.progress.step > 0 ? 'training' : 'waiting';
        outcome = 'cancelled';
        break;
      default:
        current = 'checking';
    }
  }
  const endState: StageState =
    outcome === 'failed' || outcome === 'stopped'
      ? 'failed'
      : outcome === 'cancelled'
        ? 'cancelled'
        : outcome === 'paused'
          ? 'paused'
          : outcome === 'succeeded'
            ? 'done'
            : 'current';
  const steps = TIMELINE_STAGES.map((stage): TimelineStep => {
    if (order(stage) < order(current)) return { stage, state: 'done' };
    if (stage === current) return { stage, state: endState };
    return { stage, state: 'upcoming' };
  });
  return { steps, current, outcome, step: run.progress };
}

/**
 * When the job should be done: the provider's own estimate when it gives one, otherwise the pace of
 * the steps so far (time per step × steps left). Null before training has produced two steps.
 */
export function estimatedFinish(run: TrainingRun, now: number): number | null {
  if (run.job?.status !== 'running') return null;
  if (run.job.estimatedFinishAt) return run.job.estimatedFinishAt;
  const progress = run.progress;
  const started = run.events.find((e) => /started/i.test(e.message))?.createdAt;
  if (!progress || started === undefined || progress.step < 2 || progress.step >= progress.totalSteps)
    return null;
  const perStep = (now - started) / progress.step;
  return Math.round(now + perStep * (progress.totalSteps - progress.step));
}
