// Everything the Alibaba practice service does that the reference could not confirm is a setting here, so a
// test (or a developer reproducing a report from a real account) can switch to the other plausible behaviour.
// README.md lists each one with its source. Defaults are the best reading of the Dec 2026 reference.
import { CHAT_ONLY_MODELS } from '../../../../../shared/domain/pricing/chatModels';

const chatOnlyIds = (provider: string) =>
  CHAT_ONLY_MODELS.filter((m) => m.provider === provider).map((m) => m.model);

export type AlibabaRegion = 'singapore' | 'beijing';
export const ALIBABA_REGIONS: readonly AlibabaRegion[] = ['singapore', 'beijing'];

export type TrainingType = 'sft' | 'efficient_sft';
export type DeploymentPlan = 'lora' | 'mu' | 'ptu';

export interface CatalogModel {
  model: string;
  trainingTypes: readonly TrainingType[];
}

export interface AlibabaSimulatorSettings {
  /** Offset of the zone-less job and deployment times from UTC, in minutes ("presumably UTC+8"). */
  localTimeOffsetMinutes: number;
  /** Base models that can be trained (and chatted with) in each region. */
  catalog: Readonly<Record<AlibabaRegion, readonly CatalogModel[]>>;
  /** Chat-only models (not fine-tunable) served for the prompt and notes approaches (issue 16 §6). */
  chatOnlyModels: readonly string[];
  /** `training_type` when the request leaves it out. */
  defaultTrainingType: TrainingType;
  /** Values used for training when `hyper_parameters` leaves them out (the job echoes only what was sent). */
  defaultHyperParameters: { n_epochs: number; batch_size: number; learning_rate: string; max_length: number };
  /** Accepted ranges; outside them job creation answers 400 InvalidParameter. */
  hyperParameterBounds: {
    n_epochs: [number, number];
    batch_size: [number, number];
    learning_rate: [number, number];
    max_length: [number, number];
  };
  /** Where a badly formatted training file is reported: a FAILED job (default) or a 400 at creation. */
  dataErrors: 'failed-job' | 'at-create';
  /** Fewest examples a training file may have (no hard minimum was found; 1,000+ is only recommended). */
  minTrainingExamples: number;
  /** OpenAI's `name`/`weight` on messages: ignored (the docs: "not supported; all assistant turns are trained") or refused. */
  unsupportedMessageFields: 'ignore' | 'reject';
  /** Whether a FAILED job carries `error: {code, message}` (a third-party parser reads `output.error.message`). */
  failedJobError: boolean;
  /** Whether the job object echoes `finetuned_output_suffix` (not in the documented field list). */
  jobEchoesSuffix: boolean;
  /** Largest file for fine-tuning (the docs say 300 MB on one page and 1 GB on another). */
  maxFileBytes: number;
  /** Active files an account may keep (10,000 on the newer page, 100 on the older one). */
  maxActiveFiles: number;
  /** Id shape of uploaded files: a bare UUID as in the job examples, or OpenAI-style `file-…`. */
  fileIdStyle: 'uuid' | 'file-prefixed';
  /** Regions where the deployments API is open ("only Beijing" / "only Singapore" / both, by page). */
  deploymentRegions: readonly AlibabaRegion[];
  /**
   * How `deployed_model` is named: the fine-tuned model's own name (quick-start example, so a second
   * deployment of it is refused) or `<model>-<8 hex>[-<suffix>]` (API sample, duplicates possible).
   */
  deployedModelNaming: 'model-name' | 'suffixed';
  /** What a deployment becomes after its start-up time: RUNNING, or a failure status (value unverified). */
  deploymentOutcome: 'RUNNING' | 'FAILED';
  /** The code of a 429 (`Throttling` or `Throttling.RateQuota`). */
  throttlingCode: string;
  /** Send `retry-after` (seconds) with a 429. */
  retryAfterHeader: boolean;
  /** Per-step log lines name the loss `train_loss` (earlier research) or `loss` (Hugging Face Trainer). */
  stepLossKey: 'train_loss' | 'loss';
}

export const DEFAULT_ALIBABA_SETTINGS: AlibabaSimulatorSettings = {
  chatOnlyModels: chatOnlyIds('alibaba'),
  localTimeOffsetMinutes: 8 * 60,
  catalog: {
    singapore: [
      { model: 'qwen3-14b', trainingTypes: ['sft', 'efficient_sft'] },
      { model: 'qwen3-32b', trainingTypes: ['sft', 'efficient_sft'] },
    ],
    beijing: [
      { model: 'qwen3-8b', trainingTypes: ['sft', 'efficient_sft'] },
      { model: 'qwen3-14b', trainingTypes: ['sft', 'efficient_sft'] },
      { model: 'qwen3-32b', trainingTypes: ['sft', 'efficient_sft'] },
      { model: 'qwen3.5-27b', trainingTypes: ['sft', 'efficient_sft'] },
      { model: 'qwen3.6-27b', trainingTypes: ['sft', 'efficient_sft'] },
    ],
  },
  defaultTrainingType: 'sft',
  defaultHyperParameters: { n_epochs: 3, batch_size: 16, learning_rate: '1.6e-5', max_length: 8192 },
  hyperParameterBounds: {
    n_epochs: [1, 20],
    batch_size: [1, 1024],
    learning_rate: [1e-7, 1e-2],
    max_length: [512, 32_768],
  },
  dataErrors: 'failed-job',
  minTrainingExamples: 1,
  unsupportedMessageFields: 'ignore',
  failedJobError: true,
  jobEchoesSuffix: true,
  maxFileBytes: 300 * 1024 * 1024,
  maxActiveFiles: 10_000,
  fileIdStyle: 'uuid',
  deploymentRegions: ['singapore', 'beijing'],
  deployedModelNaming: 'suffixed',
  deploymentOutcome: 'RUNNING',
  throttlingCode: 'Throttling',
  retryAfterHeader: true,
  stepLossKey: 'train_loss',
};

/** How long each phase lasts on the service clock. */
export interface AlibabaDurations {
  pendingMs: number;
  queuingMs: number;
  /** The whole training run, spread evenly over its steps. */
  runningMs: number;
  /** PENDING → RUNNING of a deployment (the docs: 5-10 minutes). */
  deployingMs: number;
}

export const ALIBABA_DURATIONS = {
  /** About a minute of training and two minutes of deploying: watchable in the app. */
  app: { pendingMs: 8_000, queuingMs: 7_000, runningMs: 45_000, deployingMs: 120_000 },
  /** `--fast`: seconds. */
  fast: { pendingMs: 1_000, queuingMs: 500, runningMs: 2_500, deployingMs: 3_000 },
  /** What the docs describe for deploying (5-10 minutes); training time depends on data. */
  realistic: { pendingMs: 60_000, queuingMs: 120_000, runningMs: 20 * 60_000, deployingMs: 7 * 60_000 },
} as const satisfies Record<string, AlibabaDurations>;
