// The OpenAI adapter, on the official SDK. Practice mode uses this same class over the in-process practice
// service (its `fetch`, a fixed key), so everything practice users and our tests do runs the real adapter.
// Each call: our timeout, our retry loop (callPolicy.ts), the caller's AbortSignal, network-state reports,
// and errors turned into codes (errorMapping.ts).
import OpenAI, { toFile } from 'openai';
import type { ChatExample } from '../../../../../shared/domain/chat';
import { PROVIDER_CAPABILITIES } from '../../../../../shared/domain/providers/capabilities';
import { convertExamples } from '../../../../../shared/domain/providers/convert';
import { appError } from '../../../../../shared/ipc/errors';
import { uploadTimeoutMs, type RetryContext, type RetryPolicy, type Sleep } from '../callPolicy';
import { CallRunner, type NetworkReporter, type RequestOptions } from '../callRunner';
import type { CallTopic } from '../errorMapping';
import type {
  AccountProbe,
  CallOptions,
  ChatReply,
  ChatSettings,
  ChatTurn,
  CreateJobRequest,
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
  ModerationVerdict,
  EmbedRequest,
  EmbedResult,
  ChatModelList,
} from '../Provider';
import { streamChat, uploadFileOnce } from './calls';
import { createOpenAIClient, type OpenAIConnection } from './client';
import { createJobOnce } from './createJob';
import { CLIENT_REF_KEY, mapCheckpoint, mapEvent, mapJob, mapModel } from './mapping';
import { chatModelList } from '../chatModels';

export type { NetworkReporter };

export interface OpenAIProviderOptions extends OpenAIConnection {
  id: 'openai' | 'practice';
  network?: NetworkReporter;
  retryPolicy?: RetryPolicy;
  sleep?: Sleep;
  random?: () => number;
  interactiveTimeoutMs?: number;
  /** Job creation: attempts per user action, and the settle pause between look-ups (createJob.ts). */
  createAttempts?: number;
  createSettleMs?: number;
  /** Files larger than this go through the Uploads API in parts. */
  multipartAboveBytes?: number;
  partBytes?: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Texts per moderation request: small enough to stay well under request-size limits. */
const MODERATION_BATCH = 32;

export class OpenAIProvider implements FineTuningProvider {
  readonly id: 'openai' | 'practice';
  readonly capabilities;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;
  private readonly runner: CallRunner;

  constructor(private readonly options: OpenAIProviderOptions) {
    this.id = options.id;
    this.capabilities = PROVIDER_CAPABILITIES[options.id];
    this.client = createOpenAIClient(options);
    this.runner = new CallRunner({ ...options, ping: () => this.ping() });
    this.timeoutMs = this.runner.timeoutMs;
  }

  convert(examples: readonly ChatExample[]) {
    return convertExamples(this.id, examples);
  }

  async uploadTrainingFile(
    filename: string,
    content: Uint8Array,
    options: UploadOptions = {},
  ): Promise<UploadedFile> {
    const threshold = this.options.multipartAboveBytes ?? this.capabilities.multipartAboveBytes ?? Infinity;
    if (content.byteLength > threshold) return this.uploadInParts(filename, content, options);
    return uploadFileOnce(this.client, this.runner, filename, content, options);
  }

  /** A missing file is `deleted` rather than an error: callers use this to decide whether to reuse it. */
  async getFile(fileId: string, options: CallOptions = {}): Promise<FileState> {
    try {
      const file = await this.call('general', options, (req) => this.client.files.retrieve(fileId, req));
      const status = file.status === 'processed' || file.status === 'error' ? file.status : 'uploaded';
      return { id: file.id, status };
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code === 'not_found')
        return { id: fileId, status: 'deleted' };
      throw error;
    }
  }

  /** OpenAI's free moderation endpoint, in batches (it takes an array of texts per request). */
  async moderate(texts: readonly string[], options: CallOptions = {}): Promise<ModerationVerdict[]> {
    const verdicts: ModerationVerdict[] = [];
    for (let i = 0; i < texts.length; i += MODERATION_BATCH) {
      const input = texts.slice(i, i + MODERATION_BATCH);
      const answer = await this.call('general', options, (req) =>
        this.client.moderations.create({ model: 'omni-moderation-latest', input }, req),
      );
      for (const result of answer.results) {
        const categories = Object.entries(result.categories as unknown as Record<string, boolean>)
          .filter(([, on]) => on)
          .map(([name]) => name);
        verdicts.push({ flagged: result.flagged, categories });
      }
    }
    return verdicts;
  }

  createJob(request: CreateJobRequest, options: CallOptions = {}): Promise<ProviderJob> {
    return this.guard('fine-tuning', options.signal, () =>
      createJobOnce(request, {
        createOnce: async (body) => {
          const job = await this.client.fineTuning.jobs.create(body, this.requestOptions(options.signal));
          this.options.network?.reachable();
          return mapJob(this.id, job);
        },
        findByRef: (ref) => this.findByRefRaw(ref, options.signal),
        retry: this.retryContext(options.signal),
        maxAttempts: this.options.createAttempts ?? 3,
        settleMs: this.options.createSettleMs ?? 2_000,
        onAmbiguous: (error) => this.report(error),
      }),
    );
  }

  getJob(jobId: string, options: CallOptions = {}) {
    return this.call('fine-tuning', options, (req) => this.client.fineTuning.jobs.retrieve(jobId, req)).then(
      (j) => mapJob(this.id, j),
    );
  }

  async listJobs(
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderJob>> {
    const page = await this.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.list(query, req),
    );
    return { data: page.data.map((j) => mapJob(this.id, j)), hasMore: page.has_more };
  }

  findJobByRef(clientRef: string, options: CallOptions = {}) {
    return this.guard('fine-tuning', options.signal, () => this.findByRefRaw(clientRef, options.signal));
  }

  cancelJob(jobId: string, options: CallOptions = {}) {
    return this.call('fine-tuning', options, (req) => this.client.fineTuning.jobs.cancel(jobId, req)).then(
      (j) => mapJob(this.id, j),
    );
  }

  pauseJob(jobId: string, options: CallOptions = {}) {
    return this.call('fine-tuning', options, (req) => this.client.fineTuning.jobs.pause(jobId, req)).then(
      (j) => mapJob(this.id, j),
    );
  }

  resumeJob(jobId: string, options: CallOptions = {}) {
    return this.call('fine-tuning', options, (req) => this.client.fineTuning.jobs.resume(jobId, req)).then(
      (j) => mapJob(this.id, j),
    );
  }

  async listEvents(
    jobId: string,
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderEvent>> {
    const page = await this.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.listEvents(jobId, query, req),
    );
    return { data: page.data.map(mapEvent), hasMore: page.has_more };
  }

  async listCheckpoints(jobId: string, options: CallOptions = {}): Promise<ProviderCheckpoint[]> {
    const page = await this.call('fine-tuning', options, (req) =>
      this.client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 }, req),
    );
    return page.data.map(mapCheckpoint);
  }

  /** OpenAI reports metrics as `metrics` events; they are collected from every page, oldest step first. */
  async listMetrics(jobId: string, options: CallOptions = {}): Promise<MetricPoint[]> {
    const points: MetricPoint[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await this.listEvents(jobId, { limit: 100, ...(after ? { after } : {}) }, options);
      for (const event of page.data) if (event.metrics) points.push(event.metrics);
      after = page.data.at(-1)?.id;
      if (!page.hasMore || !after) break;
    }
    return points.sort((a, b) => a.step - b.step);
  }

  async listModels(options: CallOptions = {}): Promise<ProviderModel[]> {
    const page = await this.call('general', options, (req) => this.client.models.list(req));
    return page.data.map(mapModel);
  }

  /** POST /v1/embeddings (also the practice service's); the SDK asks for base64 and decodes it. */
  async embed(
    texts: readonly string[],
    request: EmbedRequest,
    options: CallOptions = {},
  ): Promise<EmbedResult> {
    const answer = await this.call('general', options, (req) =>
      this.client.embeddings.create(
        {
          model: request.model,
          input: [...texts],
          ...(request.dimensions !== undefined ? { dimensions: request.dimensions } : {}),
        },
        req,
      ),
    );
    const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
    for (const item of answer.data) vectors[item.index] = Float32Array.from(item.embedding);
    return { vectors, tokens: answer.usage.total_tokens };
  }

  /** Try's chat models (issue 16 §6): this provider's list, marked, or the catalog's dated list (chatModels.ts). */
  chatModels(options: CallOptions = {}): Promise<ChatModelList> {
    return chatModelList(this.id, () => this.listModels(options), options.signal);
  }

  async chat(
    model: string,
    turns: readonly ChatTurn[],
    options: CallOptions & ChatSettings & { onDelta?: (text: string) => void } = {},
  ): Promise<ChatReply> {
    return streamChat(this.client, this.runner, model, turns, options);
  }

  async probeAccount(options: CallOptions = {}): Promise<AccountProbe> {
    const models = await this.listModels(options);
    try {
      const jobs = await this.listJobs({ limit: 20 }, options);
      return { jobs: jobs.data, models };
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code === 'no_fine_tuning_access')
        return { jobs: 'forbidden', models };
      throw error;
    }
  }

  async ping(options: CallOptions = {}): Promise<void> {
    await this.call(
      'general',
      { ...options },
      (req) => this.client.models.list(req),
      0,
      Math.min(this.timeoutMs, 10_000),
    );
  }

  // --- internals -------------------------------------------------------------------------------------

  private async findByRefRaw(
    clientRef: string,
    signal: AbortSignal | undefined,
  ): Promise<ProviderJob | null> {
    const page = await this.retried(signal, (req) =>
      this.client.fineTuning.jobs.list({ limit: 100, metadata: { [CLIENT_REF_KEY]: clientRef } }, req),
    );
    // Checked here too, in case a provider ignores the metadata filter and lists everything.
    const job = page.data.find(
      (j) => (j as { metadata?: Record<string, string> | null }).metadata?.[CLIENT_REF_KEY] === clientRef,
    );
    return job ? mapJob(this.id, job) : null;
  }

  private requestOptions(signal: AbortSignal | undefined, timeout?: number) {
    return this.runner.requestOptions(signal, timeout);
  }

  private retryContext(signal: AbortSignal | undefined, maxRetries?: number): RetryContext {
    return this.runner.retryContext(signal, maxRetries);
  }

  private retried<T>(
    signal: AbortSignal | undefined,
    run: (req: RequestOptions) => Promise<T>,
    maxRetries?: number,
    timeout?: number,
  ): Promise<T> {
    return this.runner.retried(signal, run, maxRetries, timeout);
  }

  private call<T>(
    topic: CallTopic,
    options: CallOptions,
    run: (req: RequestOptions) => Promise<T>,
    maxRetries?: number,
    budgetMs?: number,
  ): Promise<T> {
    return this.runner.call(topic, options, run, maxRetries, budgetMs);
  }

  private guard<T>(topic: CallTopic, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    return this.runner.guard(topic, signal, work);
  }

  private report(error: unknown): void {
    this.runner.report(error);
  }

  private async uploadInParts(
    filename: string,
    content: Uint8Array,
    options: UploadOptions,
  ): Promise<UploadedFile> {
    const partBytes = Math.min(this.options.partBytes ?? MAX_PART_BYTES, MAX_PART_BYTES);
    const upload = await this.call('general', options, (req) =>
      this.client.uploads.create(
        { bytes: content.byteLength, filename, mime_type: 'application/jsonl', purpose: 'fine-tune' },
        req,
      ),
    );
    try {
      const partIds: string[] = [];
      for (let offset = 0; offset < content.byteLength; offset += partBytes) {
        const chunk = content.subarray(offset, offset + partBytes);
        const timeout = uploadTimeoutMs(chunk.byteLength, this.timeoutMs);
        const part = await this.call(
          'general',
          options,
          async (req) =>
            this.client.uploads.parts.create(
              upload.id,
              { data: await toFile(chunk, `${filename}.part`) },
              req,
            ),
          undefined,
          timeout,
        );
        partIds.push(part.id);
        options.onProgress?.(offset + chunk.byteLength, content.byteLength);
      }
      const done = await this.call('general', options, (req) =>
        this.client.uploads.complete(upload.id, { part_ids: partIds }, req),
      );
      if (!done.file) throw appError('server_error');
      return {
        id: done.file.id,
        filename: done.file.filename,
        bytes: done.file.bytes,
        createdAt: done.file.created_at * 1000,
      };
    } catch (error) {
      // Leave nothing half-made behind; the cancel itself must not delay the caller's own error.
      void this.client.uploads.cancel(upload.id, { timeout: 5_000, maxRetries: 0 }).catch(() => undefined);
      throw error;
    }
  }
}
