// A dedicated deployment's life on the practice clock, and what it costs. Together bills a dedicated endpoint
// per minute while it has replicas, idle or not (reference §3.4); `scaleToZeroWindow` stops an idle one. Each
// stretch with replicas up is a "run"; the bill is every run's minutes, rounded up, times the hardware's
// hourly price. Billing starts when provisioning starts (GPUs are reserved then; unverified, and the costlier
// reading, so a meter built on it never under-reports).
import type { TogetherDurations, TogetherHardware } from './settings';
import type { TogetherDeployment } from './state';

type Ended = NonNullable<TogetherDeployment['runs'][number]['endedBy']>;

function endRun(d: TogetherDeployment, atMs: number, endedBy: Ended): void {
  const run = d.runs.at(-1);
  if (run && run.endedAtMs === null) {
    run.endedAtMs = atMs;
    run.endedBy = endedBy;
  }
}

function enter(
  d: TogetherDeployment,
  state: TogetherDeployment['state'],
  atMs: number,
  message: string,
): void {
  d.state = state;
  d.phaseStartedAtMs = atMs;
  d.updatedAtMs = atMs;
  d.message = message;
  d.etag += 1;
}

/** Starts replicas (new deployment, a start after a stop, a wake after scale-to-zero). */
export function provision(d: TogetherDeployment, atMs: number): void {
  enter(d, 'DEPLOYMENT_STATE_PROVISIONING', atMs, 'Provisioning replicas');
  d.scaledToZero = false;
  d.runs.push({ startedAtMs: atMs, endedAtMs: null, endedBy: null });
}

export function beginStop(d: TogetherDeployment, atMs: number): void {
  enter(d, 'DEPLOYMENT_STATE_STOPPING', atMs, 'Stopping replicas');
}

export function removeDeployment(d: TogetherDeployment, atMs: number): void {
  endRun(d, atMs, 'deleted');
  d.deleted = true;
  d.updatedAtMs = atMs;
}

/** Brings a deployment up to `nowMs`; true when anything changed. */
export function advanceDeployment(
  d: TogetherDeployment,
  nowMs: number,
  durations: TogetherDurations,
): boolean {
  if (d.deleted) return false;
  const before = `${d.state}:${d.scaledToZero}`;
  if (d.state === 'DEPLOYMENT_STATE_PROVISIONING' && nowMs >= d.phaseStartedAtMs + durations.provisionMs) {
    const at = d.phaseStartedAtMs + durations.provisionMs;
    enter(d, 'DEPLOYMENT_STATE_READY', at, 'Deployment is ready');
    d.lastActiveAtMs = at;
  }
  if (d.state === 'DEPLOYMENT_STATE_READY' && d.scaleToZeroWindowSeconds !== null) {
    const idleUntil = d.lastActiveAtMs + d.scaleToZeroWindowSeconds * 1000;
    if (nowMs >= idleUntil) {
      enter(
        d,
        'DEPLOYMENT_STATE_STOPPED',
        idleUntil,
        `Scaled to zero after ${d.scaleToZeroWindowSeconds}s without requests`,
      );
      d.scaledToZero = true;
      endRun(d, idleUntil, 'scaled_to_zero');
    }
  }
  if (d.state === 'DEPLOYMENT_STATE_STOPPING' && nowMs >= d.phaseStartedAtMs + durations.stopMs) {
    const at = d.phaseStartedAtMs + durations.stopMs;
    enter(d, 'DEPLOYMENT_STATE_STOPPED', at, 'Deployment is stopped');
    endRun(d, at, 'stopped');
  }
  return `${d.state}:${d.scaledToZero}` !== before;
}

export interface DeploymentUsage {
  endpointName: string;
  deploymentName: string;
  hardware: string;
  centsPerHour: number;
  /** Replicas up now (billing). */
  running: boolean;
  runs: {
    startedAt: string;
    endedAt: string | null;
    endedBy: Ended | null;
    billedMinutes: number;
    costUsd: number;
  }[];
  billedMinutes: number;
  costUsd: number;
}

/** What ran, for how long and at what cost, up to `nowMs` (an open run counts up to now). */
export function deploymentUsage(
  d: TogetherDeployment,
  endpointName: string,
  hardware: TogetherHardware | undefined,
  nowMs: number,
): DeploymentUsage {
  const centsPerHour = hardware?.centsPerHour ?? 0;
  const runs = d.runs.map((run) => {
    const billedMinutes = Math.ceil(((run.endedAtMs ?? nowMs) - run.startedAtMs) / 60_000);
    return {
      startedAt: new Date(run.startedAtMs).toISOString(),
      endedAt: run.endedAtMs === null ? null : new Date(run.endedAtMs).toISOString(),
      endedBy: run.endedBy,
      billedMinutes,
      costUsd: (billedMinutes * centsPerHour) / 60 / 100,
    };
  });
  const billedMinutes = runs.reduce((sum, r) => sum + r.billedMinutes, 0);
  return {
    endpointName,
    deploymentName: d.name,
    hardware: d.hardware,
    centsPerHour,
    running: d.runs.at(-1)?.endedAtMs === null,
    runs,
    billedMinutes,
    costUsd: (billedMinutes * centsPerHour) / 60 / 100,
  };
}
