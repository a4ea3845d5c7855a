// Typed key tables (no template-string keys: a misspelt key must fail the type check).
import type { FileOutcome, RecordingStatus, RescueSource } from '../../../shared/domain/rescue/types';

export const FILE_STATE_TEXT = {
  saved: 'rescue.recipe.state.saved',
  refused: 'rescue.recipe.state.refused',
  failed: 'rescue.recipe.state.failed',
  none: 'rescue.recipe.state.none',
} as const satisfies Record<FileOutcome['state'], string>;

export const STATUS_TEXT = {
  idle: 'rescue.record.status.idle',
  running: 'rescue.record.status.running',
  paused: 'rescue.record.status.paused',
  cancelled: 'rescue.record.status.cancelled',
  finished: 'rescue.record.status.finished',
  stopped: 'rescue.record.status.stopped',
} as const satisfies Record<RecordingStatus, string>;

export const SOURCE_TEXT = {
  sample: 'rescue.page.source.sample',
  openai: 'rescue.page.source.openai',
} as const satisfies Record<RescueSource, string>;

export const CANDIDATE_TEXT = {
  base: 'rescue.check.candidate.base',
  'few-shot': 'rescue.check.candidate.few-shot',
} as const;
