// The Nebius Token Factory adapter. Files, jobs, events, checkpoints, models and chat are OpenAI's API on
// another host, so they go through the `openai` SDK (the OpenAI adapter's shared calls, openai/calls.ts);
// it differs only where the reference (nebius-2026-12 §11) says Nebius does:
//  - hyperparameters are Nebius's: absolute `learning_rate`, `lora: true` sent always (Nebius trains the
//    full model otherwise, and only a LoRA is served per token), `lora_r`/`lora_alpha`/`lora_dropout`;
//  - no job metadata: our reference rides in the suffix, and a lost create is found by listing;
//  - no `fine_tuned_model`: the trained model is "<job>:<final checkpoint>", deployed through
//    `/v0/models` (deployments below, duplicate-free by its source) and chatted with under the name
//    Nebius gives it;
//  - the loss chart comes from checkpoint metrics (events are four plain messages);
//  - which bases can be served changes during the year: read from Nebius's catalog before every run;
//  - errors are `{"detail": …}` (errors.ts).
// Practice mode reaches the Nebius practice service through this same class (its origin and fetch).
import type OpenAI from 'openai';

type Checkpoint = OpenAI.FineTuning.Jobs.Checkpoints.FineTuningJobCheckpoint;
import type { ChatExample } from '../../../../../shared/domain/chat';
import type { ServingBases } from '../../../../../shared/domain/providers/account';
import { PROVIDER_CAPABILITIES } from '../../../../../shared/domain/providers/capabilities';
import { convertExamples } from '../../../../../shared/domain/providers/convert';
import { DEFAULT_NEBIUS_OPTIONS } from '../../../../../shared/domain/training/runOptions';
import { appError } from '../../../../../shared/ipc/errors';
import type { RetryPolicy, Sleep } from '../callPolicy';
import { CallRunner, type NetworkReporter } from '../callRunner';
import { createDuplicateFree } from '../createOnce';
import { findJobByRefVia, type JobControls } from '../jobControls';
import { streamChat, uploadFileOnce, type StreamChatOptions } from '../openai/calls';
import { createOpenAIClient } from '../openai/client';
import { mapEvent } from '../openai/mapping';
import type {
  AccountProbe,
  CallOptions,
  ChatReply,
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
  UploadedFile,
  UploadOptions,
} from '../Provider';
import { fallbackBases, parseCatalog, servability } from './catalog';
import { detailWrappingFetch, nebiusAppError } from './errors';
import {
  checkpointEvent,
  checkpointMetrics,
  mapCheckpoint,
  mapJob,
  refOf,
  refToken,
  splitTrainedModel,
  suffixFor,
  trainedModelName,
} from './mapping';
import { NebiusDeployments } from './deployments';
import { NebiusRest } from './rest';
import type { RemoteWeightFile, TrainedWeights } from '../../weights/types';

export const NEBIUS_BASE_URL = 'https://api.tokenfactory.nebius.com/v1';
export const NEBIUS_CATALOG_URL = 'https://tokenfactory.nebius.com/api/public/models_info';

export interface NebiusProviderOptions {
  apiKey: string;
  /** `…/v1` of the service; `/v0/models` lives on the same origin. */
  baseURL?: string;
  catalogUrl?: string;
  fetch?: typeof fetch;
  network?: NetworkReporter;
  retryPolicy?: RetryPolicy;
  sleep?: Sleep;
  random?: () => number;
  interactiveTimeoutMs?: number;
  createAttempts?: number;
  createSettleMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
  /** Clock for dating a live catalog read. */
  now?: () => number;
}

/** Jobs looked through when matching a reference (newest first): far more than one user starts at once. */
const REF_SCAN = { pages: 3, pageSize: 100 } as const;
const EVENT_PAGES = 10;

export class NebiusProvider implements FineTuningProvider {
  readonly id = 'nebius' as const;
  readonly capabilities = PROVIDER_CAPABILITIES.nebius;
  readonly deployments: DeploymentControl;
  readonly findJobByRef: JobControls['findJobByRef'];
  private readonly client: OpenAI;
  private readonly rest: NebiusRest;
  private readonly runner: CallRunner;

  constructor(private readonly options: NebiusProviderOptions) {
    const baseURL = options.baseURL ?? NEBIUS_BASE_URL;
    const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.client = createOpenAIClient({
      apiKey: options.apiKey,
      baseURL,
      fetch: detailWrappingFetch(fetchFn),
    });
    this.rest = new NebiusRest({
      origin: baseURL.replace(/\/v1\/?$/, ''),
      catalogUrl: options.catalogUrl ?? NEBIUS_CATALOG_URL,
      apiKey: options.apiKey,
      fetch: fetchFn,
    });
    this.runner = new CallRunner({ ...options, ping: () => this.ping(), toAppError: nebiusAppError });
    // Only the look-up is shared: Nebius's cancel answers with the whole job, so it needs no second read.
    this.findJobByRef = findJobByRefVia({
      runner: this.runner,
      refToken,
      findByToken: (token, signal) => this.findByToken(token, signal),
    });
    this.deployments = new NebiusDeployments({
      rest: this.rest,
      runner: this.runner,
      servingBases: (signal) => this.readServingBases(signal ? { signal } : {}),
      createAttempts: options.createAttempts ?? 3,
      createSettleMs: options.createSettleMs ?? 2_000,
    });
  }

  convert(examples: readonly ChatExample[]) {
    return convertExamples('nebius', examples);
  }

  uploadTrainingFile(
    filename: string,
    content: Uint8Array,
    options: UploadOptions = {},
  ): Promise<UploadedFile> {
    return uploadFileOnce(this.client, this.runner, filename, content, options);
  }

  /** Nebius files carry `status: null`: a file it still returns is ready. */
  async getFile(fileId: string, options: CallOptions = {}): Promise<FileState> {
    try {
      await this.runner.call('general', options, (req) => this.client.files.retrieve(fileId, req));
      return { id: fileId, status: 'processed' };
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code === 'not_found')
        return { id: fileId, status: 'deleted' };
      throw error;
    }
  }

  /**
   * A run's result must be chat-able: LoRA on, and a base Nebius serves LoRA on per token today (read live
   * from its catalog). A job this reference already made is returned first (a restart after a crash).
   */
  async createJob(request: CreateJobRequest, options: CallOptions = {}): Promise<ProviderJob> {
    const own = request.options?.kind === 'nebius' ? request.options : DEFAULT_NEBIUS_OPTIONS;
    const token = refToken(request.clientRef);
    const find = () => this.findByToken(token, options.signal);
    const earlier = await this.runner.guard('fine-tuning', options.signal, find);
    if (earlier) return earlier;
    if (!own.lora) throw appError('bad_input', { path: 'options.lora' });
    const bases = await this.readServingBases(options);
    const verdict = servability(bases, request.baseModel);
    if (!verdict.servable)
      throw appError('not_servable', { params: { model: request.baseModel, pick: verdict.pick.join(', ') } });
    const body = {
      model: request.baseModel,
      training_file: request.trainingFileId,
      ...(request.validationFileId ? { validation_file: request.validationFileId } : {}),
      suffix: suffixFor(request.clientRef, request.suffix),
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
      // Nebius's keys (reference §3.2); the SDK forwards keys its types do not declare.
      hyperparameters: {
        ...(typeof request.epochs === 'number' ? { n_epochs: request.epochs } : {}),
        ...(typeof request.batchSize === 'number' ? { batch_size: request.batchSize } : {}),
        // An empty box sends nothing: Nebius's own default applies.
        ...(own.learningRate !== null ? { learning_rate: own.learningRate } : {}),
        lora: own.lora,
        ...(own.loraR !== null ? { lora_r: own.loraR } : {}),
        ...(own.loraAlpha !== null ? { lora_alpha: own.loraAlpha } : {}),
        ...(own.loraDropout !== null ? { lora_dropout: own.loraDropout } : {}),
      },
    } as unknown as OpenAI.FineTuning.JobCreateParams;
    return this.runner.guard('fine-tuning', options.signal, () =>
      createDuplicateFree({
        createOnce: async () => {
          const job = await this.client.fineTuning.jobs.create(
            body,
            this.runner.requestOptions(options.signal),
          );
          this.runner.reachable();
          return mapJob(job);
        },
        find,
        retry: this.runner.retryContext(options.signal),
        maxAttempts: this.options.createAttempts ?? 3,
        settleMs: this.options.createSettleMs ?? 2_000,
        onAmbiguous: (error) => this.runner.report(error),
      }),
    );
  }

  /** A succeeded job's trained model is its final checkpoint (highest step), as "<job>:<checkpoint>". */
  async getJob(jobId: string, options: CallOptions = {}): Promise<ProviderJob> {
    const job = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.retrieve(jobId, req),
    );
    if (job.status !== 'succeeded') return mapJob(job);
    const final = (await this.rawCheckpoints(jobId, options)).reduce<Checkpoint | null>(
      (best, c) => (best === null || c.step_number > best.step_number ? c : best),
      null,
    );
    return mapJob(job, final ? trainedModelName(job.model, jobId, final.id) : null);
  }

  async listJobs(
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderJob>> {
    const page = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.list(query, req),
    );
    return { data: page.data.map((j) => mapJob(j)), hasMore: page.has_more };
  }

  cancelJob(jobId: string, options: CallOptions = {}): Promise<ProviderJob> {
    return this.runner
      .call('fine-tuning', options, (req) => this.client.fineTuning.jobs.cancel(jobId, req))
      .then((j) => mapJob(j));
  }

  /**
   * Newest first, like every adapter. Nebius lists a handful of plain messages (order unverified), so all
   * are read and sorted here, with each checkpoint's loss added as an event (the loss chart's source);
   * `after` and `limit` then page through that list.
   */
  async listEvents(
    jobId: string,
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderEvent>> {
    const events: ProviderEvent[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < EVENT_PAGES; pages++) {
      const page = await this.runner.call('fine-tuning', options, (req) =>
        this.client.fineTuning.jobs.listEvents(jobId, { limit: 100, ...(after ? { after } : {}) }, req),
      );
      events.push(...page.data.map(mapEvent));
      after = page.data.at(-1)?.id;
      if (!page.has_more || !after) break;
    }
    const checkpoints = (await this.rawCheckpoints(jobId, options)).map((c) => mapCheckpoint('', jobId, c));
    const all = [...events, ...checkpoints.map(checkpointEvent)].sort(
      (a, b) => b.createdAt - a.createdAt || Number(b.metrics !== null) - Number(a.metrics !== null),
    );
    const start = query.after ? all.findIndex((e) => e.id === query.after) + 1 : 0;
    const from = query.after && start === 0 ? all.length : start;
    const limit = query.limit ?? 20;
    return { data: all.slice(from, from + limit), hasMore: from + limit < all.length };
  }

  /** Each checkpoint is a trained model of its own (`ft:<base>:<job>:<checkpoint>`), oldest first. */
  async listCheckpoints(jobId: string, options: CallOptions = {}): Promise<ProviderCheckpoint[]> {
    const job = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.retrieve(jobId, req),
    );
    return (await this.rawCheckpoints(jobId, options))
      .map((c) => mapCheckpoint(job.model, jobId, c))
      .sort((a, b) => a.step - b.step);
  }

  /** The loss chart: one point per checkpoint (one per epoch), oldest first. */
  async listMetrics(jobId: string, options: CallOptions = {}): Promise<MetricPoint[]> {
    return (await this.rawCheckpoints(jobId, options))
      .map((c) => checkpointMetrics(c))
      .flatMap((m) => (m ? [m] : []))
      .sort((a, b) => a.step - b.step);
  }

  /**
   * The models this key can chat with. Bases are listed by their serving id and, when it differs, also by
   * the id they are trained under (`Llama-3.1-8B-Instruct` beside `Meta-Llama-3.1-8B-Instruct`), so Try
   * can put a trained model's own base beside it; chat translates that id back.
   */
  async listModels(options: CallOptions = {}): Promise<ProviderModel[]> {
    const page = await this.runner.call('general', options, (req) => this.client.models.list(req));
    const listed: ProviderModel[] = page.data.map((m) => ({
      id: m.id,
      createdAt: (m.created ?? 0) * 1000,
      ownedBy: m.owned_by ?? 'nebius',
      shutdownDate: null,
      // Deployed LoRA models are named `<base>-LoRa:<name>-<4 letters>` (reference §6).
      fineTuned: m.id.includes('-LoRa:'),
    }));
    const ids = new Set(listed.map((m) => m.id));
    const trainedUnder = (await this.readServingBases(options)).bases
      .filter((b) => ids.has(b.servingId) && !ids.has(b.fineTuneId))
      .map((b) => ({ ...listed.find((m) => m.id === b.servingId)!, id: b.fineTuneId }));
    return [...listed, ...trainedUnder];
  }

  /**
   * Chat by name. A base is trained under its Hugging Face id but answers under its serving id
   * (`Llama-3.1-8B-Instruct` → `Meta-Llama-3.1-8B-Instruct`), so Try's "base model" side is translated.
   */
  async chat(model: string, turns: readonly ChatTurn[], options: StreamChatOptions = {}): Promise<ChatReply> {
    const serving = await this.servingIdOf(model, options);
    return streamChat(this.client, this.runner, serving, turns, options, 'max_tokens');
  }

  /**
   * "Save the trained weights": the checkpoint's `result_files` (reference §5), each named by its
   * filename without the folder prefix Nebius adds, read with a byte range so a save can resume.
   */
  async trainedWeights(model: string, options: CallOptions = {}): Promise<TrainedWeights> {
    const source = splitTrainedModel(model);
    if (!source) throw appError('bad_input', { path: 'model' });
    const job = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.retrieve(source.jobId, req),
    );
    const page = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.checkpoints.list(source.jobId, { limit: 100 }, req),
    );
    const checkpoint = page.data.find((c) => c.id === source.checkpointId);
    if (!checkpoint) throw appError('not_found');
    const ids = (checkpoint as { result_files?: string[] | null }).result_files ?? [];
    const files: RemoteWeightFile[] = [];
    for (const id of ids) {
      const file = await this.runner.call('general', options, (req) => this.client.files.retrieve(id, req));
      files.push({
        name: (file.filename || id).split('/').pop() || id,
        bytes: file.bytes,
        open: (start, signal) =>
          this.runner.guard('general', signal, () =>
            this.rest.fileContent(id, start, {
              timeout: this.runner.timeoutMs,
              ...(signal ? { signal } : {}),
            }),
          ),
      });
    }
    const lora = (job.hyperparameters as { lora?: unknown } | undefined)?.lora === true;
    return {
      provider: 'nebius',
      model,
      baseModel: job.model,
      format: lora
        ? 'a LoRA adapter in the PEFT format (adapter_config.json and adapter_model.safetensors)'
        : 'a fully fine-tuned model',
      files,
    };
  }

  async probeAccount(options: CallOptions = {}): Promise<AccountProbe> {
    const listed = await this.listModels(options);
    const jobs = await this.listJobs({ limit: 20 }, options);
    const servingBases = await this.readServingBases(options);
    // The report offers bases by their fine-tuning id (the price catalog's key), as the catalog lists them.
    const trainable: ProviderModel[] = servingBases.bases.map((b) => ({
      id: b.fineTuneId,
      createdAt: 0,
      ownedBy: 'nebius',
      shutdownDate: null,
      fineTuned: false,
    }));
    return { jobs: jobs.data, models: [...trainable, ...listed.filter((m) => m.fineTuned)], servingBases };
  }

  async ping(options: CallOptions = {}): Promise<void> {
    await this.runner.call(
      'general',
      options,
      (req) => this.client.models.list(req),
      0,
      Math.min(this.runner.timeoutMs, 10_000),
    );
  }

  /**
   * Which bases train and which serve per token, read from Nebius's catalog now; when it cannot be read
   * (offline, moved, changed shape), the dated list shipped with the app, marked as such.
   */
  async readServingBases(options: CallOptions = {}): Promise<ServingBases> {
    try {
      const json = await this.runner.call('general', options, (req) => this.rest.catalog(req), 1);
      const live = parseCatalog(json, new Date((this.options.now ?? Date.now)()).toISOString());
      if (live.bases.length > 0) return live;
    } catch (error) {
      if (options.signal?.aborted) throw error;
    }
    return fallbackBases();
  }

  // --- internals -------------------------------------------------------------------------------------

  private async rawCheckpoints(jobId: string, options: CallOptions): Promise<Checkpoint[]> {
    const page = await this.runner.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 }, req),
    );
    return page.data;
  }

  private async servingIdOf(model: string, options: CallOptions): Promise<string> {
    if (model.includes('-LoRa:')) return model;
    const fallback = fallbackBases().bases.find((b) => b.fineTuneId === model);
    if (fallback && fallback.servingId === model) return model;
    const live = (await this.readServingBases(options)).bases.find((b) => b.fineTuneId === model);
    return live?.servingId ?? fallback?.servingId ?? model;
  }

  /** The newest jobs, matched by the reference token in their suffix. Reads may retry. */
  private async findByToken(token: string, signal: AbortSignal | undefined): Promise<ProviderJob | null> {
    let after: string | undefined;
    for (let pages = 0; pages < REF_SCAN.pages; pages++) {
      const page = await this.runner.retried(signal, (req) =>
        this.client.fineTuning.jobs.list({ limit: REF_SCAN.pageSize, ...(after ? { after } : {}) }, req),
      );
      const match = page.data.find((j) => refOf(j as { suffix?: string | null }) === token);
      if (match) return mapJob(match);
      after = page.data.at(-1)?.id;
      if (!page.has_more || !after) break;
    }
    return null;
  }
}
