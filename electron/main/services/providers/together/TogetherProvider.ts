// The Together AI adapter: files by the presigned upload, fine-tunes, events (step progress), /metrics (loss),
// estimate-price and models/limits over plain calls (http.ts says why not the SDK); chat through the
// `openai` SDK on Together's OpenAI-compatible /v1/chat/completions; dedicated endpoints (API v2) in
// endpoints.ts. Every call runs under the shared call policy; job creation is duplicate-free by the
// reference carried in the job's suffix, and refused before any call when Together's own price estimate
// says the account may not proceed.
import type { ChatExample } from '../../../../../shared/domain/chat';
import { togetherBaseOf } from '../../../../../shared/domain/pricing/together';
import { PROVIDER_CAPABILITIES } from '../../../../../shared/domain/providers/capabilities';
import { convertExamples } from '../../../../../shared/domain/providers/convert';
import { DEFAULT_TOGETHER_OPTIONS } from '../../../../../shared/domain/training/runOptions';
import { TOGETHER_FIELD_IDS } from '../../../../../shared/domain/training/options/together';
import type { FieldBounds } from '../../../../../shared/domain/training/runFields';
import { appError } from '../../../../../shared/ipc/errors';
import { uploadTimeoutMs, type RetryPolicy, type Sleep } from '../callPolicy';
import { CallRunner, type NetworkReporter } from '../callRunner';
import { createDuplicateFree } from '../createOnce';
import { jobControls, type JobControls } from '../jobControls';
import type { CallTopic } from '../errorMapping';
import { streamChat } from '../openai/calls';
import { createOpenAIClient } from '../openai/client';
import type {
  AccountProbe,
  CallOptions,
  ChatReply,
  ChatSettings,
  ChatTurn,
  CreateJobRequest,
  DeploymentControl,
  FileState,
  FineTuningProvider,
  MetricPoint,
  Page,
  ProviderCheckpoint,
  ProviderEvent,
  ProviderJob,
  ProviderModel,
  TrainingProgress,
  UploadedFile,
  UploadOptions,
  EmbedRequest,
  EmbedResult,
  ChatModelList,
} from '../Provider';
import { togetherEndpoints } from './endpoints';
import { togetherWeights } from './weights';
import type { TrainedWeights } from '../../weights/types';
import { togetherAppError } from './errors';
import { TogetherHttp, type TogetherRequest } from './http';
import {
  mapCheckpoints,
  mapEvents,
  mapJob,
  mapMetrics,
  refOf,
  refToken,
  stepProgress,
  suffixFor,
  type TogetherCheckpoint,
  type TogetherEvent,
  type TogetherJob,
} from './mapping';
import { togetherEmbed } from './embeddings';
import { togetherChatModels } from './models';

export const TOGETHER_V1 = 'https://api.together.ai/v1';
export const TOGETHER_V2 = 'https://api.together.ai/v2';

export interface TogetherProviderOptions {
  apiKey: string;
  /** The v2 path segment; the practice service's is `proj_practice`. How a user finds theirs is unverified. */
  projectId: string;
  v1?: string;
  v2?: string;
  fetch?: typeof fetch;
  network?: NetworkReporter;
  retryPolicy?: RetryPolicy;
  sleep?: Sleep;
  random?: () => number;
  interactiveTimeoutMs?: number;
  createAttempts?: number;
  createSettleMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
  now?: () => number;
}

/** Together's price for a run before it starts, and whether the account's limit lets it proceed. */
export interface TogetherEstimate {
  usd: number;
  allowed: boolean;
  userLimitUsd: number | null;
  trainTokens: number | null;
}

/** A base's bounds (`FinetuneModelLimits`), read before the start form is shown. */
export interface TogetherLimits {
  maxEpochs: number;
  minLearningRate: number;
  maxLearningRate: number;
  minBatchSize: number;
  maxBatchSize: number;
  /** Full training's batch bounds (`full_training`), null where the base states none. */
  fullBatchSize: { min: number; max: number } | null;
  supportsFullTraining: boolean;
  supportsTools: boolean;
}

interface EstimateAnswer {
  estimation_available?: boolean;
  unavailable_reason?: string;
  estimated_total_price?: number;
  estimated_train_token_count?: number;
  allowed_to_proceed?: boolean;
  user_limit?: number;
}

export class TogetherProvider implements FineTuningProvider {
  readonly id = 'together' as const;
  readonly capabilities = PROVIDER_CAPABILITIES.together;
  readonly deployments: DeploymentControl;
  readonly http: TogetherHttp;
  readonly findJobByRef: JobControls['findJobByRef'];
  readonly cancelJob: JobControls['cancelJob'];
  private readonly runner: CallRunner;

  constructor(private readonly options: TogetherProviderOptions) {
    this.runner = new CallRunner({ ...options, ping: () => this.ping(), toAppError: togetherAppError });
    this.http = new TogetherHttp({
      v1: options.v1 ?? TOGETHER_V1,
      v2: options.v2 ?? TOGETHER_V2,
      apiKey: options.apiKey,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    });
    const controls = jobControls({
      runner: this.runner,
      refToken,
      findByToken: (token, signal) => this.findByToken(token, signal),
      requestCancel: (id, o) =>
        this.api('fine-tuning', o, { method: 'POST', path: `/fine-tunes/${encodeURIComponent(id)}/cancel` }),
      getJob: (id, o) => this.getJob(id, o),
    });
    this.findJobByRef = controls.findJobByRef;
    this.cancelJob = controls.cancelJob;
    this.deployments = togetherEndpoints({
      http: this.http,
      runner: this.runner,
      projectId: options.projectId,
      createAttempts: options.createAttempts ?? 3,
      createSettleMs: options.createSettleMs ?? 2_000,
      jobs: (signal) => this.rawJobs(signal),
      job: (id, signal) =>
        this.api<TogetherJob>('fine-tuning', signal ? { signal } : {}, {
          method: 'GET',
          path: `/fine-tunes/${encodeURIComponent(id)}`,
        }),
    });
  }

  /**
   * Strict user/assistant alternation (same-role turns merged and reported), integer 0/1 weights, tool
   * examples in Together's function-calling format when the base supports tools (refused otherwise).
   */
  convert(examples: readonly ChatExample[], baseModel?: string) {
    return convertExamples('together', examples, baseModel !== undefined ? { baseModel } : {});
  }

  async uploadTrainingFile(
    filename: string,
    content: Uint8Array,
    options: UploadOptions = {},
  ): Promise<UploadedFile> {
    const file = await this.runner.call(
      'general',
      options,
      (req) => this.http.uploadPresigned(filename, content, req),
      undefined,
      uploadTimeoutMs(content.byteLength, this.runner.timeoutMs),
    );
    options.onProgress?.(content.byteLength, content.byteLength);
    return {
      id: file.id,
      filename: file.filename ?? filename,
      bytes: file.bytes ?? content.byteLength,
      createdAt: (file.created_at ?? 0) * 1000,
    };
  }

  /** PENDING → QUEUED → RUNNING → COMPLETED | FAILED | INVALID_FORMAT (reference §3.2). */
  async getFile(fileId: string, options: CallOptions = {}): Promise<FileState> {
    try {
      const file = await this.api<{ processing_status?: string }>('general', options, {
        method: 'GET',
        path: `/files/${encodeURIComponent(fileId)}`,
      });
      const status = file.processing_status ?? 'COMPLETED';
      return {
        id: fileId,
        status: status === 'COMPLETED' ? 'processed' : /FAILED|INVALID/.test(status) ? 'error' : 'uploaded',
      };
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code === 'not_found')
        return { id: fileId, status: 'deleted' };
      throw error;
    }
  }

  /** Bounds for the start form, from `models/limits` (the SDK's `FinetuneModelLimits`). */
  async limits(model: string, options: CallOptions = {}): Promise<TogetherLimits> {
    const l = await this.api<Record<string, unknown>>('fine-tuning', options, {
      method: 'GET',
      path: '/fine-tunes/models/limits',
      query: { model_name: model },
    });
    const lora = (l['lora_training'] ?? {}) as Record<string, unknown>;
    const full = (l['full_training'] ?? null) as Record<string, unknown> | null;
    const n = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
    return {
      maxEpochs: n(l['max_num_epochs'], 20),
      minLearningRate: n(l['min_learning_rate'], 1e-6),
      maxLearningRate: n(l['max_learning_rate'], 1e-2),
      minBatchSize: n(lora['min_batch_size'], 1),
      maxBatchSize: n(lora['max_batch_size'], 32),
      // Full training's own block; without one, LoRA's bounds are the only ones Together stated.
      fullBatchSize: full
        ? { min: n(full['min_batch_size'], n(lora['min_batch_size'], 1)), max: n(full['max_batch_size'], 32) }
        : null,
      supportsFullTraining: l['supports_full_training'] === true,
      supportsTools: l['supports_tools'] === true,
    };
  }

  /**
   * The Start form's bounds for this base, by Together's field ids (the LoRA batch sizes, and Full
   * training's own while Full is picked), and Full marked unavailable where `supports_full_training` is false.
   */
  async runLimits(model: string, options: CallOptions = {}): Promise<FieldBounds> {
    const l = await this.limits(model, options);
    return {
      [TOGETHER_FIELD_IDS.epochs]: { max: l.maxEpochs },
      [TOGETHER_FIELD_IDS.batchSize]: {
        min: l.minBatchSize,
        max: l.maxBatchSize,
        ...(l.supportsFullTraining && l.fullBatchSize
          ? { whenChosen: { field: TOGETHER_FIELD_IDS.trainingType, bounds: { Full: l.fullBatchSize } } }
          : {}),
      },
      [TOGETHER_FIELD_IDS.learningRate]: { min: l.minLearningRate, max: l.maxLearningRate },
      [TOGETHER_FIELD_IDS.trainingType]: { unavailable: l.supportsFullTraining ? [] : ['Full'] },
    };
  }

  async estimatePrice(request: CreateJobRequest, options: CallOptions = {}): Promise<TogetherEstimate> {
    const answer = await this.api<EstimateAnswer>('fine-tuning', options, {
      method: 'POST',
      path: '/fine-tunes/estimate-price',
      body: {
        training_file: request.trainingFileId,
        ...(request.validationFileId ? { validation_file: request.validationFileId } : {}),
        model: request.baseModel,
        ...(typeof request.epochs === 'number' ? { n_epochs: request.epochs } : {}),
      },
    });
    if (answer.estimation_available === false)
      throw appError(answer.unavailable_reason?.includes('invalid') ? 'file_invalid' : 'bad_input', {
        params: { reason: answer.unavailable_reason ?? 'unavailable' },
      });
    return {
      usd: answer.estimated_total_price ?? 0,
      allowed: answer.allowed_to_proceed !== false,
      userLimitUsd: answer.user_limit ?? null,
      trainTokens: answer.estimated_train_token_count ?? null,
    };
  }

  async createJob(request: CreateJobRequest, options: CallOptions = {}): Promise<ProviderJob> {
    const token = refToken(request.clientRef);
    const own = request.options?.kind === 'together' ? request.options : DEFAULT_TOGETHER_OPTIONS;
    const learningRate = own.kind === 'together' ? own.learningRate : 'auto';
    const body = {
      model: request.baseModel,
      training_file: request.trainingFileId,
      ...(request.validationFileId ? { validation_file: request.validationFileId } : {}),
      ...(typeof request.epochs === 'number' ? { n_epochs: request.epochs } : {}),
      ...(typeof request.batchSize === 'number' ? { batch_size: request.batchSize } : {}),
      ...(typeof learningRate === 'number' ? { learning_rate: learningRate } : {}),
      ...(request.seed !== undefined ? { random_seed: request.seed } : {}),
      training_type: { type: own.kind === 'together' ? own.trainingType : 'Lora' },
      training_method: { method: request.method === 'dpo' ? 'dpo' : 'sft' },
      suffix: suffixFor(request.clientRef, request.suffix),
    };
    return this.runner.guard('fine-tuning', options.signal, async () => {
      // A job made before (an answer lost to a crash) is found first; otherwise Together's price must be
      // allowed before anything that costs money is created.
      const earlier = await this.findByToken(token, options.signal);
      if (earlier) return earlier;
      const estimate = await this.estimatePrice(request, options);
      if (!estimate.allowed)
        throw appError('spending_limit', {
          params: { price: estimate.usd.toFixed(2), limit: String(estimate.userLimitUsd ?? '') },
        });
      return createDuplicateFree({
        createOnce: async () => {
          const job = await this.http.request<TogetherJob>(
            { method: 'POST', path: '/fine-tunes', body },
            this.runner.requestOptions(options.signal),
          );
          this.runner.reachable();
          return mapJob({ suffix: body.suffix, ...job }, this.now());
        },
        find: () => this.findByToken(token, options.signal),
        retry: this.runner.retryContext(options.signal),
        maxAttempts: this.options.createAttempts ?? 3,
        settleMs: this.options.createSettleMs ?? 2_000,
        onAmbiguous: (error) => this.runner.report(error),
      });
    });
  }

  async getJob(jobId: string, options: CallOptions = {}): Promise<ProviderJob> {
    const job = await this.api<TogetherJob>('fine-tuning', options, {
      method: 'GET',
      path: `/fine-tunes/${encodeURIComponent(jobId)}`,
    });
    return mapJob(job, this.now());
  }

  /** Together lists every job at once (no pagination, oldest first): newest first here, in pages. */
  async listJobs(
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderJob>> {
    const raw = await this.runner.guard('fine-tuning', options.signal, () => this.rawJobs(options.signal));
    const all = raw.map((j) => mapJob(j, this.now())).reverse();
    const start = query.after ? all.findIndex((j) => j.id === query.after) + 1 : 0;
    const limit = query.limit ?? 20;
    return { data: all.slice(start, start + limit), hasMore: start + limit < all.length };
  }

  /** Events newest first; `after` is an event id (`ev-N`): the page holds the events before it. */
  async listEvents(
    jobId: string,
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderEvent>> {
    const events = mapEvents(await this.rawEvents(jobId, options));
    const start = query.after ? events.findIndex((e) => e.id === query.after) + 1 : 0;
    const limit = query.limit ?? 100;
    return { data: events.slice(start, start + limit), hasMore: start + limit < events.length };
  }

  /** The last step and total steps Together's events reported (null before training starts). */
  async progress(jobId: string, options: CallOptions = {}) {
    return stepProgress(await this.rawEvents(jobId, options));
  }

  /** The job view's "step N of M" (from the events' `step` / `total_steps`) and loss (from `/metrics`). */
  async trainingProgress(jobId: string, options: CallOptions = {}): Promise<TrainingProgress> {
    const [step, metrics] = await Promise.all([
      this.progress(jobId, options),
      this.listMetrics(jobId, options),
    ]);
    return { step: step ? { step: step.step, totalSteps: step.total } : null, metrics };
  }

  /** Each checkpoint with the loss `/metrics` logged at its step (Together's rows carry none). */
  async listCheckpoints(jobId: string, options: CallOptions = {}): Promise<ProviderCheckpoint[]> {
    const [job, answer, metrics] = await Promise.all([
      this.getJob(jobId, options),
      this.api<{ data?: TogetherCheckpoint[] }>('fine-tuning', options, {
        method: 'GET',
        path: `/fine-tunes/${encodeURIComponent(jobId)}/checkpoints`,
      }),
      this.listMetrics(jobId, options),
    ]);
    return mapCheckpoints(answer.data ?? [], job.fineTunedModel ?? job.id, metrics);
  }

  async listMetrics(jobId: string, options: CallOptions = {}): Promise<MetricPoint[]> {
    const answer = await this.api<{ metrics?: Record<string, unknown>[] }>('fine-tuning', options, {
      method: 'GET',
      path: `/fine-tunes/${encodeURIComponent(jobId)}/metrics`,
    });
    return mapMetrics(answer.metrics ?? []);
  }

  async listModels(options: CallOptions = {}): Promise<ProviderModel[]> {
    const answer = await this.api<unknown>('general', options, { method: 'GET', path: '/models' });
    const rows = (Array.isArray(answer) ? answer : ((answer as { data?: unknown[] }).data ?? [])) as {
      id: string;
      created?: number;
      owned_by?: string;
      organization?: string;
    }[];
    return rows.map((m) => ({
      id: m.id,
      createdAt: (m.created ?? 0) * 1000,
      ownedBy: m.owned_by ?? m.organization ?? 'together',
      shutdownDate: null,
      fineTuned: false,
    }));
  }

  /** Notes (issue 16): Together's /v1/embeddings; vectors fitted to the asked length (together/embeddings.ts). */
  async embed(
    texts: readonly string[],
    request: EmbedRequest,
    options: CallOptions = {},
  ): Promise<EmbedResult> {
    return togetherEmbed((o, req) => this.api('general', o, req), texts, request, options);
  }

  /** Try's chat models (issue 16 §6): the `chat` rows of /v1/models, marked, or the catalog's dated list. */
  chatModels(options: CallOptions = {}): Promise<ChatModelList> {
    return togetherChatModels((o, req) => this.api('general', o, req), options);
  }

  async chat(
    model: string,
    turns: readonly ChatTurn[],
    options: CallOptions & ChatSettings & { onDelta?: (text: string) => void } = {},
  ): Promise<ChatReply> {
    // A base model answers under its serverless id (side by side); a fine-tune under its endpoint's name.
    const target =
      togetherBaseOf(model)?.model === model ? (togetherBaseOf(model)?.serverlessChatId ?? model) : model;
    const client = createOpenAIClient({
      apiKey: this.options.apiKey,
      baseURL: this.http.v1,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    // Together's OpenAI-compatible chat takes `max_tokens`.
    return streamChat(client, this.runner, target, turns, options, 'max_tokens');
  }

  async probeAccount(options: CallOptions = {}): Promise<AccountProbe> {
    const jobs = await this.listJobs({ limit: 20 }, options);
    return { jobs: jobs.data, models: [] };
  }

  /** The trained adapter's archive, for "Save the trained model" (WeightsService downloads it). */
  trainedWeights(model: string, options: CallOptions = {}): Promise<TrainedWeights> {
    return this.runner.guard('fine-tuning', options.signal, () =>
      togetherWeights(
        {
          v1: this.http.v1,
          apiKey: this.options.apiKey,
          fetch: this.options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
          jobs: (signal) => this.rawJobs(signal),
        },
        model,
        options.signal,
      ),
    );
  }

  /** The cheap key check: the files list (reference §3.1). */
  async ping(options: CallOptions = {}): Promise<void> {
    await this.api('general', options, { method: 'GET', path: '/files' }, 0);
  }

  // --- internals -------------------------------------------------------------------------------------

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private api<T>(
    topic: CallTopic,
    options: CallOptions,
    req: TogetherRequest,
    maxRetries?: number,
  ): Promise<T> {
    return this.runner.call(topic, options, (r) => this.http.request<T>(req, r), maxRetries);
  }

  private async rawEvents(jobId: string, options: CallOptions): Promise<TogetherEvent[]> {
    const answer = await this.api<{ data?: TogetherEvent[] }>('fine-tuning', options, {
      method: 'GET',
      path: `/fine-tunes/${encodeURIComponent(jobId)}/events`,
    });
    return answer.data ?? [];
  }

  /** Every job (reads may retry). */
  private async rawJobs(signal: AbortSignal | undefined): Promise<TogetherJob[]> {
    const answer = await this.runner.retried(signal, (req) =>
      this.http.request<{ data?: TogetherJob[] }>({ method: 'GET', path: '/fine-tunes' }, req),
    );
    return answer.data ?? [];
  }

  private async findByToken(token: string, signal: AbortSignal | undefined): Promise<ProviderJob | null> {
    const match = (await this.rawJobs(signal)).find((j) => refOf(j) === token);
    return match ? mapJob(match, this.now()) : null;
  }
}
