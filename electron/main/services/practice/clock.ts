// Time for the practice service comes from an injected clock so that a job's whole life (minutes in the app,
// seconds with --fast) can be walked through in tests by moving the clock instead of sleeping.
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolves after `ms` on this clock; rejects with the signal's reason when aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortable(signal: AbortSignal | undefined, start: (done: () => void) => () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    const stop = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    abortable(signal, (done) => {
      const timer = setTimeout(done, ms);
      return () => clearTimeout(timer);
    }),
};

export interface ManualClock extends Clock {
  /** Moves time forward, waking every sleeper whose deadline has passed. */
  advance(ms: number): void;
  set(ms: number): void;
  /** How many sleeps are waiting for the clock to move (a test waits for them before advancing). */
  sleeping(): number;
}

/** A clock that only moves when told to: for tests and for replaying a stored state. */
export function createManualClock(startMs = Date.UTC(2026, 10, 26, 12, 0, 0)): ManualClock {
  let current = startMs;
  const sleepers = new Set<{ at: number; wake: () => void }>();
  const wakeDue = () => {
    for (const s of [...sleepers]) {
      if (s.at <= current) {
        sleepers.delete(s);
        s.wake();
      }
    }
  };
  return {
    now: () => current,
    sleep: (ms, signal) =>
      abortable(signal, (done) => {
        const sleeper = { at: current + ms, wake: done };
        sleepers.add(sleeper);
        if (ms <= 0) wakeDue();
        return () => sleepers.delete(sleeper);
      }),
    advance(ms) {
      current += ms;
      wakeDue();
    },
    set(ms) {
      current = ms;
      wakeDue();
    },
    sleeping: () => sleepers.size,
  };
}

/** How long each phase of a practice job lasts on the clock. */
export interface JobDurations {
  validatingMs: number;
  queuedMs: number;
  /** The whole training run, spread evenly over its steps. */
  runningMs: number;
}

export const JOB_DURATIONS = {
  /** About a minute end to end: long enough to watch, short enough not to bore. */
  app: { validatingMs: 8_000, queuedMs: 7_000, runningMs: 45_000 },
  /** `--fast`: a few seconds in total. */
  fast: { validatingMs: 1_000, queuedMs: 500, runningMs: 2_500 },
} as const satisfies Record<string, JobDurations>;

export const toUnixSeconds = (ms: number): number => Math.floor(ms / 1000);
