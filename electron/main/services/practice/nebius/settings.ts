// Every behaviour of Nebius Token Factory the reference (nebius-2026-12 §11/§12) could not confirm is a setting,
// with the reference's default. README.md lists each with its source.
import { CHAT_ONLY_MODELS } from '../../../../../shared/domain/pricing/chatModels';

const chatOnlyIds = (provider: string) =>
  CHAT_ONLY_MODELS.filter((m) => m.provider === provider).map((m) => m.model);

/** One base model: the id jobs are trained on, the id chat and `/v0/models` use, and what it can do. */
export interface NebiusBaseModel {
  /** The fine-tuning id (Hugging Face naming), e.g. `meta-llama/Llama-3.1-8B-Instruct`. */
  fineTuneId: string;
  /** The inference / deploy id, e.g. `meta-llama/Meta-Llama-3.1-8B-Instruct`. */
  inferenceId: string;
  sizeB: number;
  /** Accepts LoRA deployment on `/v0/models` (served per token). */
  loraServing: boolean;
  deprecated: boolean;
  /** USD per million tokens. */
  trainingPricePerM: number;
  inputPricePerM: number;
  outputPricePerM: number;
}

export interface NebiusSimulatorSettings {
  /** Status a new job answers with: `running` (observed every time) or `validating_files` (then `queued`). */
  initialStatus: 'running' | 'validating_files';
  /** Checkpoint list order (the cookbook takes `data[-1]` as the last epoch: ascending). */
  checkpointOrder: 'asc' | 'desc';
  /** Whether checkpoints are listed before the job has succeeded. */
  checkpointsWhileRunning: boolean;
  /** A `metrics` event per checkpoint (the schema allows it; none was observed). */
  metricsEvents: boolean;
  /** Event list order (the observed printout is oldest first). */
  eventOrder: 'asc' | 'desc';
  /** OpenAI's `learning_rate_multiplier` in hyperparameters: ignored, refused with 422, or used as the LR. */
  lrMultiplierBehaviour: 'ignore' | 'reject422' | 'treatAsAbsolute';
  /** The first GET of a just-created custom model answers 404 (the observed "unknown" first poll). */
  deployFirstGet404: boolean;
  /** The create answer carries only the short name (April 2025 behaviour); the full name is in GET/list. */
  deployReturnsShortName: boolean;
  /** A custom model's validation ends in `error` (with `status_reason`) instead of `active`. */
  deployOutcome: 'active' | 'error';
  /** Base models: which can be trained, which can be served per token. */
  catalog: readonly NebiusBaseModel[];
  /** Chat-only models (not fine-tunable) served for the prompt and notes approaches (issue 16 §6). */
  chatOnlyModels: readonly string[];
  /** Whether validation-file tokens are billed in `trained_tokens`. */
  billValidationTokens: boolean;
  /** Largest dataset file (docs: 5 GB). */
  maxFileBytes: number;
  /** Accept tool roles/calls in conversational data (claimed only by a third-party guide). */
  allowToolCalls: boolean;
}

export const DEFAULT_NEBIUS_CATALOG: readonly NebiusBaseModel[] = [
  {
    fineTuneId: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    inferenceId: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    sizeB: 30.5,
    loraServing: true,
    deprecated: false,
    trainingPricePerM: 2.8,
    inputPricePerM: 0.1,
    outputPricePerM: 0.3,
  },
  {
    fineTuneId: 'meta-llama/Llama-3.3-70B-Instruct',
    inferenceId: 'meta-llama/Llama-3.3-70B-Instruct',
    sizeB: 70.6,
    loraServing: true,
    deprecated: true,
    trainingPricePerM: 2.8,
    inputPricePerM: 0.13,
    outputPricePerM: 0.4,
  },
  {
    fineTuneId: 'meta-llama/Llama-3.1-8B-Instruct',
    inferenceId: 'meta-llama/Meta-Llama-3.1-8B-Instruct',
    sizeB: 8.03,
    loraServing: true,
    deprecated: true,
    trainingPricePerM: 0.4,
    inputPricePerM: 0.02,
    outputPricePerM: 0.06,
  },
  {
    fineTuneId: 'Qwen/Qwen3-4B',
    inferenceId: 'Qwen/Qwen3-4B-fast',
    sizeB: 4.02,
    loraServing: false,
    deprecated: false,
    trainingPricePerM: 0.4,
    inputPricePerM: 0.08,
    outputPricePerM: 0.24,
  },
];

export const DEFAULT_NEBIUS_SETTINGS: NebiusSimulatorSettings = {
  chatOnlyModels: chatOnlyIds('nebius'),
  initialStatus: 'running',
  checkpointOrder: 'asc',
  checkpointsWhileRunning: false,
  metricsEvents: false,
  eventOrder: 'asc',
  lrMultiplierBehaviour: 'ignore',
  deployFirstGet404: true,
  deployReturnsShortName: false,
  deployOutcome: 'active',
  catalog: DEFAULT_NEBIUS_CATALOG,
  billValidationTokens: false,
  maxFileBytes: 5 * 1024 ** 3,
  allowToolCalls: false,
};

export interface NebiusDurations {
  /** validating_files and queued, each (only when initialStatus is validating_files). */
  validatingMs: number;
  queuedMs: number;
  /** From submission to the datasets being processed (inside `running`). */
  datasetMs: number;
  /** The whole training run, spread evenly over its steps. */
  runningMs: number;
  /** `validating` → `active` of a custom model (observed 5-15 s). */
  deployMs: number;
}

export const NEBIUS_DURATIONS = {
  app: { validatingMs: 5_000, queuedMs: 5_000, datasetMs: 5_000, runningMs: 45_000, deployMs: 8_000 },
  fast: { validatingMs: 500, queuedMs: 500, datasetMs: 500, runningMs: 2_500, deployMs: 1_000 },
} as const satisfies Record<string, NebiusDurations>;
