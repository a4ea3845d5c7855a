// Fake timers for the poller: time moves only when a test says so, and every callback that comes due is
// run in order, waiting for the work it started (`settle`) before looking for the next due timer.
import type { PollTimers } from '../../../electron/main/services/training/JobPoller';

export interface FakeTimers extends PollTimers {
  now(): number;
  /** Timers armed and not yet fired. */
  pending(): number;
  /** Moves time forward by `ms`, firing everything that comes due (including timers set on the way). */
  advance(ms: number): Promise<void>;
  /** Delays asked for, in order. */
  readonly delays: number[];
}

export function fakeTimers(settle: () => Promise<void> = async () => undefined, start = 0): FakeTimers {
  let now = start;
  let nextId = 1;
  const armed = new Map<number, { at: number; callback: () => void }>();
  const delays: number[] = [];
  return {
    delays,
    now: () => now,
    pending: () => armed.size,
    setTimeout(callback, ms) {
      const id = nextId++;
      delays.push(ms);
      armed.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      armed.delete(handle as number);
    },
    async advance(ms) {
      const target = now + ms;
      for (;;) {
        await settle();
        const due = [...armed.entries()]
          .filter(([, t]) => t.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        armed.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = target;
      await settle();
    },
  };
}
