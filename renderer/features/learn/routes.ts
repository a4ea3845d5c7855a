// The pages the Learn page can send people to. These are the app shell's route ids; the shell passes
// an `onNavigate` that switches pages. Kept in one place so a renamed route is one edit.
import type { StepId } from './content';

/** `evidence`: "Decide with evidence", offered after the questionnaire's recommendation (issue 16 §5). */
export type LearnRoute = 'examples' | 'train' | 'try' | 'evidence';

/** Which page does each fine-tuning step. Upload happens when a training job is started. */
export const STEP_ROUTES: Record<StepId, LearnRoute> = {
  prepare: 'examples',
  upload: 'train',
  train: 'train',
  use: 'try',
};
