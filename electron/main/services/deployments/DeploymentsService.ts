// Deploying a trained model so it can answer, as a first-class step. Rules:
//  - one deployment per provider + model: a record is saved (phase `requested`) BEFORE the create call, the
//    adapter's create looks the model up first and after any ambiguous failure, and on start-up a record
//    left `requested` (a crash between the call and its answer) is reconciled by the model's name;
//  - states are normalized (deploying, ready, failed, stopping, stopped) with the raw value kept, and
//    watched with the same back-off poller as jobs until they settle;
//  - per-hour deployments (Together, later) cost money while they run, so: starting one needs the hourly
//    price confirmed, auto-stop is on by default, the running cost is computed on every look, quitting
//    while one runs asks first (`runningHourly`), and one found running at start is announced.
import { randomUUID } from 'node:crypto';
import {
  isDeploymentLive,
  isDeploymentSettled,
  type DeploymentBilling,
  type DeploymentRecord,
  type ProviderDeploymentInfo,
} from '../../../../shared/domain/deployments/types';
import type { ModelPrice } from '../../../../shared/domain/pricing/catalog';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import { AppError, appError } from '../../../../shared/ipc/errors';
import type { FineTuningProvider } from '../providers/Provider';
import { JobPoller, realTimers, type LookResult, type PollTimers } from '../training/JobPoller';
import type { DeploymentFile } from './DeploymentStore';

/** Auto-stop default for per-hour deployments: idle this long, it stops by itself. */
export const DEFAULT_AUTO_STOP_MINUTES = 15;

/** What "Deploy to chat" says before anything happens: how it is billed and how long it usually takes. */
export interface DeploymentQuote {
  billing: DeploymentBilling;
  /** Typical minutes until it answers, from the provider's documentation (Alibaba: 5-10). */
  typicalMinutes: { min: number; max: number };
  /** Per-token billing: what its tokens cost, from the price catalog (null figures: not published). */
  tokenPrice: DeploymentTokenPrice | null;
}

export interface DeploymentTokenPrice {
  inputPer1M: number | null;
  outputPer1M: number | null;
  currency: string;
  checkedOn: string;
}

const TYPICAL_MINUTES: Partial<Record<ProviderId, { min: number; max: number }>> = {
  alibaba: { min: 5, max: 10 },
  // Nebius validates a LoRA in 5-15 s (reference nebius-2026-12 §6).
  nebius: { min: 1, max: 2 },
};

export interface DeployRequest {
  provider: ProviderId;
  model: string;
  runId: string | null;
  /** Per-hour only: the hourly price the user saw and confirmed; refused when it differs or is missing. */
  confirmedPerHour?: number | null;
  /** Per-hour only: null switches auto-stop off (the user must say so). */
  autoStopMinutes?: number | null;
}

export interface DeploymentsDeps {
  store: DeploymentFile;
  providers: { get(id: ProviderId): FineTuningProvider };
  now(): number;
  emitChanged(deployment: DeploymentRecord): void;
  timers?: PollTimers;
  /** The price catalog with the user's overrides; a fine-tune is served at its base model's token price. */
  priceOf?(provider: ProviderId, model: string): ModelPrice | undefined;
  log?(level: 'info' | 'warn', event: string, data: Record<string, unknown>): void;
  /** Tests only: runs after the provider accepted the deploy and before it is saved (crash injection). */
  afterDeployCalled?: (record: DeploymentRecord) => Promise<void>;
}

export class DeploymentsService {
  readonly poller: JobPoller;

  constructor(private readonly deps: DeploymentsDeps) {
    this.poller = new JobPoller({
      timers: deps.timers ?? realTimers,
      look: (id) => this.look(id),
      onLookFailed: (id, error) =>
        deps.log?.('warn', 'deployments.look_failed', {
          id,
          code: (error as { ipcError?: { code?: string } }).ipcError?.code,
        }),
    });
  }

  list(): DeploymentRecord[] {
    return [...this.deps.store.get().deployments].sort((a, b) => b.requestedAt - a.requestedAt);
  }

  /** The deployment of a model that is not stopped, if any (Try lists these; Train offers "Deploy"). */
  forModel(provider: ProviderId, model: string): DeploymentRecord | null {
    return (
      this.list().find((d) => d.provider === provider && d.model === model && d.state !== 'stopped') ?? null
    );
  }

  quote(provider: ProviderId, model: string): DeploymentQuote {
    const control = this.control(provider);
    const billing = control.billing(model);
    const price = billing.kind === 'per-token' ? this.deps.priceOf?.(provider, model) : undefined;
    return {
      billing,
      typicalMinutes: TYPICAL_MINUTES[provider] ?? { min: 1, max: 15 },
      tokenPrice: price
        ? {
            inputPer1M: price.inputPer1M,
            outputPer1M: price.outputPer1M,
            currency: price.currency ?? 'USD',
            checkedOn: price.checkedOn,
          }
        : null,
    };
  }

  async deploy(request: DeployRequest): Promise<DeploymentRecord> {
    const control = this.control(request.provider);
    const existing = this.forModel(request.provider, request.model);
    if (existing && existing.state !== 'failed') return existing;
    const billing = control.billing(request.model);
    if (billing.kind === 'per-hour' && request.confirmedPerHour !== billing.perHour)
      throw appError('bad_input', { path: 'confirmedPerHour' });
    const record: DeploymentRecord = {
      id: existing?.id ?? `dep_${randomUUID()}`,
      provider: request.provider,
      model: request.model,
      runId: request.runId,
      phase: 'requested',
      providerId: null,
      chatModel: null,
      state: 'deploying',
      raw: null,
      billing,
      requestedAt: this.deps.now(),
      readyAt: null,
      stoppedAt: null,
      autoStopMinutes:
        billing.kind === 'per-hour'
          ? request.autoStopMinutes === undefined
            ? DEFAULT_AUTO_STOP_MINUTES
            : request.autoStopMinutes
          : null,
      lastUsedAt: null,
      error: null,
    };
    await this.save(record);
    await this.create(record.id);
    return this.get(record.id);
  }

  async stop(id: string): Promise<DeploymentRecord> {
    const record = this.get(id);
    if (!record.providerId) throw appError('bad_input', { path: 'phase' });
    const info = await this.control(record.provider).stop(record.providerId);
    const saved = await this.apply(id, info);
    this.poller.track(id);
    return saved;
  }

  /** A chat went through a deployed model: it is in use (auto-stop counts idle time from here). */
  async markUsed(provider: ProviderId, chatModel: string): Promise<void> {
    const record = this.list().find((d) => d.provider === provider && d.chatModel === chatModel);
    if (record) await this.update(record.id, (r) => ({ ...r, lastUsedAt: this.deps.now() }));
  }

  /** Per-hour deployments that may be costing money now: the quit warning lists these. */
  runningHourly(): DeploymentRecord[] {
    return this.list().filter((d) => d.billing.kind === 'per-hour' && isDeploymentLive(d.state));
  }

  /** Start-up: reconcile what a crash interrupted, watch what is unsettled; returns per-hour ones still up. */
  resumeAll(): DeploymentRecord[] {
    const running = this.runningHourly();
    for (const record of this.deps.store.get().deployments) {
      if (record.phase === 'requested') void this.create(record.id);
      else if (!isDeploymentSettled(record.state) || record.billing.kind === 'per-hour')
        this.poller.track(record.id);
    }
    return running;
  }

  dispose(): void {
    this.poller.dispose();
  }

  /** Quit: remember when, so the next start can say what ran (and cost) while Tunesmith was closed. */
  async markClosed(): Promise<void> {
    await this.deps.store.update((s) => ({ ...s, closedAt: this.deps.now() }));
  }

  /** When Tunesmith last quit (null on a first start, or before any quit was recorded). */
  closedAt(): number | null {
    return this.deps.store.get().closedAt;
  }

  // --- internals -------------------------------------------------------------------------------------

  private get(id: string): DeploymentRecord {
    const record = this.deps.store.get().deployments.find((d) => d.id === id);
    if (!record) throw appError('not_found');
    return record;
  }

  private control(provider: ProviderId) {
    const capabilities = PROVIDER_CAPABILITIES[provider];
    const control =
      capabilities.deployment.step === 'required' ? this.deps.providers.get(provider).deployments : undefined;
    if (!control) throw appError('not_supported');
    return control;
  }

  /**
   * The create call for a saved record. The adapter looks the model up before creating, so calling this
   * again after a crash finds the deployment the lost answer described instead of making a second one.
   */
  private async create(id: string): Promise<void> {
    const record = this.get(id);
    try {
      const info = await this.control(record.provider).deploy(record.model, {
        autoStopMinutes: record.autoStopMinutes,
      });
      await this.deps.afterDeployCalled?.(record);
      await this.apply(id, info);
      this.poller.track(id);
    } catch (error) {
      const code = error instanceof AppError ? error.ipcError : { code: 'internal' as const };
      // A failure that may pass (offline, 5xx, timeout) keeps the record `requested`: the next start or
      // the next "Deploy" tries again, and finds rather than duplicates.
      const transient = ['offline', 'timeout', 'server_error', 'rate_limited'].includes(code.code);
      await this.update(id, (r) => ({
        ...r,
        ...(transient ? {} : { phase: 'known' as const, state: 'failed' as const }),
        error: { code: code.code, ...(code.params ? { params: code.params } : {}) },
      }));
      throw error;
    }
  }

  private async look(id: string): Promise<LookResult> {
    const record = this.deps.store.get().deployments.find((d) => d.id === id);
    if (!record?.providerId) return { ended: true, statusChanged: false };
    const control = this.control(record.provider);
    let info: ProviderDeploymentInfo;
    try {
      info = await control.get(record.providerId);
    } catch (error) {
      // Gone from the provider: it is stopped (deleted at once, or released).
      if (error instanceof AppError && error.ipcError.code === 'not_found')
        info = { ...toInfo(record), state: 'stopped', raw: 'NOT_FOUND' };
      else throw error;
    }
    const before = record.state;
    let saved = await this.apply(id, info);
    if (this.idleTooLong(saved)) {
      this.deps.log?.('info', 'deployments.auto_stopped', { id, provider: saved.provider });
      saved = await this.apply(id, await control.stop(saved.providerId!));
    }
    // Per-hour ones stay watched while they run: the auto-stop clock and the cost meter need looks.
    const ended =
      isDeploymentSettled(saved.state) &&
      !(saved.billing.kind === 'per-hour' && isDeploymentLive(saved.state));
    return { ended, statusChanged: before !== saved.state };
  }

  private idleTooLong(record: DeploymentRecord): boolean {
    if (record.billing.kind !== 'per-hour' || record.state !== 'ready' || record.autoStopMinutes === null)
      return false;
    const since = record.lastUsedAt ?? record.readyAt ?? record.requestedAt;
    return this.deps.now() - since >= record.autoStopMinutes * 60_000;
  }

  private apply(id: string, info: ProviderDeploymentInfo): Promise<DeploymentRecord> {
    const now = this.deps.now();
    return this.update(id, (r) => ({
      ...r,
      phase: 'known',
      providerId: info.id,
      chatModel: info.chatModel,
      state: info.state,
      raw: info.raw,
      readyAt: r.readyAt ?? (info.state === 'ready' ? now : null),
      stoppedAt: info.state === 'stopped' ? (r.stoppedAt ?? stoppedAtEstimate(r, now)) : null,
      error: info.state === 'failed' ? (r.error ?? { code: 'server_error' }) : null,
    }));
  }

  private async save(record: DeploymentRecord): Promise<void> {
    await this.deps.store.update((s) => ({
      ...s,
      deployments: [...s.deployments.filter((d) => d.id !== record.id), record],
    }));
    this.deps.emitChanged(record);
  }

  private async update(
    id: string,
    change: (r: DeploymentRecord) => DeploymentRecord,
  ): Promise<DeploymentRecord> {
    let saved: DeploymentRecord | null = null;
    await this.deps.store.update((s) => ({
      ...s,
      deployments: s.deployments.map((d) => (d.id === id ? (saved = change(d)) : d)),
    }));
    if (!saved) throw appError('not_found');
    this.deps.emitChanged(saved);
    return saved;
  }
}

/**
 * When a deployment found stopped stopped. A per-hour one the provider scaled to zero after its idle window
 * stopped at the end of that window, which may be long before this look (e.g. while the app was closed);
 * anything else stopped when we saw it.
 */
function stoppedAtEstimate(r: DeploymentRecord, now: number): number {
  if (r.billing.kind !== 'per-hour' || r.autoStopMinutes === null || r.state !== 'ready') return now;
  const idleSince = r.lastUsedAt ?? r.readyAt ?? r.requestedAt;
  return Math.min(now, idleSince + r.autoStopMinutes * 60_000);
}

const toInfo = (r: DeploymentRecord): ProviderDeploymentInfo => ({
  id: r.providerId ?? r.model,
  model: r.model,
  chatModel: r.chatModel ?? r.model,
  state: r.state,
  raw: r.raw ?? '',
  createdAt: null,
});
