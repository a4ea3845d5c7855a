// The rescue flow's vocabulary (issue 13), shared by main (which talks to the retiring account, records and
// compares) and the renderer (which shows it). Pure data: no text for users; the renderer words everything.
import type { ErrorCode } from '../../ipc/errors';
import type { ProviderId } from '../pricing/catalog';
import type { BlindPick } from '../tryout/blind';
import type { ReplyScores } from '../tryout/types';

/** Where the retiring models live: the user's OpenAI key, or the built-in sample retiring account. */
export type RescueSource = 'openai' | 'sample';

export interface Countdown {
  noNewJobsFrom: string;
  daysUntilNoNewJobs: number;
  shutdownDate: string;
  daysUntilShutdown: number;
}

export interface AtRiskModel {
  id: string;
  baseModel: string;
  /** What the provider says (`shutdown_date`), else the catalog's date for the base model. */
  shutdownDate: string;
  daysUntilShutdown: number;
  /** False once the provider no longer lists it (after the shutdown, or deleted). */
  listed: boolean;
  job: {
    id: string;
    trainingFile: string;
    validationFile: string | null;
    resultFiles: string[];
    epochs: number | 'auto' | null;
    batchSize: number | 'auto' | null;
    learningRateMultiplier: number | 'auto' | null;
    suffix: string | null;
    createdAt: number;
  } | null;
}

export interface Inventory {
  source: RescueSource;
  checkedAt: number;
  countdown: Countdown;
  models: AtRiskModel[];
}

/** One file of the recipe: saved, refused by the provider (offer the user's original), absent, or failed. */
export type FileOutcome =
  | { state: 'saved'; fileId: string; lines: number }
  | { state: 'refused'; fileId: string }
  | { state: 'failed'; fileId: string; code: ErrorCode }
  | { state: 'none' };

export interface Recipe {
  projectId: string | null;
  projectName: string | null;
  model: string;
  jobId: string | null;
  training: FileOutcome;
  validation: FileOutcome;
  result: FileOutcome;
  /** Training curve read from the result file (base64 CSV), rows kept as numbers. */
  resultRows: number;
  epochs: number | 'auto' | null;
  batchSize: number | 'auto' | null;
  learningRateMultiplier: number | 'auto' | null;
  suffix: string | null;
  /** The system prompt the examples share, or '' when they differ or have none. */
  systemPrompt: string;
  savedAt: number;
  /** Set when the examples came from the user's own file after a refusal. */
  importedOriginal: string | null;
}

export type PromptOrigin = 'held-out' | 'training' | 'stored' | 'pasted';

export interface RescuePrompt {
  /** Stable hash of the conversation: the same question is recorded once whatever the source. */
  id: string;
  origin: PromptOrigin;
  system: string | null;
  question: string;
  /** The answer the source already had (the training or held-out example, the stored reply); may be null. */
  reference: string | null;
}

export interface RecordingOptions {
  sources: { heldOut: boolean; training: boolean; stored: boolean };
  pasted: string[];
  /** Most prompts to record; the plan is cut to this. */
  maxPrompts: number;
  /** Extra answers per prompt at `temperature` (0 = only the temperature-0 answer). */
  extraSamples: number;
  temperature: number;
}

export interface RecordingPlan {
  counts: Record<PromptOrigin, number>;
  /** Distinct prompts the sources give, before the cap. */
  available: number;
  /** What will be asked: min(available, cap) minus already recorded. */
  toRecord: number;
  alreadyRecorded: number;
  requestsPerPrompt: number;
  estimatedUsd: number | null;
  /** Formula with the numbers filled in, in English, for logs. */
  costFormula: string;
  /** What the estimate is made of, so the screen words the formula in the user's language. */
  costBasis: RecordingCostBasis;
}

export interface RecordingCostBasis {
  inputTokens: number;
  /** Estimated from the reference answers (the screen says "about"). */
  outputTokens: number;
  /** Null when the model has no published price (then there is no estimate). */
  price: {
    model: string;
    inputPer1M: number;
    outputPer1M: number;
    currency: 'USD' | 'CNY';
    checkedOn: string;
  } | null;
}

export type RecordingStatus = 'idle' | 'running' | 'paused' | 'cancelled' | 'finished' | 'stopped';

export interface RecordingProgress {
  status: RecordingStatus;
  done: number;
  total: number;
  requests: number;
  rateLimited: number;
  concurrency: number;
  /** The fewest requests in flight this session (how far rate limits slowed it); equals `concurrency` if never. */
  lowestConcurrency: number;
  /** Why recording stopped by itself (the model is gone, the key was rejected, …). */
  error: ErrorCode | null;
}

/** One recorded answer, kept with everything needed to reuse it as a test case or a training example. */
export interface GoldenAnswer {
  promptId: string;
  model: string;
  temperature: number;
  text: string;
  samples: string[];
  promptTokens: number | null;
  replyTokens: number | null;
  latencyMs: number;
  recordedAt: number;
  /** Always "recorded from the retiring model". */
  mark: 'recorded-from-retiring-model';
}

export interface CandidateScore {
  id: string;
  kind: 'base' | 'few-shot';
  provider: ProviderId;
  model: string;
  cases: number;
  meanSimilarity: number;
  exactRate: number;
  /** Share of replies that parse as JSON, when the golden answers are JSON; else null. */
  jsonRate: number | null;
  /** Meets the bar (mean similarity ≥ CLOSE_ENOUGH): retraining may not be needed. */
  closeEnough: boolean;
}

export interface QuickCheck {
  checkedAt: number;
  candidates: CandidateScore[];
  bar: number;
}

export interface FidelityRow {
  caseIndex: number;
  promptId: string;
  question: string;
  old: string;
  new: string;
  scores: ReplyScores;
  /** Whether the old reply parsed as JSON (when JSON is expected). */
  oldJson: boolean | null;
  oldLatencyMs: number;
  newLatencyMs: number;
  oldCostUsd: number | null;
  newCostUsd: number | null;
  error: ErrorCode | null;
  oldWasBetter: boolean;
  /** Already added to the project as a corrected example (never twice). */
  corrected: boolean;
}

export interface FidelityReport {
  newModel: string;
  provider: ProviderId;
  createdAt: number;
  rows: FidelityRow[];
  meanSimilarity: number;
  exactRate: number;
  jsonRate: { old: number; new: number } | null;
  medianLatencyMs: { old: number; new: number };
  costPer1000: { old: number | null; new: number | null };
  blind: {
    seed: number;
    pairs: { caseIndex: number; first: 'old' | 'new'; second: 'old' | 'new' }[];
    picks: Record<number, BlindPick>;
  };
  correctionsApplied: number;
}

export interface RetrainState {
  runId: string;
  provider: ProviderId;
  data: 'original' | 'original+golden';
  sourceId: string;
  baseModel: string;
}

/** Everything the rescue page shows for one retiring model. */
export interface RescueState {
  model: string;
  source: RescueSource;
  recipe: Recipe | null;
  recordingOptions: RecordingOptions | null;
  progress: RecordingProgress;
  recorded: number;
  quickCheck: QuickCheck | null;
  retrain: RetrainState | null;
  fidelity: FidelityReport | null;
}

export interface SwitchOver {
  provider: ProviderId;
  baseURL: string;
  model: string;
  keyName: string;
}

export interface RetrainTarget {
  provider: ProviderId;
  active: boolean;
  baseModels: string[];
}
