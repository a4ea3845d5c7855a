// The one interface every hosted fine-tuning service is reached through. It is shaped by the three
// services we plan for (OpenAI now; Alibaba Model Studio and Together AI next, providers.md §10), so that
// adding one adds an adapter and changes nothing here:
//  - uploads differ (OpenAI multipart, DashScope's OpenAI-compatible files, Together's presigned PUT), so
//    the adapter takes bytes and returns a file id;
//  - job ids, timestamps and statuses differ, so everything returned is normalized (ms, JobStatus + raw);
//  - metrics come from events (OpenAI), an endpoint (Together) or log lines (Alibaba): `listMetrics`;
//  - some trained models must be deployed first, billed per token or per hour: optional `deployments`;
//  - only Together quotes prices itself: optional `estimatePrice`.
// Every call takes an AbortSignal; long operations settle within a second of it firing.
import type { FieldBounds } from '../../../../shared/domain/training/runFields';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { ProviderCapabilities } from '../../../../shared/domain/providers/capabilities';
import type { ConversionResult } from '../../../../shared/domain/providers/convert';
import type { NormalizedStatus } from '../../../../shared/domain/providers/status';
import type { RunOptions } from '../../../../shared/domain/training/runOptions';
import type { DeploymentBilling, ProviderDeploymentInfo } from '../../../../shared/domain/deployments/types';
import type { ServingBases } from '../../../../shared/domain/providers/account';
import type { TrainedWeights } from '../weights/types';

export interface CallOptions {
  signal?: AbortSignal;
}

/** Upload options: progress is reported after each part (Uploads API) or once at the end (Files API). */
export interface UploadOptions extends CallOptions {
  onProgress?: (sentBytes: number, totalBytes: number) => void;
}

/** A stored file's processing state; `deleted` when the provider no longer has it. */
export interface FileState {
  id: string;
  status: 'uploaded' | 'processed' | 'error' | 'deleted';
}

/** One moderation verdict per text, with the categories that tripped it. */
export interface ModerationVerdict {
  flagged: boolean;
  categories: string[];
}

export interface UploadedFile {
  id: string;
  filename: string;
  bytes: number;
  createdAt: number;
}

export interface CreateJobRequest {
  /**
   * Our reference for ONE user action ("start training" pressed once). It travels in the job's metadata so
   * that after an ambiguous failure the adapter can find the job instead of creating a second one.
   */
  clientRef: string;
  baseModel: string;
  trainingFileId: string;
  validationFileId?: string;
  suffix?: string;
  method?: 'supervised' | 'dpo';
  epochs?: number | 'auto';
  batchSize?: number | 'auto';
  learningRateMultiplier?: number | 'auto';
  seed?: number;
  /** Provider-only settings; an adapter reads only its own member. */
  options?: RunOptions;
}

export interface JobError {
  code: string | null;
  message: string;
  param: string | null;
}

export interface ProviderJob {
  id: string;
  provider: ProviderId;
  status: NormalizedStatus;
  baseModel: string;
  fineTunedModel: string | null;
  createdAt: number;
  finishedAt: number | null;
  estimatedFinishAt: number | null;
  trainedTokens: number | null;
  epochs: number | null;
  error: JobError | null;
  clientRef: string | null;
}

export interface MetricPoint {
  step: number;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validLoss: number | null;
  validAccuracy: number | null;
}

export interface ProviderEvent {
  id: string;
  createdAt: number;
  level: 'info' | 'warn' | 'error';
  message: string;
  metrics: MetricPoint | null;
}

export interface ProviderCheckpoint {
  id: string;
  createdAt: number;
  model: string;
  step: number;
  metrics: MetricPoint | null;
}

export interface ProviderModel {
  id: string;
  createdAt: number;
  ownedBy: string;
  /** Only what the provider itself says; the catalog fills gaps later. */
  shutdownDate: string | null;
  fineTuned: boolean;
}

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Optional sampling settings for `chat` (the Try page's temperature and maximum length). */
export interface ChatSettings {
  temperature?: number;
  /** Longest reply in tokens (OpenAI `max_completion_tokens`). */
  maxTokens?: number;
}

export interface ChatReply {
  text: string;
  promptTokens: number | null;
  replyTokens: number | null;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

/** What the account check needs from the provider; the verdict and prices are decided outside adapters. */
export interface AccountProbe {
  /** Jobs this key can see (newest first, one page), or `forbidden` when listing them was refused. */
  jobs: ProviderJob[] | 'forbidden';
  models: ProviderModel[];
  /** Providers whose servable bases change (Nebius): read from the provider's catalog at the check. */
  servingBases?: ServingBases;
}

/**
 * Deployments of trained models (providers whose `capabilities.deployment.step` is `required`). Creation is
 * duplicate-free by model: `deploy` looks for a deployment of that model first and again after any
 * ambiguous failure, so one model never gets two deployments (each may cost money).
 */
/** Per-hour providers: the idle minutes after which the provider itself scales the deployment to zero. */
export interface DeployOptions extends CallOptions {
  autoStopMinutes?: number | null;
}

export interface DeploymentControl {
  deploy(model: string, options?: DeployOptions): Promise<ProviderDeploymentInfo>;
  /** The deployment serving `model`, if the provider lists one. */
  findByModel(model: string, options?: CallOptions): Promise<ProviderDeploymentInfo | null>;
  get(deploymentId: string, options?: CallOptions): Promise<ProviderDeploymentInfo>;
  list(options?: CallOptions): Promise<ProviderDeploymentInfo[]>;
  /** Takes it offline; resolves with the state the provider reports (`stopping` or `stopped`). */
  stop(deploymentId: string, options?: CallOptions): Promise<ProviderDeploymentInfo>;
  /** How this provider bills a deployment of `model` (per-hour ones with their hourly price). */
  billing(model: string): DeploymentBilling;
}

/** What to embed with (issue 16, notes): an embeddings model and, where it allows, a shorter vector. */
export interface EmbedRequest {
  model: string;
  dimensions?: number;
}

/** One vector per text, in the texts' order, and the tokens the provider billed for them. */
export interface EmbedResult {
  vectors: Float32Array[];
  tokens: number;
}

/** Where a run is (null before training starts) and its loss so far. */
export interface TrainingProgress {
  step: { step: number; totalSteps: number } | null;
  metrics: MetricPoint[];
}

export interface FineTuningProvider {
  readonly id: ProviderId;
  readonly capabilities: ProviderCapabilities;
  /**
   * Canonical chat examples in this provider's dialect, with every change reported; `baseModel` is the
   * base the run trains (Together keeps tool examples only for a base that supports tools).
   */
  convert(examples: readonly ChatExample[], baseModel?: string): ConversionResult;
  uploadTrainingFile(filename: string, content: Uint8Array, options?: UploadOptions): Promise<UploadedFile>;
  /** Optional: whether an uploaded file is processed yet (and still exists), for waiting and for reuse. */
  getFile?(fileId: string, options?: CallOptions): Promise<FileState>;
  /** Optional: the provider's free content check, run before upload because flagged data fails the job. */
  moderate?(texts: readonly string[], options?: CallOptions): Promise<ModerationVerdict[]>;
  /**
   * Never creates two jobs for one `clientRef`. After a cancel or a final failure the job may still exist
   * (the request may have reached the provider): keep the clientRef and call `findJobByRef` before
   * offering "try again", which then reuses the same clientRef.
   */
  createJob(request: CreateJobRequest, options?: CallOptions): Promise<ProviderJob>;
  getJob(jobId: string, options?: CallOptions): Promise<ProviderJob>;
  listJobs(query: { after?: string; limit?: number }, options?: CallOptions): Promise<Page<ProviderJob>>;
  findJobByRef(clientRef: string, options?: CallOptions): Promise<ProviderJob | null>;
  cancelJob(jobId: string, options?: CallOptions): Promise<ProviderJob>;
  /** Present exactly when `capabilities.pauseResume` (OpenAI and practice); callers ask the capability. */
  pauseJob?(jobId: string, options?: CallOptions): Promise<ProviderJob>;
  resumeJob?(jobId: string, options?: CallOptions): Promise<ProviderJob>;
  listEvents(
    jobId: string,
    query: { after?: string; limit?: number },
    options?: CallOptions,
  ): Promise<Page<ProviderEvent>>;
  listCheckpoints(jobId: string, options?: CallOptions): Promise<ProviderCheckpoint[]>;
  listMetrics(jobId: string, options?: CallOptions): Promise<MetricPoint[]>;
  /**
   * Optional: step progress and the loss curve for a provider that reports them apart from its event
   * messages (Together: `step` / `total_steps` on events, loss from `/metrics`). The job view's "step N of
   * M" and loss chart come from here when the provider has it; OpenAI's come from its event messages.
   */
  trainingProgress?(jobId: string, options?: CallOptions): Promise<TrainingProgress>;
  listModels(options?: CallOptions): Promise<ProviderModel[]>;
  chat(
    model: string,
    turns: readonly ChatTurn[],
    options?: CallOptions & ChatSettings & { onDelta?: (text: string) => void },
  ): Promise<ChatReply>;
  probeAccount(options?: CallOptions): Promise<AccountProbe>;
  /** A cheap call that proves the provider is reachable (used to notice the network is back). */
  ping(options?: CallOptions): Promise<void>;
  /** Present when trained models must be deployed before use (Alibaba, Together). */
  readonly deployments?: DeploymentControl;
  /** Present when a trained model's files can be downloaded ("Save the trained weights"). */
  trainedWeights?(model: string, options?: CallOptions): Promise<TrainedWeights>;
  /** Optional (issue 16): the provider's embeddings API, used to search the user's notes. */
  embed?(texts: readonly string[], request: EmbedRequest, options?: CallOptions): Promise<EmbedResult>;
  /**
   * Present when the provider publishes per-base bounds for the Start form's fields (Together's
   * models/limits), keyed by the field ids of its list in shared/domain/training/options/.
   */
  runLimits?(model: string, options?: CallOptions): Promise<FieldBounds>;
  /** Present when the provider quotes prices itself (Together's estimate-price). */
  estimatePrice?(
    request: CreateJobRequest,
    options?: CallOptions,
  ): Promise<{ usd: number; allowed: boolean; userLimitUsd?: number | null; trainTokens?: number | null }>;
}
