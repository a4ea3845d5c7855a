// A trained model that must be deployed before it can answer (Alibaba, Nebius, Together) goes through a
// deployment. Every provider names its states differently, so the app reasons about five normalized ones
// and keeps the raw value for support and for states we do not know yet.
import type { ProviderId } from '../providers/ids';

export const DEPLOYMENT_STATES = ['deploying', 'ready', 'failed', 'stopping', 'stopped'] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

export const isDeploymentSettled = (state: DeploymentState): boolean =>
  state === 'ready' || state === 'failed' || state === 'stopped';

/** Whether a deployment may be costing money right now (per-hour ones bill in these states). */
export const isDeploymentLive = (state: DeploymentState): boolean =>
  state === 'deploying' || state === 'ready' || state === 'stopping';

export type DeploymentBilling =
  | { kind: 'per-token' }
  /** `perHour` in the price's currency; null when the provider has not said. */
  | { kind: 'per-hour'; perHour: number | null; currency: string; hardware?: string };

/** A deployment as the provider reports it, normalized. */
export interface ProviderDeploymentInfo {
  /** The provider's id for it (Alibaba: `deployed_model`). */
  id: string;
  /** The fine-tuned model it serves. */
  model: string;
  /** The `model` name chat requests use. */
  chatModel: string;
  state: DeploymentState;
  raw: string;
  createdAt: number | null;
}

/**
 * A deployment as Tunesmith keeps it (deployments.json). Saved BEFORE each call: a deploy whose answer was
 * lost to a crash is found again by its model (never a second deployment for one model).
 */
export interface DeploymentRecord {
  /** Ours: `dep_<uuid>`, stable across retries. */
  id: string;
  provider: ProviderId;
  /** The fine-tuned model (one record per provider + model). */
  model: string;
  /** The training run it came from, when it came from one. */
  runId: string | null;
  /** `requested`: saved, the create call may or may not have reached the provider. */
  phase: 'requested' | 'known';
  providerId: string | null;
  chatModel: string | null;
  state: DeploymentState;
  raw: string | null;
  billing: DeploymentBilling;
  requestedAt: number;
  /** When it became ready (for the running-cost meter), and when it stopped. */
  readyAt: number | null;
  stoppedAt: number | null;
  /** Per-hour only: stop it by itself after this many idle minutes (on by default); null when off. */
  autoStopMinutes: number | null;
  /** The last chat through it, for auto-stop. */
  lastUsedAt: number | null;
  error: { code: string; params?: Record<string, string | number> } | null;
}

/** What a per-hour deployment has cost so far: hours it has been up × hourly price (basis shown). */
export function runningCost(
  record: Pick<DeploymentRecord, 'billing' | 'readyAt' | 'requestedAt' | 'stoppedAt'>,
  now: number,
): { hours: number; amount: number | null; currency: string | null } {
  if (record.billing.kind !== 'per-hour') return { hours: 0, amount: null, currency: null };
  // Billing starts when the provider starts the machine; from the request is the cautious reading.
  const from = record.requestedAt;
  const to = record.stoppedAt ?? now;
  const hours = Math.max(0, to - from) / 3_600_000;
  const { perHour, currency } = record.billing;
  return { hours, amount: perHour === null ? null : hours * perHour, currency };
}
