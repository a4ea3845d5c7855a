// One job status for every provider. Each vendor names its states differently (OpenAI `validating_files`,
// Together `pending`/`cancel_requested`, Alibaba `QUEUING`/`CANCELED`), and some report states their own
// SDK types do not list (OpenAI `pausing`/`paused`). The app reasons about the normalized value and keeps
// the raw one so nothing a provider says is lost, and an unfamiliar value becomes `unknown` rather than
// being guessed into a state that would mislead the user.
import type { ProviderId } from '../pricing/catalog';

export const JOB_STATUSES = [
  'validating',
  'queued',
  'running',
  'paused',
  'succeeded',
  'failed',
  'cancelled',
  'unknown',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface NormalizedStatus {
  status: JobStatus;
  /** Exactly what the provider said, for support and for statuses we do not know yet. */
  raw: string;
  /** A transition the provider has accepted but not finished (OpenAI `pausing`, Together `cancel_requested`). */
  pending?: 'pause' | 'cancel';
}

export const TERMINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled']);

type Table = Readonly<Record<string, Omit<NormalizedStatus, 'raw'>>>;

const OPENAI: Table = {
  validating_files: { status: 'validating' },
  queued: { status: 'queued' },
  running: { status: 'running' },
  // Not in the SDK's union type, but the API reports them since pause/resume exist (reference §9).
  pausing: { status: 'running', pending: 'pause' },
  paused: { status: 'paused' },
  succeeded: { status: 'succeeded' },
  failed: { status: 'failed' },
  cancelled: { status: 'cancelled' },
};

// providers.md §3: pending|queued|running|compressing|uploading|cancel_requested|cancelled|error|completed.
const TOGETHER: Table = {
  pending: { status: 'queued' },
  queued: { status: 'queued' },
  running: { status: 'running' },
  compressing: { status: 'running' },
  uploading: { status: 'running' },
  cancel_requested: { status: 'running', pending: 'cancel' },
  cancelled: { status: 'cancelled' },
  error: { status: 'failed' },
  completed: { status: 'succeeded' },
};

// providers.md §2: PENDING, QUEUING (inferred), RUNNING, SUCCEEDED, FAILED, CANCELED (one L).
const ALIBABA: Table = {
  PENDING: { status: 'queued' },
  QUEUING: { status: 'queued' },
  RUNNING: { status: 'running' },
  SUCCEEDED: { status: 'succeeded' },
  FAILED: { status: 'failed' },
  CANCELED: { status: 'cancelled' },
  CANCELLED: { status: 'cancelled' },
};

const TABLES: Record<ProviderId, { table: Table; key: (raw: string) => string }> = {
  practice: { table: OPENAI, key: (raw) => raw.trim().toLowerCase() },
  openai: { table: OPENAI, key: (raw) => raw.trim().toLowerCase() },
  // Nebius Token Factory's fine-tuning API is OpenAI-compatible (reference providers-2026-12 §5).
  nebius: { table: OPENAI, key: (raw) => raw.trim().toLowerCase() },
  together: { table: TOGETHER, key: (raw) => raw.trim().toLowerCase() },
  alibaba: { table: ALIBABA, key: (raw) => raw.trim().toUpperCase() },
};

export function normalizeJobStatus(provider: ProviderId, raw: string): NormalizedStatus {
  const { table, key } = TABLES[provider];
  const known = table[key(raw)];
  return known ? { ...known, raw } : { status: 'unknown', raw };
}

/** Whether polling may stop: the job will not change any more. */
export const isTerminal = (status: JobStatus): boolean => TERMINAL_JOB_STATUSES.has(status);
