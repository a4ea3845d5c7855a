// Every behaviour of Together AI the reference (providers-2026-12 §3, checked 2026-12-05) could not confirm is
// a setting here, with the default the reference leans to. README.md lists each one.
import { CHAT_ONLY_MODELS } from '../../../../../shared/domain/pricing/chatModels';

const chatOnlyIds = (provider: string) =>
  CHAT_ONLY_MODELS.filter((m) => m.provider === provider).map((m) => m.model);

/** One base model: what it trains, what it costs to train, whether its fine-tunes can be deployed. */
export interface TogetherBaseModel {
  /** The fine-tuning id, e.g. `Qwen/Qwen3-8B` or `meta-llama/Meta-Llama-3.1-8B-Instruct-Reference`. */
  name: string;
  sizeB: number;
  /** USD per million processed tokens, LoRA SFT (the real rates are not in the stored docs). */
  loraPricePerM: number;
  supportsTools: boolean;
  supportsReasoning: boolean;
  /** The serverless chat id of the base itself (for side by side), or null when it has none. */
  serverlessChatId: string | null;
  /** Dedicated hardware its fine-tunes can run on (ids from `hardware`). `-Reference` bases: none. */
  hardware: readonly string[];
}

export interface TogetherHardware {
  id: string;
  gpuType: string;
  gpuMemoryGb: number;
  gpuCount: number;
  /** Documented hourly prices (dedicated-endpoints overview, 2026): H100 $3.99, H200 $5.49, B200 $9.95. */
  centsPerHour: number;
}

export interface TogetherSimulatorSettings {
  catalog: readonly TogetherBaseModel[];
  /** Chat-only models (not fine-tunable) served for the prompt and notes approaches (issue 16 §6). */
  chatOnlyModels: readonly string[];
  hardware: readonly TogetherHardware[];
  /** The practice account's spending limit in USD (`user_limit` of estimate-price). */
  userLimitUsd: number;
  /** A job on a training file that has not finished processing: refused (400) or accepted. */
  unprocessedFileOnCreate: 'reject' | 'accept';
  /** How a run ends when nothing is wrong with the data (`error` lets a test walk the failure path). */
  jobOutcome: 'completed' | 'error';
  /** The project id (a v2 path segment) and its slug (the first part of every endpoint name). */
  projectId: string;
  projectSlug: string;
  /** The account name model outputs are put under (`<owner>/<base>-<suffix>-<hex>`). */
  owner: string;
  /** scaleToZeroWindow when a deployment gives none (null: it never scales to zero on its own). */
  defaultScaleToZeroWindowSeconds: number | null;
  /** Hardware when a deployment names no config. */
  defaultHardware: string;
  /** Chat to a deployment scaled to zero: refused with 503 while it wakes (cold start), or answered at once. */
  coldStartChat: 'reject503' | 'answer';
  /** Largest file (the SDK checks 4.9 GB). */
  maxFileBytes: number;
}

const H100 = '1x_nvidia_h100_80gb_sxm';
const H200 = '1x_nvidia_h200_140gb_sxm';
const B200 = '1x_nvidia_b200_180gb_sxm';

export const DEFAULT_TOGETHER_HARDWARE: readonly TogetherHardware[] = [
  { id: H100, gpuType: 'h100-80gb', gpuMemoryGb: 80, gpuCount: 1, centsPerHour: 399 },
  { id: H200, gpuType: 'h200-140gb', gpuMemoryGb: 141, gpuCount: 1, centsPerHour: 549 },
  { id: B200, gpuType: 'b200-180gb', gpuMemoryGb: 180, gpuCount: 1, centsPerHour: 995 },
];

export const DEFAULT_TOGETHER_CATALOG: readonly TogetherBaseModel[] = [
  {
    name: 'Qwen/Qwen3-8B',
    sizeB: 8.2,
    loraPricePerM: 0.48,
    supportsTools: true,
    supportsReasoning: true,
    serverlessChatId: null,
    hardware: [H100, H200],
  },
  {
    name: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
    sizeB: 8.03,
    loraPricePerM: 0.48,
    supportsTools: true,
    supportsReasoning: false,
    serverlessChatId: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
    hardware: [],
  },
  {
    name: 'meta-llama/Llama-3.3-70B-Instruct',
    sizeB: 70.6,
    loraPricePerM: 1.5,
    supportsTools: true,
    supportsReasoning: false,
    serverlessChatId: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    hardware: [H200, B200],
  },
];

export const DEFAULT_TOGETHER_SETTINGS: TogetherSimulatorSettings = {
  chatOnlyModels: chatOnlyIds('together'),
  catalog: DEFAULT_TOGETHER_CATALOG,
  hardware: DEFAULT_TOGETHER_HARDWARE,
  userLimitUsd: 100,
  unprocessedFileOnCreate: 'reject',
  jobOutcome: 'completed',
  projectId: 'proj_practice',
  projectSlug: 'practice',
  owner: 'practice-user',
  defaultScaleToZeroWindowSeconds: null,
  defaultHardware: H100,
  coldStartChat: 'reject503',
  maxFileBytes: 4.9 * 1024 ** 3,
};

/** A base whose fine-tunes cannot be deployed: the `-Reference` ones (docs: supported-models). */
export const isReferenceBase = (name: string): boolean => name.endsWith('-Reference');

export interface TogetherDurations {
  /** Each of a file's PENDING, QUEUED and RUNNING. */
  fileStepMs: number;
  pendingMs: number;
  queuedMs: number;
  /** The whole training run, spread evenly over its steps. */
  runningMs: number;
  compressingMs: number;
  uploadingMs: number;
  /** cancel_requested → cancelled. */
  cancelMs: number;
  /** DEPLOYMENT_STATE_PROVISIONING → READY (also the cold start after scale-to-zero). */
  provisionMs: number;
  /** DEPLOYMENT_STATE_STOPPING → STOPPED. */
  stopMs: number;
}

export const TOGETHER_DURATIONS = {
  app: {
    fileStepMs: 2_000,
    pendingMs: 5_000,
    queuedMs: 5_000,
    runningMs: 45_000,
    compressingMs: 4_000,
    uploadingMs: 4_000,
    cancelMs: 3_000,
    provisionMs: 20_000,
    stopMs: 5_000,
  },
  fast: {
    fileStepMs: 200,
    pendingMs: 300,
    queuedMs: 300,
    runningMs: 2_500,
    compressingMs: 300,
    uploadingMs: 300,
    cancelMs: 300,
    provisionMs: 1_000,
    stopMs: 300,
  },
} as const satisfies Record<string, TogetherDurations>;
