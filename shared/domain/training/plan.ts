// What the start screen shows before anything leaves the machine: the data re-checked, the settings
// resolved (auto epochs with the reason), the honest cost with its formula, what one reply will cost
// afterwards, the budget cap, and whether the run may start (and if not, every reason why).
import type { EpochReason } from '../epochs';
import type { ConversionIssueCode } from '../providers/convert';
import type { RunOptions } from './runOptions';
import type { Currency, ProviderId } from '../pricing/catalog';
import type { Money, ReplyCostBasis, TrainingCostBasis } from '../pricing/cost';
import type { PriceRegion } from '../pricing/region';
import type { DatasetIssue, IssueCode } from '../dataset/codes';

/** An Examples project (or sample) that can be trained on, with the sizes of its parts. */
export interface TrainingSourceSummary {
  id: string;
  name: string;
  kind: 'project' | 'sample';
  /** Examples in the train and validation parts (the test part stays home for the Try page). */
  trainCount: number;
  validationCount: number;
}

export interface BaseModelOption {
  provider: ProviderId;
  model: string;
  trainingPer1M: number | null;
  inputPer1M: number | null;
  outputPer1M: number | null;
  /** The currency the prices above are in (Alibaba Beijing: CNY). */
  currency: Currency;
  maxTokensPerExample: number;
  shutdownDate: string | null;
  daysUntilShutdown: number | null;
  /** Shuts down within RETIRING_SOON_DAYS: fine-tunes built on it stop answering then too. */
  retiringSoon: boolean;
  retired: boolean;
  /** When the prices were last checked (YYYY-MM-DD), shown beside them. */
  priceCheckedOn: string;
}

/** A model shutting down within this many days is flagged on the start screen. */
export const RETIRING_SOON_DAYS = 90;

export interface ModelsAnswer {
  provider: ProviderId;
  models: BaseModelOption[];
  /** Whose prices these are, for a provider priced per region (Alibaba); null otherwise. */
  priceRegion: PriceRegion | null;
  /** OpenAI's last day for new jobs (practice mirrors it so users learn the date), or null. */
  noNewJobsFrom: string | null;
  daysUntilNoNewJobs: number | null;
}

export interface RunSettings {
  sourceId: string;
  model: string;
  suffix: string | null;
  epochs: number | 'auto';
  batchSize: number | 'auto';
  learningRateMultiplier: number | 'auto';
  seed: number | null;
  /** Provider-only settings (runOptions.ts). */
  options?: RunOptions;
}

export type StartBlock =
  | 'data_errors'
  | 'over_budget'
  | 'model_retired'
  | 'no_price'
  | 'flagged_content'
  /** The provider's format cannot carry some examples (Alibaba: tool calls); they would be left out. */
  | 'conversion_errors';

/**
 * What converting the examples to the provider's format changes (shared/domain/providers/convert.ts), one
 * line per kind of change, with how many examples it touches: every change is said before anything is sent.
 */
export interface ConversionNote {
  code: ConversionIssueCode;
  severity: 'warning' | 'error';
  examples: number;
  /** tools_need_other_base: the provider's bases that can train on tool examples (may be empty). */
  bases?: string[];
}

/** A cost in the currency the provider bills it in (`amount` null: a price it needs is not published). */
export interface CostLine extends Money {
  /** In English, for logs; screens word the formula from `basis` in the user's language. */
  formula: string;
}

export interface RunPlan {
  provider: ProviderId;
  settings: RunSettings;
  sourceName: string;
  check: {
    trainExamples: number;
    validationExamples: number;
    errors: number;
    warnings: number;
    /** Error-level issues (first few), with the line they concern, for the "fix these first" list. */
    blocking: DatasetIssue[];
    counts: Partial<Record<IssueCode, number>>;
    /** Examples that use tools (function calling): supported, and said so. */
    toolExamples: number;
    minExamples: number;
  };
  tokens: { billedPerEpoch: number; maxPerExample: number; overLimit: number };
  epochs: { epochs: number; mode: 'auto' | 'set'; reason: EpochReason | null };
  /** `basis` is null only when the model has no price (then the run is blocked by `no_price`). */
  trainingCost: CostLine & { basis: TrainingCostBasis | null };
  reply: {
    promptTokens: number;
    replyTokens: number;
    tuned: CostLine & { basis: ReplyCostBasis | null };
    base: (CostLine & { basis: ReplyCostBasis }) | null;
  };
  /** The cap in the run's currency (caps are kept per currency: a USD cap never limits a CNY run). */
  budget: { cap: number | null; currency: Currency; exceeded: boolean };
  /** Where the prices came from: the date checked, and for Alibaba whose region and how it was known. */
  price: { checkedOn: string; overridden: boolean; region: PriceRegion | null } | null;
  model: BaseModelOption | null;
  /** Changes the provider's format makes to the examples (empty for OpenAI's own format). */
  conversion: ConversionNote[];
  blockedBy: StartBlock[];
}

export interface FlaggedExample {
  part: 'train' | 'validation';
  /** 1-based position in the file that would be uploaded (what the provider's "line" means). */
  position: number;
  /** Line in the user's source, when known. */
  line: number | null;
  categories: string[];
}

export interface ModerationAnswer {
  checked: number;
  flagged: FlaggedExample[];
  /** False when the provider has no moderation check (nothing was sent). */
  available: boolean;
}
