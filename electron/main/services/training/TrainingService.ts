// The Train feature in main: plan a run, check content, start (stage → upload → create), watch every
// unfinished job with the poller, control jobs (cancel, pause, resume), import the account's jobs, and
// tell the user when a job ends. Everything is stored in training.json before it is announced, and
// `resumeAll` (called at start-up) continues every unfinished run from its stored phase.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { blankRunState } from '../../../../shared/domain/training/blankRun';
import type { Currency, ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { Language } from '../../../../shared/domain/settings';
import { notificationText } from '../../../../shared/domain/training/notificationText';
import type {
  ModelsAnswer,
  ModerationAnswer,
  RunPlan,
  RunSettings,
} from '../../../../shared/domain/training/plan';
import { isRunActive, type TrainingRun } from '../../../../shared/domain/training/types';
import { appError } from '../../../../shared/ipc/errors';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import type { PriceBook } from '../providers/PriceBook';
import type { FineTuningProvider } from '../providers/Provider';
import type { FieldBounds } from '../../../../shared/domain/training/runFields';
import { JobPoller, realTimers, type LookResult, type PollTimers } from './JobPoller';
import { lookAtJob, snapshotOf } from './jobSync';
import type { Notifier } from './Notifier';
import { moderateSource } from './moderation';
import { providerEstimate } from './providerEstimate';
import { modelOptions, planRun } from './RunPlanner';
import { resumeRun, stageRun, type PipelineDeps } from './startPipeline';
import type { TrainingDataSource } from './TrainingDataSource';
import { findRun, updateRun, type TrainingFile } from './TrainingStore';
import type { Sleep } from './Uploader';

export interface TrainingServiceDeps {
  store: TrainingFile;
  dataDir: string;
  prices: PriceBook;
  source: TrainingDataSource;
  providers: {
    activeId(): ProviderId;
    get(id: ProviderId): FineTuningProvider;
    /** The adapter folder's rules (wind-down dates); absent in tests that fake providers. */
    rules?(id: ProviderId): { windDown: { noNewJobsFrom: string } | null } | null;
  };
  /** Identifies the account behind a provider (for the uploaded-file map); never the key itself. */
  accountKey(provider: ProviderId): string;
  emitChanged(run: TrainingRun): void;
  notifier: Notifier;
  language(): Language;
  now(): number;
  timers?: PollTimers;
  sleep?: Sleep;
  log?(level: 'info' | 'warn', event: string, data: Record<string, unknown>): void;
  /** Tests only: see PipelineDeps.afterJobCreated. */
  afterJobCreated?: (run: TrainingRun) => Promise<void>;
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(appError('cancelled'));
    });
  });

export class TrainingService {
  readonly poller: JobPoller;
  private readonly uploads = new Map<string, AbortController>();
  /** Content already moderated clean in this session: the start does not send it twice. */
  private readonly moderatedClean = new Set<string>();

  constructor(private readonly deps: TrainingServiceDeps) {
    this.poller = new JobPoller({
      timers: deps.timers ?? realTimers,
      look: (runId) => this.look(runId),
      onLookFailed: (runId, error) =>
        deps.log?.('warn', 'training.look_failed', {
          runId,
          code: (error as { ipcError?: { code?: string } }).ipcError?.code,
        }),
    });
  }

  runs(): TrainingRun[] {
    return [...this.deps.store.get().runs].sort((a, b) => b.createdAt - a.createdAt);
  }

  run(runId: string): TrainingRun {
    const run = findRun(this.deps.store, runId);
    if (!run) throw appError('not_found');
    return run;
  }

  sources() {
    return this.deps.source.list();
  }

  models(): ModelsAnswer {
    const provider = this.deps.providers.activeId();
    const rules = this.deps.providers.rules?.(provider);
    return rules === undefined || rules === null
      ? modelOptions(this.deps.prices, provider, new Date(this.deps.now()))
      : modelOptions(this.deps.prices, provider, new Date(this.deps.now()), rules.windDown);
  }

  /** The cap for runs billed in `currency`; caps are kept per currency, never converted. */
  budget(currency: Currency): number | null {
    return this.deps.store.get().budgets[currency] ?? null;
  }

  async setBudget(amount: number | null, currency: Currency): Promise<number | null> {
    await this.deps.store.update((s) => {
      const budgets = { ...s.budgets };
      if (amount === null) delete budgets[currency];
      else budgets[currency] = amount;
      return { ...s, budgets };
    });
    return amount;
  }

  plan(settings: RunSettings): Promise<RunPlan> {
    return planRun(
      {
        prices: this.deps.prices,
        source: this.deps.source,
        now: () => new Date(this.deps.now()),
        budget: (currency) => this.budget(currency),
      },
      this.deps.providers.activeId(),
      settings,
    );
  }

  /** The provider's own quote (Together): uploads the training part once, then asks; nothing is trained. */
  providerEstimate(settings: RunSettings) {
    const id = this.deps.providers.activeId();
    return providerEstimate(
      {
        store: this.deps.store,
        source: this.deps.source,
        sleep: this.deps.sleep ?? defaultSleep,
        provider: this.deps.providers.get(id),
        accountKey: this.deps.accountKey(id),
      },
      settings,
    );
  }

  /**
   * The active provider's bounds for this base's Start form fields, or none when it publishes none. A
   * failed read is none too: the form keeps its static bounds and the provider still checks at start.
   */
  async runLimits(model: string): Promise<FieldBounds> {
    const provider = this.deps.providers.get(this.deps.providers.activeId());
    if (!provider.runLimits) return {};
    return provider.runLimits(model).catch(() => ({}));
  }

  async moderate(sourceId: string): Promise<ModerationAnswer> {
    const provider = this.deps.providers.get(this.deps.providers.activeId());
    const answer = await moderateSource(provider, this.deps.source, sourceId);
    if (answer.available && answer.flagged.length === 0) this.moderatedClean.add(this.cleanKey(sourceId));
    return answer;
  }

  /**
   * Starts a run after the user confirmed the cost. Resolves once the run is saved (the upload goes on in
   * the background and reports through `jobs.changed`); refuses while the plan is blocked.
   */
  async start(settings: RunSettings): Promise<TrainingRun> {
    const providerId = this.deps.providers.activeId();
    const plan = await this.plan(settings);
    if (plan.blockedBy.length > 0) throw appError('bad_input', { path: plan.blockedBy[0] ?? 'plan' });
    const provider = this.deps.providers.get(providerId);
    if (!this.moderatedClean.has(this.cleanKey(settings.sourceId))) {
      const moderation = await this.moderate(settings.sourceId);
      if (moderation.flagged.length > 0)
        throw appError('file_invalid', {
          params: { flagged: moderation.flagged.map((f) => f.position).join(', ') },
        });
    }
    const summary = (await this.deps.source.list()).find((s) => s.id === settings.sourceId);
    const run: TrainingRun = {
      id: `run_${randomUUID()}`,
      provider: providerId,
      source: summary
        ? {
            id: summary.id,
            name: summary.name,
            trainCount: summary.trainCount,
            validationCount: summary.validationCount,
          }
        : null,
      request: {
        baseModel: settings.model,
        suffix: settings.suffix,
        // Without a provider-side "auto" the job would run the provider's own default, not what was priced.
        epochs:
          settings.epochs === 'auto' && !PROVIDER_CAPABILITIES[providerId].autoEpochs
            ? plan.epochs.epochs
            : settings.epochs,
        batchSize: settings.batchSize,
        learningRateMultiplier: settings.learningRateMultiplier,
        seed: settings.seed,
        ...(settings.options ? { options: settings.options } : {}),
      },
      createdAt: this.deps.now(),
      phase: 'uploading',
      ...blankRunState(),
      estimatedCost: { amount: plan.trainingCost.amount, currency: plan.trainingCost.currency },
    };
    await stageRun(this.pipelineDeps(), run, provider);
    await this.deps.store.update((s) => ({ ...s, runs: [...s.runs, run] }));
    this.deps.emitChanged(run);
    this.continueRun(run.id);
    return run;
  }

  /** Stops an upload in flight; the run ends as "upload cancelled" and nothing is created. */
  cancelUpload(runId: string): TrainingRun {
    const run = this.run(runId);
    if (run.phase !== 'uploading') throw appError('bad_input', { path: 'phase' });
    this.uploads.get(runId)?.abort();
    return run;
  }

  cancel(runId: string) {
    return this.control(runId, (p, id) => p.cancelJob(id));
  }

  pause(runId: string) {
    return this.control(runId, (p, id) => pauseOrRefuse(p, id, 'pause'));
  }

  resume(runId: string) {
    return this.control(runId, (p, id) => pauseOrRefuse(p, id, 'resume'));
  }

  /** Jobs on the account that this app does not know yet (started elsewhere, or before a reinstall). */
  async importJobs(): Promise<TrainingRun[]> {
    const providerId = this.deps.providers.activeId();
    const provider = this.deps.providers.get(providerId);
    const page = await provider.listJobs({ limit: 20 });
    const known = new Set(this.deps.store.get().runs.flatMap((r) => [r.id, r.job?.id ?? '']));
    const fresh = page.data.filter(
      (job) => !known.has(job.id) && !(job.clientRef && known.has(job.clientRef)),
    );
    for (const job of fresh) {
      const run: TrainingRun = {
        id: `run_${randomUUID()}`,
        provider: providerId,
        source: null,
        request: {
          baseModel: job.baseModel,
          suffix: null,
          epochs: job.epochs ?? 'auto',
          batchSize: 'auto',
          learningRateMultiplier: 'auto',
          seed: null,
        },
        createdAt: job.createdAt,
        phase: 'tracking',
        stopReason: null,
        startError: null,
        upload: null,
        files: { train: null, validation: null },
        job: snapshotOf(job),
        progress: null,
        eventCursor: null,
        events: [],
        metrics: [],
        checkpoints: [],
        // Jobs that ended before we knew them are history, not news.
        notified: !isRunActive({ phase: 'tracking', job: snapshotOf(job) }),
        imported: true,
        estimatedCost: null,
      };
      await this.deps.store.update((s) => ({ ...s, runs: [...s.runs, run] }));
      await this.look(run.id, true).catch(() => undefined);
      if (isRunActive(this.run(run.id))) this.poller.track(run.id);
    }
    return this.runs();
  }

  /** Start-up: every unfinished run continues from its stored phase; finished ones cost nothing. */
  resumeAll(): void {
    for (const run of this.deps.store.get().runs) {
      if (!isRunActive(run)) continue;
      if (run.phase === 'uploading') this.continueRun(run.id);
      else this.poller.track(run.id);
    }
  }

  /** The computer woke up, or the user asked to refresh: look at every unfinished job now. */
  wake(): void {
    this.poller.wake();
  }

  /** A job view opened or closed on a run (see JobPoller.watch): watched running jobs move smoothly. */
  watch(runId: string, watched: boolean): void {
    this.poller.watch(runId, watched);
  }

  dispose(): void {
    this.poller.dispose();
    for (const controller of this.uploads.values()) controller.abort();
    this.uploads.clear();
  }

  // --- internals -------------------------------------------------------------------------------------

  private cleanKey(sourceId: string) {
    return `${this.deps.providers.activeId()}:${sourceId}`;
  }

  private continueRun(runId: string): void {
    const controller = new AbortController();
    this.uploads.set(runId, controller);
    void resumeRun(this.pipelineDeps(), runId, controller.signal).finally(() => {
      if (this.uploads.get(runId) === controller) this.uploads.delete(runId);
    });
  }

  private pipelineDeps(): PipelineDeps {
    return {
      store: this.deps.store,
      source: this.deps.source,
      stagingDir: path.join(this.deps.dataDir, 'training-staging'),
      sleep: this.deps.sleep ?? defaultSleep,
      providerFor: (run) => this.deps.providers.get(run.provider),
      accountKey: (run) => this.deps.accountKey(run.provider),
      changed: (run) => this.deps.emitChanged(run),
      tracked: (run) => this.poller.track(run.id),
      retryLater: (run) => this.poller.track(run.id),
      ...(this.deps.afterJobCreated ? { afterJobCreated: this.deps.afterJobCreated } : {}),
    };
  }

  /** One poll of one run: a pending create is retried (duplicate-free); a job is looked at. */
  private async look(runId: string, force = false): Promise<LookResult> {
    const run = findRun(this.deps.store, runId);
    if (!run || (!force && !isRunActive(run))) return { ended: true, statusChanged: false };
    if (run.phase === 'creating') {
      await resumeRun(this.pipelineDeps(), runId, new AbortController().signal);
      const after = findRun(this.deps.store, runId);
      return { ended: !after || after.phase === 'stopped', statusChanged: after?.phase !== 'creating' };
    }
    if (run.phase !== 'tracking') return { ended: false, statusChanged: false };
    const outcome = await lookAtJob(this.deps.providers.get(run.provider), run);
    const notify = outcome.ended && !outcome.run.notified;
    const saved = await updateRun(this.deps.store, runId, () => ({
      ...outcome.run,
      notified: outcome.run.notified || notify,
    }));
    if (saved) {
      this.deps.emitChanged(saved);
      if (notify) this.notifyEnded(saved);
    }
    return {
      ended: outcome.ended,
      statusChanged: outcome.statusChanged,
      running: outcome.run.job?.status === 'running',
    };
  }

  private notifyEnded(run: TrainingRun): void {
    const status = run.job?.status;
    if (status !== 'succeeded' && status !== 'failed' && status !== 'cancelled') return;
    const name = run.request.suffix || run.job?.fineTunedModel || run.request.baseModel;
    const text = notificationText(this.deps.language(), status, name);
    this.deps.notifier.notify({ ...text, runId: run.id });
  }

  private async control(
    runId: string,
    call: (
      provider: FineTuningProvider,
      jobId: string,
    ) => Promise<import('../providers/Provider').ProviderJob>,
  ): Promise<TrainingRun> {
    const run = this.run(runId);
    if (!run.job) throw appError('bad_input', { path: 'job' });
    const job = await call(this.deps.providers.get(run.provider), run.job.id);
    // A cancel the user made here needs no notification; one made elsewhere still gets one.
    const saved = await updateRun(this.deps.store, runId, (r) => ({
      ...r,
      job: snapshotOf(job),
      notified: r.notified || job.status.status === 'cancelled',
    }));
    if (!saved) throw appError('not_found');
    this.deps.emitChanged(saved);
    if (isRunActive(saved)) this.poller.track(runId);
    // One more look picks up the provider's closing events (e.g. "job cancelled") for the log.
    else await this.look(runId, true).catch(() => undefined);
    return this.run(runId);
  }
}

/** Pause and resume exist only where the provider's capabilities say so; elsewhere they are refused. */
export function pauseOrRefuse(provider: FineTuningProvider, jobId: string, action: 'pause' | 'resume') {
  const call = action === 'pause' ? provider.pauseJob : provider.resumeJob;
  if (!provider.capabilities.pauseResume || !call) return Promise.reject(appError('not_supported'));
  return call.call(provider, jobId);
}
