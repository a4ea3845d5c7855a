// When to look at each unfinished job. One timer per job, on injected timers (tests drive them with fake
// timers; the e2e harness speeds them up). Rules, from the issue:
//  - the first look comes no sooner than 5 s after tracking starts, later ones back off to one a minute
//    (shared/domain/training/backoff.ts); a status change brings the next look closer again;
//  - a job that has ended is dropped at once: no timer is left behind for it;
//  - with no unfinished job there is no timer at all (nothing runs while idle);
//  - after the computer wakes, every job is looked at immediately (timers slept with the machine);
//  - a look that fails (offline, 5xx) just waits its turn on the same schedule; errors never stop polling;
//  - while a job view is open on a RUNNING job (`watch`), looks come every WATCHED_MS so the step and the
//    chart move smoothly and "Finished" shows within 5 s of the end (seen: the step stood 26 s, and the
//    view said "Finished" 26 s after the provider did). A queued job, or a hidden window (the view
//    unwatches), keeps the backoff: nothing to see there that would justify the requests.
// What a look does (ask the provider, store, notify) is the caller's `look`; this file only schedules.
import {
  nextAttempt,
  POLL_BACKOFF,
  pollDelay,
  type BackoffPolicy,
} from '../../../../shared/domain/training/backoff';

export interface PollTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LookResult {
  ended: boolean;
  statusChanged: boolean;
  /** The job is training now (steps and metrics arriving), as opposed to validating or queued. */
  running?: boolean;
}

/** How often a watched, running job is looked at: well inside the 5 s the issue allows for "Finished". */
export const WATCHED_MS = 2_000;

export interface PollerDeps {
  timers: PollTimers;
  look(runId: string): Promise<LookResult>;
  policy?: BackoffPolicy;
  onLookFailed?(runId: string, error: unknown): void;
}

interface Entry {
  attempt: number;
  /** A job view shows this run now. */
  watched: boolean;
  /** The last look found the job training. */
  running: boolean;
  handle: unknown;
  looking: boolean;
  /** A wake arrived during a look: look again right after it. */
  again: boolean;
}

export class JobPoller {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Set<Promise<void>>();
  private disposed = false;

  constructor(private readonly deps: PollerDeps) {}

  /** Starts watching a run (no-op when already watched); the first look follows the first delay. */
  track(runId: string): void {
    if (this.disposed || this.entries.has(runId)) return;
    const entry: Entry = {
      attempt: 0,
      watched: false,
      running: false,
      handle: null,
      looking: false,
      again: false,
    };
    this.entries.set(runId, entry);
    this.schedule(runId, entry);
  }

  untrack(runId: string): void {
    const entry = this.entries.get(runId);
    if (!entry) return;
    if (entry.handle !== null) this.deps.timers.clearTimeout(entry.handle);
    this.entries.delete(runId);
  }

  /** The computer woke (or the user asked): look at every watched job now and restart the schedule. */
  wake(): void {
    for (const [runId, entry] of this.entries) {
      entry.attempt = 0;
      if (entry.looking) {
        entry.again = true;
        continue;
      }
      if (entry.handle !== null) this.deps.timers.clearTimeout(entry.handle);
      entry.handle = null;
      this.startLook(runId, entry);
    }
  }

  /**
   * A job view opened (or became visible) on this run, or closed (or was hidden). Opening looks at once,
   * then every WATCHED_MS while the job runs; closing returns it to the backoff schedule.
   */
  watch(runId: string, watched: boolean): void {
    const entry = this.entries.get(runId);
    if (!entry || entry.watched === watched) return;
    entry.watched = watched;
    if (!watched || entry.looking) return;
    if (entry.handle !== null) this.deps.timers.clearTimeout(entry.handle);
    entry.handle = null;
    this.startLook(runId, entry);
  }

  /** Runs being watched (tests and the idle check). */
  watched(): string[] {
    return [...this.entries.keys()];
  }

  /** Timers currently armed: zero whenever nothing is being watched. */
  armedTimers(): number {
    return [...this.entries.values()].filter((e) => e.handle !== null).length;
  }

  /** Resolves once no look is in flight (tests; a clean shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  dispose(): void {
    this.disposed = true;
    for (const runId of [...this.entries.keys()]) this.untrack(runId);
  }

  private schedule(runId: string, entry: Entry): void {
    const delay =
      entry.watched && entry.running
        ? WATCHED_MS
        : pollDelay(entry.attempt, this.deps.policy ?? POLL_BACKOFF);
    entry.handle = this.deps.timers.setTimeout(() => {
      entry.handle = null;
      this.startLook(runId, entry);
    }, delay);
  }

  private startLook(runId: string, entry: Entry): void {
    const look = this.lookNow(runId, entry);
    this.inFlight.add(look);
    void look.finally(() => this.inFlight.delete(look));
  }

  private async lookNow(runId: string, entry: Entry): Promise<void> {
    entry.looking = true;
    let result: LookResult = { ended: false, statusChanged: false };
    try {
      result = await this.deps.look(runId);
    } catch (error) {
      this.deps.onLookFailed?.(runId, error);
    }
    entry.looking = false;
    // Untracked or disposed while the look was in flight: leave nothing behind.
    if (this.disposed || this.entries.get(runId) !== entry) return;
    if (result.ended) {
      this.entries.delete(runId);
      return;
    }
    if (entry.again) {
      entry.again = false;
      this.startLook(runId, entry);
      return;
    }
    entry.running = result.running ?? false;
    entry.attempt = nextAttempt(entry.attempt, result.statusChanged);
    this.schedule(runId, entry);
  }
}
