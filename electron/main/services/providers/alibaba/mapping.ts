// DashScope's objects → the app's normalized ones. Jobs carry zone-less "YYYY-MM-DD HH:MM:SS" times, the
// model only once SUCCEEDED (`finetuned_output`) and the billed tokens as `usage`; deployments carry ISO-like
// zone-less times and `deployed_model` (the name chat uses). Progress and loss exist only as log lines in
// Python-dict text (`{'train_loss': 0.91, 'epoch': 0.86}`), parsed here.
import { createHash } from 'node:crypto';
import type { DeploymentState, ProviderDeploymentInfo } from '../../../../../shared/domain/deployments/types';
import { normalizeJobStatus } from '../../../../../shared/domain/providers/status';
import { providerTimeToMs } from '../../../../../shared/domain/providers/time';
import type { MetricPoint, ProviderEvent, ProviderJob } from '../Provider';
import { REGION_UTC_OFFSET_MINUTES } from './hosts';

export interface DashScopeJob {
  job_id: string;
  status: string;
  model?: string;
  base_model?: string;
  finetuned_output?: string | null;
  finetuned_output_suffix?: string | null;
  create_time?: string | null;
  end_time?: string | null;
  usage?: number | null;
  hyper_parameters?: Record<string, unknown> | null;
  training_type?: string;
  error?: { code?: string; message?: string } | null;
  message?: string | null;
}

export interface DashScopeDeployment {
  deployed_model: string;
  model_name?: string;
  status: string;
  gmt_create?: string | null;
  plan?: string;
}

const num = (v: unknown): number | null => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/**
 * Our reference for one user action, as it can travel in `finetuned_output_suffix`: the suffix becomes part
 * of the model name, so it is short, lower-case and hyphen-safe. Ten hex digits of the run id's SHA-256 do
 * not collide within one account.
 */
export function refToken(clientRef: string): string {
  return `ts${createHash('sha256').update(clientRef).digest('hex').slice(0, 10)}`;
}

/** The user's name for the run (letters, digits, hyphens; at most 20) followed by our reference. */
export function suffixFor(clientRef: string, userSuffix: string | undefined): string {
  const clean = (userSuffix ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 20);
  return clean ? `${clean}-${refToken(clientRef)}` : refToken(clientRef);
}

const TOKEN = /\bts[0-9a-f]{10}\b/;

/** The reference a listed job carries, from its suffix or (once trained) its model name. */
export function refOf(job: DashScopeJob): string | null {
  const text = `${job.finetuned_output_suffix ?? ''} ${job.finetuned_output ?? ''}`;
  return TOKEN.exec(text)?.[0] ?? null;
}

export function mapJob(job: DashScopeJob): ProviderJob {
  const status = normalizeJobStatus('alibaba', String(job.status));
  const message = job.error?.message ?? (status.status === 'failed' ? (job.message ?? null) : null);
  return {
    id: job.job_id,
    provider: 'alibaba',
    status,
    baseModel: job.base_model ?? job.model ?? '',
    fineTunedModel: job.finetuned_output ?? null,
    createdAt: providerTimeToMs(job.create_time, REGION_UTC_OFFSET_MINUTES) ?? 0,
    finishedAt: providerTimeToMs(job.end_time, REGION_UTC_OFFSET_MINUTES),
    estimatedFinishAt: null,
    trainedTokens: num(job.usage),
    epochs: num(job.hyper_parameters?.['n_epochs']),
    error: message ? { code: job.error?.code ?? null, message, param: null } : null,
    clientRef: refOf(job),
  };
}

/** PENDING and RUNNING are documented; the rest are read defensively (reference §2.5: unverified). */
const DEPLOYMENT_STATES: Readonly<Record<string, DeploymentState>> = {
  PENDING: 'deploying',
  DEPLOYING: 'deploying',
  STARTING: 'deploying',
  UPDATING: 'deploying',
  RUNNING: 'ready',
  FAILED: 'failed',
  ERROR: 'failed',
  STOPPING: 'stopping',
  DELETING: 'stopping',
  STOPPED: 'stopped',
  DELETED: 'stopped',
  OFFLINE: 'stopped',
};

export function normalizeDeploymentState(raw: string): DeploymentState {
  // An unknown state is not "ready": nothing is sent to a model we cannot confirm is up.
  return DEPLOYMENT_STATES[raw.trim().toUpperCase()] ?? 'failed';
}

export function mapDeployment(d: DashScopeDeployment): ProviderDeploymentInfo {
  return {
    id: d.deployed_model,
    model: d.model_name ?? d.deployed_model,
    chatModel: d.deployed_model,
    state: normalizeDeploymentState(String(d.status)),
    raw: String(d.status),
    createdAt: providerTimeToMs(d.gmt_create, REGION_UTC_OFFSET_MINUTES),
  };
}

/** `{'loss': 0.9, 'epoch': 0.5, 'flag': True}` → a JSON object, or null when the line is not one. */
export function parseDictLine(line: string): Record<string, unknown> | null {
  const text = line.trim();
  if (!/^\{'.*\}$/.test(text)) return null;
  const json = text
    .replace(/'/g, '"')
    .replace(/\bNone\b/g, 'null')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\b(nan|inf|-inf)\b/g, 'null');
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * One log line's loss, if it has one. The step is the logged `step`/`global_step` when present, else the
 * line's number in the log: stable whichever page it was read in, and always increasing along the chart.
 */
export function metricFromLine(line: string, lineNumber: number): MetricPoint | null {
  const dict = parseDictLine(line);
  if (!dict) return null;
  const trainLoss = num(dict['loss']) ?? num(dict['train_loss']);
  const validLoss = num(dict['eval_loss']) ?? num(dict['valid_loss']);
  if (trainLoss === null && validLoss === null) return null;
  // The end-of-run summary (`train_runtime` …) repeats an average loss, not a step's.
  if (dict['train_runtime'] !== undefined) return null;
  const step = num(dict['step']) ?? num(dict['global_step']) ?? lineNumber;
  return { step, trainLoss, trainAccuracy: null, validLoss, validAccuracy: null };
}

const levelOf = (line: string): ProviderEvent['level'] =>
  /\b(error|exception|traceback|failed)\b/i.test(line) ? 'error' : /\bwarn/i.test(line) ? 'warn' : 'info';

/**
 * Log lines (oldest first, starting at `offset`) as events, newest first like every provider's events; the
 * id is the line's place in the log. Lines carry no time, so they are dated when first read (`seenAt`).
 */
export function logEvents(lines: readonly string[], offset: number, seenAt: number): ProviderEvent[] {
  return lines
    .map((line, i) => ({
      id: `log-${offset + i}`,
      createdAt: seenAt,
      level: levelOf(line),
      message: line,
      metrics: metricFromLine(line, offset + i + 1),
    }))
    .reverse();
}
