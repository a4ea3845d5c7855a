// The practice service's brain: the deterministic, data-driven behaviour behind the simulated OpenAI
// API (what practice models say, embeddings, moderation, training curves). No HTTP, no storage, no
// clock: the HTTP layer in ../ owns those and calls in here. Every function is a pure function of its
// inputs and seed, so tests and screenshots are reproducible.
export { replyFor, replyWithFinish, type PracticeModel, type ReplyOptions } from './reply';
export type { Truncated as ReplyWithFinish } from './truncate';
export { embed, DEFAULT_EMBEDDING_DIMENSIONS } from './embed';
export {
  moderate,
  MODERATION_CATEGORIES,
  type ModerationCategory,
  type ModerationResult,
} from './moderation';
export {
  trainingCurve,
  totalSteps,
  expectedLosses,
  type TrainingCurveInput,
  type TrainingCurvePoint,
} from './trainingCurve';
export { detectLanguage, type PracticeLanguage } from './language';
export { asksWhatItIs } from './identity';
