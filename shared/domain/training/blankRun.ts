// The parts of a training run that nothing has filled in yet: a run starts this way in TrainingService,
// and tests build runs from the same starting point so the two cannot drift apart.
import type { TrainingRun } from './types';

type Unfilled =
  | 'stopReason'
  | 'startError'
  | 'upload'
  | 'files'
  | 'job'
  | 'progress'
  | 'eventCursor'
  | 'events'
  | 'metrics'
  | 'checkpoints'
  | 'notified'
  | 'imported';

/** Fresh objects each call: runs are updated by copying, but their lists must never be shared. */
export const blankRunState = (): Pick<TrainingRun, Unfilled> => ({
  stopReason: null,
  startError: null,
  upload: null,
  files: { train: null, validation: null },
  job: null,
  progress: null,
  eventCursor: null,
  events: [],
  metrics: [],
  checkpoints: [],
  notified: false,
  imported: false,
});
