// The Alibaba Model Studio (DashScope / 百炼) adapter. Files and chat go through the `openai` SDK on the
// OpenAI-compatible prefix; jobs, logs and deployments through the native API (native.ts). Every call runs
// under the shared call policy (callRunner.ts). The region is found on first use by probing the hosts in
// PROBE_ORDER with the cheapest read (one job, one page) and remembered through `onRegionFound`.
// Practice mode reaches the Alibaba practice service through this same class (its hosts and fetch).
import OpenAI, { toFile } from 'openai';
import type { ChatExample } from '../../../../../shared/domain/chat';
import type {
  DeploymentBilling,
  ProviderDeploymentInfo,
} from '../../../../../shared/domain/deployments/types';
import type { AlibabaRegion } from '../../../../../shared/domain/providers/accountSettings';
import { PROVIDER_CAPABILITIES } from '../../../../../shared/domain/providers/capabilities';
import { convertExamples } from '../../../../../shared/domain/providers/convert';
import { DEFAULT_ALIBABA_OPTIONS } from '../../../../../shared/domain/training/runOptions';
import { appError } from '../../../../../shared/ipc/errors';
import { uploadTimeoutMs, type RetryPolicy, type Sleep } from '../callPolicy';
import { CallRunner, type NetworkReporter, type RequestOptions } from '../callRunner';
import { streamChat } from '../openai/calls';
import { createOpenAIClient } from '../openai/client';
import { createDuplicateFree } from '../createOnce';
import { jobControls, type JobControls } from '../jobControls';
import type { CallTopic } from '../errorMapping';
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
  UploadedFile,
  UploadOptions,
} from '../Provider';
import { alibabaAppError, isArrearage, isKeyRefusal } from './errors';
import { ALIBABA_HOSTS, PROBE_ORDER } from './hosts';
import {
  logEvents,
  mapDeployment,
  mapJob,
  metricFromLine,
  refOf,
  refToken,
  suffixFor,
  type DashScopeDeployment,
  type DashScopeJob,
} from './mapping';
import { DashScopeNative } from './native';

export interface AlibabaProviderOptions {
  id?: 'alibaba';
  apiKey: string;
  /** A fixed region, or null to probe (then `knownRegion` is tried first when set). */
  region: AlibabaRegion | null;
  knownRegion?: AlibabaRegion | null;
  workspace?: string | null;
  /** Where each region lives: the real hosts by default, the practice service's in tests and practice. */
  hosts?: Readonly<Record<AlibabaRegion, string>>;
  fetch?: typeof fetch;
  onRegionFound?: (region: AlibabaRegion) => void;
  network?: NetworkReporter;
  retryPolicy?: RetryPolicy;
  sleep?: Sleep;
  random?: () => number;
  interactiveTimeoutMs?: number;
  createAttempts?: number;
  createSettleMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
  /** Clock for dating log lines (they carry no time). */
  now?: () => number;
}

/** Jobs looked through when matching a reference (newest first): far more than one user starts at once. */
const REF_SCAN = { pages: 3, pageSize: 50 } as const;
const LOG_PAGE_MAX = 1000;

interface Connected {
  region: AlibabaRegion;
  native: DashScopeNative;
  compat: OpenAI;
}

export class AlibabaProvider implements FineTuningProvider {
  readonly id = 'alibaba' as const;
  readonly capabilities = PROVIDER_CAPABILITIES.alibaba;
  readonly deployments: DeploymentControl;
  readonly findJobByRef: JobControls['findJobByRef'];
  readonly cancelJob: JobControls['cancelJob'];
  private readonly runner: CallRunner;
  private connected: Promise<Connected> | null = null;
  private region: AlibabaRegion | null;

  constructor(private readonly options: AlibabaProviderOptions) {
    this.region = options.region ?? null;
    this.runner = new CallRunner({
      ...options,
      ping: () => this.ping(),
      toAppError: (error, topic) => alibabaAppError(error, topic, this.region),
    });
    const controls = jobControls({
      runner: this.runner,
      refToken,
      findByToken: (token, signal) => this.findByToken(token, signal),
      requestCancel: (id, o) =>
        this.native('fine-tuning', o, {
          method: 'POST',
          path: `/fine-tunes/${encodeURIComponent(id)}/cancel`,
        }),
      getJob: (id, o) => this.getJob(id, o),
    });
    this.findJobByRef = controls.findJobByRef;
    this.cancelJob = controls.cancelJob;
    this.deployments = this.deploymentControl();
  }

  /** The region in use, once known (the account card shows it). */
  async resolveRegion(options: CallOptions = {}): Promise<AlibabaRegion> {
    return (await this.connect(options)).region;
  }

  convert(examples: readonly ChatExample[]) {
    return convertExamples('alibaba', examples);
  }

  async uploadTrainingFile(
    filename: string,
    content: Uint8Array,
    options: UploadOptions = {},
  ): Promise<UploadedFile> {
    const { compat } = await this.connect(options);
    const file = await this.runner.call(
      'general',
      options,
      async (req) =>
        compat.files.create({ file: await toFile(content, filename), purpose: 'fine-tune' }, req),
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

  /** DashScope documents no processing state: a file it still lists is ready (reference §2.2). */
  async getFile(fileId: string, options: CallOptions = {}): Promise<FileState> {
    const { compat } = await this.connect(options);
    try {
      await this.runner.call('general', options, (req) => compat.files.retrieve(fileId, req));
      return { id: fileId, status: 'processed' };
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code === 'not_found')
        return { id: fileId, status: 'deleted' };
      throw error;
    }
  }

  async createJob(request: CreateJobRequest, options: CallOptions = {}): Promise<ProviderJob> {
    const { native } = await this.connect(options);
    const token = refToken(request.clientRef);
    const own = request.options?.kind === 'alibaba' ? request.options : DEFAULT_ALIBABA_OPTIONS;
    const hyper = {
      ...(typeof request.epochs === 'number' ? { n_epochs: request.epochs } : {}),
      ...(typeof request.batchSize === 'number' ? { batch_size: request.batchSize } : {}),
      // DashScope takes the learning rate itself, as a string (reference §2.3).
      ...(typeof own.learningRate === 'number' ? { learning_rate: String(own.learningRate) } : {}),
    };
    const body = {
      model: request.baseModel,
      training_file_ids: [request.trainingFileId],
      validation_file_ids: request.validationFileId ? [request.validationFileId] : [],
      hyper_parameters: hyper,
      training_type: own.trainingType,
      finetuned_output_suffix: suffixFor(request.clientRef, request.suffix),
    };
    return this.runner.guard('fine-tuning', options.signal, () =>
      createDuplicateFree({
        createOnce: async () => {
          const job = await native.request<DashScopeJob>(
            { method: 'POST', path: '/fine-tunes', body },
            this.runner.requestOptions(options.signal),
          );
          this.runner.reachable();
          return mapJob({ finetuned_output_suffix: body.finetuned_output_suffix, ...job });
        },
        find: () => this.findByToken(token, options.signal),
        retry: this.runner.retryContext(options.signal),
        maxAttempts: this.options.createAttempts ?? 3,
        settleMs: this.options.createSettleMs ?? 2_000,
        onAmbiguous: (error) => this.runner.report(error),
      }),
    );
  }

  async getJob(jobId: string, options: CallOptions = {}): Promise<ProviderJob> {
    const job = await this.native<DashScopeJob>('fine-tuning', options, {
      method: 'GET',
      path: `/fine-tunes/${encodeURIComponent(jobId)}`,
    });
    return mapJob(job);
  }

  /** `after` is the page number to read next (DashScope pages by number, newest first). */
  async listJobs(
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderJob>> {
    const pageNo = query.after ? Number(query.after) || 1 : 1;
    const pageSize = Math.min(100, query.limit ?? 20);
    const output = await this.native<{ jobs?: DashScopeJob[]; total?: number }>('fine-tuning', options, {
      method: 'GET',
      path: '/fine-tunes',
      query: { page_no: pageNo, page_size: pageSize },
    });
    const jobs = output.jobs ?? [];
    return { data: jobs.map(mapJob), hasMore: pageNo * pageSize < (output.total ?? jobs.length) };
  }

  /**
   * The job's log as events, newest first. `after` is an event id (`log-N`): the page holds the lines
   * before line N. Two reads per page: the line count, then the lines themselves.
   */
  async listEvents(
    jobId: string,
    query: { after?: string; limit?: number },
    options: CallOptions = {},
  ): Promise<Page<ProviderEvent>> {
    const limit = Math.min(LOG_PAGE_MAX, query.limit ?? 100);
    const before = query.after
      ? Number(query.after.replace(/^log-/, ''))
      : (await this.logs(jobId, 0, 1, options)).total;
    const offset = Math.max(0, before - limit);
    if (before <= 0) return { data: [], hasMore: false };
    const page = await this.logs(jobId, offset, before - offset, options);
    return { data: logEvents(page.logs, offset, this.now()), hasMore: offset > 0 };
  }

  /** Alibaba has no checkpoints for text models (reference §2.3). */
  listCheckpoints(): Promise<ProviderCheckpoint[]> {
    return Promise.resolve([]);
  }

  /** Loss from every log line, oldest first. */
  async listMetrics(jobId: string, options: CallOptions = {}): Promise<MetricPoint[]> {
    const points: MetricPoint[] = [];
    for (let offset = 0, pages = 0; pages < 100; pages++) {
      const page = await this.logs(jobId, offset, LOG_PAGE_MAX, options);
      page.logs.forEach((line, i) => {
        const point = metricFromLine(line, offset + i + 1);
        if (point) points.push(point);
      });
      offset += page.logs.length;
      if (page.logs.length === 0 || offset >= page.total) break;
    }
    return points.sort((a, b) => a.step - b.step);
  }

  async listModels(options: CallOptions = {}): Promise<ProviderModel[]> {
    const { compat } = await this.connect(options);
    const page = await this.runner.call('general', options, (req) => compat.models.list(req));
    return page.data.map((m) => ({
      id: m.id,
      createdAt: (m.created ?? 0) * 1000,
      ownedBy: m.owned_by ?? 'alibaba',
      shutdownDate: null,
      fineTuned: /-ft-\d{12}-/.test(m.id),
    }));
  }

  async chat(
    model: string,
    turns: readonly ChatTurn[],
    options: CallOptions & ChatSettings & { onDelta?: (text: string) => void } = {},
  ): Promise<ChatReply> {
    const { compat } = await this.connect(options);
    // DashScope's compatible mode takes OpenAI's older `max_tokens`.
    return streamChat(compat, this.runner, model, turns, options, 'max_tokens');
  }

  async probeAccount(options: CallOptions = {}): Promise<AccountProbe> {
    const models = await this.listModels(options);
    try {
      const jobs = await this.listJobs({ limit: 20 }, options);
      return { jobs: jobs.data, models };
    } catch (error) {
      const code = (error as { ipcError?: { code?: string } }).ipcError?.code;
      if (code === 'no_fine_tuning_access' || code === 'permission_denied')
        return { jobs: 'forbidden', models };
      throw error;
    }
  }

  async ping(options: CallOptions = {}): Promise<void> {
    await this.native(
      'general',
      options,
      { method: 'GET', path: '/fine-tunes', query: { page_no: 1, page_size: 1 } },
      0,
    );
  }

  // --- internals -------------------------------------------------------------------------------------

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private hosts(): Readonly<Record<AlibabaRegion, string>> {
    return this.options.hosts ?? ALIBABA_HOSTS;
  }

  private clientsFor(region: AlibabaRegion): Connected {
    const host = this.hosts()[region];
    const fetchFn = this.options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const workspace = this.options.workspace ?? null;
    const native = new DashScopeNative({ host, apiKey: this.options.apiKey, workspace, fetch: fetchFn });
    const compat = createOpenAIClient({
      apiKey: this.options.apiKey,
      baseURL: `${host}/compatible-mode/v1`,
      fetch: workspace ? withWorkspace(fetchFn, workspace) : fetchFn,
    });
    return { region, native, compat };
  }

  /** The clients for the account's region, probing for it once per adapter when it is not known. */
  private connect(options: CallOptions): Promise<Connected> {
    if (this.region) return Promise.resolve(this.clientsFor(this.region));
    this.connected ??= this.probeRegions(options).catch((error: unknown) => {
      this.connected = null;
      throw error;
    });
    return this.connected;
  }

  private async probeRegions(options: CallOptions): Promise<Connected> {
    const known = this.options.knownRegion ?? null;
    const order = known ? [known, ...PROBE_ORDER.filter((r) => r !== known)] : PROBE_ORDER;
    let refusal: unknown = null;
    for (const region of order) {
      const clients = this.clientsFor(region);
      try {
        await this.runner.call('general', options, (req) =>
          clients.native.request(
            { method: 'GET', path: '/fine-tunes', query: { page_no: 1, page_size: 1 } },
            req,
          ),
        );
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause ?? error;
        const ipc = (error as { ipcError?: { code?: string } }).ipcError?.code;
        // A refused key may belong to the other region; an account in arrears is still this region's.
        if (ipc === 'key_rejected' || isKeyRefusal(cause)) {
          refusal = error;
          continue;
        }
        if (!(ipc === 'billing_arrears' || isArrearage(cause))) throw error;
      }
      this.region = region;
      if (region !== known) this.options.onRegionFound?.(region);
      return clients;
    }
    throw refusal ?? appError('key_rejected');
  }

  private async native<T>(
    topic: CallTopic,
    options: CallOptions,
    req: Parameters<DashScopeNative['request']>[0],
    maxRetries?: number,
  ): Promise<T> {
    const { native } = await this.connect(options);
    return this.runner.call(topic, options, (r: RequestOptions) => native.request<T>(req, r), maxRetries);
  }

  private logs(jobId: string, offset: number, line: number, options: CallOptions) {
    return this.native<{ total?: number; logs?: string[] }>('fine-tuning', options, {
      method: 'GET',
      path: `/fine-tunes/${encodeURIComponent(jobId)}/logs`,
      query: { offset, line: Math.max(1, Math.min(LOG_PAGE_MAX, line)) },
    }).then((o) => ({ total: o.total ?? o.logs?.length ?? 0, logs: o.logs ?? [] }));
  }

  /** The newest jobs, matched by the reference in their suffix or model name. Reads may retry. */
  private async findByToken(token: string, signal: AbortSignal | undefined): Promise<ProviderJob | null> {
    const { native } = await this.connect(signal ? { signal } : {});
    for (let pageNo = 1; pageNo <= REF_SCAN.pages; pageNo++) {
      const output = await this.runner.retried(signal, (req) =>
        native.request<{ jobs?: DashScopeJob[]; total?: number }>(
          { method: 'GET', path: '/fine-tunes', query: { page_no: pageNo, page_size: REF_SCAN.pageSize } },
          req,
        ),
      );
      const jobs = output.jobs ?? [];
      const match = jobs.find((j) => refOf(j) === token);
      if (match) return mapJob(match);
      if (pageNo * REF_SCAN.pageSize >= (output.total ?? 0) || jobs.length === 0) break;
    }
    return null;
  }

  private deploymentControl(): DeploymentControl {
    const list = async (options: CallOptions = {}) => {
      const output = await this.native<{ deployments?: DashScopeDeployment[] }>('general', options, {
        method: 'GET',
        path: '/deployments',
        query: { page_no: 1, page_size: 100 },
      });
      return (output.deployments ?? []).map(mapDeployment);
    };
    const findRaw = async (model: string, signal: AbortSignal | undefined) => {
      const { native } = await this.connect(signal ? { signal } : {});
      const output = await this.runner.retried(signal, (req) =>
        native.request<{ deployments?: DashScopeDeployment[] }>(
          { method: 'GET', path: '/deployments', query: { page_no: 1, page_size: 100 } },
          req,
        ),
      );
      // A stopped one does not count: deploying again is what the user asked for.
      return (
        (output.deployments ?? [])
          .map(mapDeployment)
          .find((d) => d.model === model && d.state !== 'stopped' && d.state !== 'stopping') ?? null
      );
    };
    return {
      billing: (): DeploymentBilling => ({ kind: 'per-token' }),
      list,
      findByModel: (model, options = {}) =>
        this.runner.guard('general', options.signal, () => findRaw(model, options.signal)),
      get: async (id, options = {}) =>
        mapDeployment(
          await this.native<DashScopeDeployment>('general', options, {
            method: 'GET',
            path: `/deployments/${encodeURIComponent(id)}`,
          }),
        ),
      stop: async (id, options = {}): Promise<ProviderDeploymentInfo> => {
        await this.native('general', options, {
          method: 'DELETE',
          path: `/deployments/${encodeURIComponent(id)}`,
        });
        return { id, model: id, chatModel: id, state: 'stopping', raw: 'DELETING', createdAt: null };
      },
      deploy: async (model, options = {}) => {
        const { native } = await this.connect(options);
        // `plan: "lora"` is the per-token plan: nothing is billed while the model sits idle (reference §2.5).
        const body = { model_name: model, capacity: 1, plan: 'lora' };
        return this.runner.guard('general', options.signal, () =>
          createDuplicateFree({
            createOnce: async () => {
              const d = await native.request<DashScopeDeployment>(
                { method: 'POST', path: '/deployments', body },
                this.runner.requestOptions(options.signal),
              );
              this.runner.reachable();
              return mapDeployment({ model_name: model, ...d });
            },
            find: () => findRaw(model, options.signal),
            retry: this.runner.retryContext(options.signal),
            maxAttempts: this.options.createAttempts ?? 3,
            settleMs: this.options.createSettleMs ?? 2_000,
            onAmbiguous: (error) => this.runner.report(error),
          }),
        );
      },
    };
  }
}

/** Compatible-mode calls carry the workspace header too (the SDK is given it through fetch). */
function withWorkspace(inner: typeof fetch, workspace: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('X-DashScope-WorkSpace', workspace);
    return inner(input, { ...init, headers });
  };
}
