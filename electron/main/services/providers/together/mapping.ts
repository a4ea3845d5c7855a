// Together's objects → the app's normalized ones (reference providers-2026-12 §3.3-3.4). Jobs carry ISO
// times, `model_output_name` (the trained model) and, once completed, `model_object_id` (what a v2
// deployment serves). Events carry a `type` from 27 values and, on some, `step` / `total_steps`; loss comes
// from `/metrics`. Our reference for one user action travels in the job's `suffix`, which Together puts
// into `model_output_name`, so a listing finds it even though jobs have no metadata field.
import { createHash } from 'node:crypto';
import type { DeploymentState, ProviderDeploymentInfo } from '../../../../../shared/domain/deployments/types';
import { normalizeJobStatus } from '../../../../../shared/domain/providers/status';
import type { MetricPoint, ProviderCheckpoint, ProviderEvent, ProviderJob } from '../Provider';

export interface TogetherJob {
  id: string;
  status: string;
  model?: string;
  model_output_name?: string;
  suffix?: string;
  created_at?: string | null;
  updated_at?: string | null;
  started_at?: string | null;
  n_epochs?: number;
  token_count?: number;
  total_price?: number;
  progress?: { estimate_available?: boolean; seconds_remaining?: number };
  model_object_id?: string;
  model_object_revision_id?: string;
  events?: TogetherEvent[];
}

export interface TogetherEvent {
  created_at: string;
  message?: string;
  type?: string;
  level?: string;
  step?: number;
  total_steps?: number;
}

export interface TogetherCheckpoint {
  checkpoint_type?: string;
  created_at?: string;
  path?: string;
  step?: number;
  checkpoint?: string;
}

export interface TogetherDeploymentObject {
  id: string;
  name: string;
  endpointId: string;
  model?: string;
  hardware?: string;
  autoscaling?: { minReplicas?: number; maxReplicas?: number; scaleToZeroWindow?: string };
  status?: { state?: string; message?: string };
  etag?: string;
  createdAt?: string;
}

export interface TogetherEndpointObject {
  id: string;
  /** `<project_slug>/<endpoint name>`: the chat model string. */
  name: string;
  createdAt?: string;
}

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

/** Ten hex digits of the client reference's SHA-256, as `ts…`: short, lower-case, hyphen-safe. */
export function refToken(clientRef: string): string {
  return `ts${createHash('sha256').update(clientRef).digest('hex').slice(0, 10)}`;
}

/** The user's name for the run (at most 40 safe characters) then our reference; Together allows 64. */
export function suffixFor(clientRef: string, userSuffix: string | undefined): string {
  const clean = (userSuffix ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return clean ? `${clean}-${refToken(clientRef)}` : refToken(clientRef);
}

const TOKEN = /\bts[0-9a-f]{10}\b/;

export function refOf(job: TogetherJob): string | null {
  return TOKEN.exec(`${job.suffix ?? ''} ${job.model_output_name ?? ''}`)?.[0] ?? null;
}

export function mapJob(job: TogetherJob, now: number): ProviderJob {
  const status = normalizeJobStatus('together', String(job.status));
  const failed = status.status === 'failed';
  const lastError = failed
    ? [...(job.events ?? [])].reverse().find((e) => e.level === 'error' || e.type === 'job_error')
    : undefined;
  const finished = status.status === 'succeeded' || status.status === 'cancelled' || failed;
  const remaining = job.progress?.estimate_available ? job.progress.seconds_remaining : undefined;
  return {
    id: job.id,
    provider: 'together',
    status,
    baseModel: job.model ?? '',
    fineTunedModel: status.status === 'succeeded' ? (job.model_output_name ?? null) : null,
    createdAt: ms(job.created_at) ?? 0,
    finishedAt: finished ? ms(job.updated_at) : null,
    estimatedFinishAt: remaining !== undefined ? now + remaining * 1000 : null,
    trainedTokens: typeof job.token_count === 'number' && job.token_count > 0 ? job.token_count : null,
    epochs: typeof job.n_epochs === 'number' ? job.n_epochs : null,
    error: failed
      ? {
          code: job.status,
          message: lastError?.message ?? `The job ended with status ${job.status}`,
          param: null,
        }
      : null,
    clientRef: refOf(job),
  };
}

const levelOf = (e: TogetherEvent): ProviderEvent['level'] =>
  e.level?.includes('error') || e.type === 'job_error'
    ? 'error'
    : e.level?.includes('warn') || e.type === 'warning' || e.type === 'billing_limit'
      ? 'warn'
      : 'info';

/**
 * Events newest first with a stable id (their place in the job's list), and the step reached as a message
 * the job view shows: "step N of M" comes from `step` / `total_steps`, never from a guess.
 */
export function mapEvents(events: readonly TogetherEvent[]): ProviderEvent[] {
  return events
    .map((e, i) => ({
      id: `ev-${i}`,
      createdAt: ms(e.created_at) ?? 0,
      level: levelOf(e),
      message:
        e.step !== undefined && e.total_steps !== undefined
          ? `${e.message ?? e.type ?? ''} (step ${e.step} of ${e.total_steps})`
          : (e.message ?? e.type ?? ''),
      metrics: null,
    }))
    .reverse();
}

/** The last step / total steps any event reported, for the progress bar. */
export function stepProgress(events: readonly TogetherEvent[]): { step: number; total: number } | null {
  let total: number | null = null;
  let step = 0;
  for (const e of events) {
    if (typeof e.total_steps === 'number') total = e.total_steps;
    if (typeof e.step === 'number') step = Math.max(step, e.step);
  }
  return total === null ? null : { step, total };
}

/** `/metrics` rows: `{global_step, train_loss, eval_loss?}` (key names unverified, read defensively). */
export function mapMetrics(rows: readonly Record<string, unknown>[]): MetricPoint[] {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return rows
    .map((r) => ({
      step: num(r['global_step']) ?? num(r['step']) ?? 0,
      trainLoss: num(r['train_loss']) ?? num(r['loss']),
      trainAccuracy: null,
      validLoss: num(r['eval_loss']) ?? num(r['valid_loss']),
      validAccuracy: null,
    }))
    .filter((p) => p.trainLoss !== null || p.validLoss !== null)
    .sort((a, b) => a.step - b.step);
}

/**
 * One row per step. Together lists the final step twice (the merged model and its adapter, both
 * `checkpoint_type: "Final (…)"`), and the user would see the same checkpoint twice: the adapter row is kept
 * (it is what a dedicated endpoint serves and what "Save the trained model" downloads). The final step is
 * the trained model itself, so its model name has no `:step`. Together's checkpoint rows carry no loss, so
 * each takes the `/metrics` point logged at its own step (none when that step was not logged: a loss from
 * another step would be shown as this one's).
 */
export function mapCheckpoints(
  rows: readonly TogetherCheckpoint[],
  fineTunedModel: string,
  metrics: readonly MetricPoint[] = [],
): ProviderCheckpoint[] {
  const metricAt = new Map(metrics.map((m) => [m.step, m]));
  const byStep = new Map<number, { row: TogetherCheckpoint; index: number }>();
  rows.forEach((row, index) => {
    const step = row.step ?? 0;
    const kept = byStep.get(step);
    if (!kept || (kept.row.checkpoint !== 'adapter' && row.checkpoint === 'adapter'))
      byStep.set(step, { row, index });
  });
  const final = rows.some((r) => r.checkpoint_type?.startsWith('Final'))
    ? Math.max(...rows.map((r) => r.step ?? 0))
    : null;
  return [...byStep.values()]
    .sort((a, b) => (a.row.step ?? 0) - (b.row.step ?? 0))
    .map(({ row: c, index }) => ({
      id: c.path ?? `checkpoint-${index}`,
      createdAt: ms(c.created_at) ?? 0,
      model: c.step === undefined || c.step === final ? fineTunedModel : `${fineTunedModel}:${c.step}`,
      step: c.step ?? 0,
      metrics: metricAt.get(c.step ?? 0) ?? null,
    }));
}

/** v2 deployment states (reference §3.4). A scaled-to-zero deployment is STOPPED: it costs nothing. */
const STATES: Readonly<Record<string, DeploymentState>> = {
  DEPLOYMENT_STATE_PROVISIONING: 'deploying',
  DEPLOYMENT_STATE_SCALING: 'ready',
  DEPLOYMENT_STATE_READY: 'ready',
  DEPLOYMENT_STATE_DEGRADED: 'ready',
  DEPLOYMENT_STATE_FAILED: 'failed',
  DEPLOYMENT_STATE_STOPPING: 'stopping',
  DEPLOYMENT_STATE_STOPPED: 'stopped',
};

export const deploymentStateOf = (raw: string): DeploymentState => STATES[raw] ?? 'failed';

/** Our id for a deployment: `<endpoint id>/<deployment id>`, so one id reaches both objects. */
export const deploymentKey = (endpointId: string, deploymentId: string): string =>
  `${endpointId}/${deploymentId}`;

export function mapDeployment(
  endpoint: TogetherEndpointObject,
  d: TogetherDeploymentObject,
  model: string,
): ProviderDeploymentInfo {
  const raw = d.status?.state ?? 'DEPLOYMENT_STATE_UNSPECIFIED';
  return {
    id: deploymentKey(endpoint.id, d.id),
    model,
    chatModel: endpoint.name,
    state: deploymentStateOf(raw),
    raw: d.status?.message ? `${raw}: ${d.status.message}` : raw,
    createdAt: ms(d.createdAt),
  };
}

/** The endpoint name Tunesmith gives a model: found again by name after a crash, never made twice. */
export function endpointNameFor(model: string): string {
  return `ts-${createHash('sha256').update(model).digest('hex').slice(0, 12)}`;
}

/** The one deployment Tunesmith puts on its endpoint. */
export const DEPLOYMENT_NAME = 'main';
