// The poller alone, on fake timers: when it looks, when it stops, and that it never leaves a timer behind.
import { describe, expect, it } from 'vitest';
import { JobPoller, type LookResult } from '../../../electron/main/services/training/JobPoller';
import { fakeTimers } from './fakeTimers';

function setup(answer: (runId: string, look: number) => LookResult | Error) {
  const looks: { runId: string; at: number }[] = [];
  let poller: JobPoller | null = null;
  const timers = fakeTimers(() => poller?.settled() ?? Promise.resolve());
  const failures: string[] = [];
  poller = new JobPoller({
    timers,
    look: async (runId) => {
      looks.push({ runId, at: timers.now() });
      const result = answer(runId, looks.filter((l) => l.runId === runId).length);
      if (result instanceof Error) throw result;
      return result;
    },
    onLookFailed: (runId) => failures.push(runId),
  });
  return { poller, timers, looks, failures };
}

const quiet: LookResult = { ended: false, statusChanged: false };

describe('JobPoller', () => {
  it('looks first after 5 s, then backs off by doubling to one look a minute', async () => {
    const { poller, timers, looks } = setup(() => quiet);
    poller.track('a');
    await timers.advance(4_999);
    expect(looks).toHaveLength(0);
    await timers.advance(10 * 60_000);
    const gaps = looks.map((l, i) => l.at - (looks[i - 1]?.at ?? 0));
    expect(gaps.slice(0, 7)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
    expect(Math.max(...gaps)).toBe(60_000);
  });

  it('looks at once and every 2 s at a watched running job; a queued one, or one no longer watched, backs off', async () => {
    let running = false;
    const { poller, timers, looks } = setup(() => ({ ended: false, statusChanged: false, running }));
    poller.track('a');
    poller.watch('a', true);
    await timers.advance(0);
    expect(looks.map((l) => l.at)).toEqual([0]);
    // Queued: watching changes nothing, the backoff holds.
    await timers.advance(15_000);
    expect(looks.map((l) => l.at)).toEqual([0, 10_000]);
    running = true;
    await timers.advance(26_000);
    expect(looks.map((l) => l.at).slice(2)).toEqual([30_000, 32_000, 34_000, 36_000, 38_000, 40_000]);
    // The view closed (or the window was hidden): the look already armed comes, then the backoff again.
    poller.watch('a', false);
    const before = looks.length;
    await timers.advance(3 * 60_000);
    const after = looks.slice(before).map((l) => l.at);
    expect(after.slice(1).map((at, i) => at - (after[i] ?? 0))).toEqual([60_000, 60_000]);
  });

  it('comes back sooner after a status change', async () => {
    const { poller, timers, looks } = setup((_, n) => ({ ended: false, statusChanged: n === 4 }));
    poller.track('a');
    await timers.advance(5_000 + 10_000 + 20_000 + 40_000 + 5_000 + 10_000);
    const gaps = looks.map((l, i) => l.at - (looks[i - 1]?.at ?? 0));
    expect(gaps).toEqual([5_000, 10_000, 20_000, 40_000, 5_000, 10_000]);
  });

  it('stops completely once the job has ended: no further look, no timer left', async () => {
    const { poller, timers, looks } = setup((_, n) => ({ ended: n === 3, statusChanged: true }));
    poller.track('a');
    await timers.advance(60 * 60_000);
    expect(looks).toHaveLength(3);
    expect(timers.pending()).toBe(0);
    expect(poller.watched()).toEqual([]);
  });

  it('runs no timer at all while no job is being watched', async () => {
    const { poller, timers, looks } = setup(() => quiet);
    expect(timers.pending()).toBe(0);
    poller.track('a');
    poller.track('a'); // tracking twice is one watch
    expect(timers.pending()).toBe(1);
    poller.untrack('a');
    await timers.advance(60 * 60_000);
    expect(looks).toHaveLength(0);
    expect(timers.pending()).toBe(0);
  });

  it('keeps polling on schedule through failed looks (offline), and reports them', async () => {
    const { poller, timers, looks, failures } = setup((_, n) => (n <= 2 ? new Error('offline') : quiet));
    poller.track('a');
    await timers.advance(5_000 + 10_000 + 20_000);
    expect(looks.map((l) => l.at)).toEqual([5_000, 15_000, 35_000]);
    expect(failures).toEqual(['a', 'a']);
    expect(timers.pending()).toBe(1);
  });

  it('after a wake-up looks at every watched job at once and restarts the schedule', async () => {
    const { poller, timers, looks } = setup(() => quiet);
    poller.track('a');
    poller.track('b');
    await timers.advance(5 * 60_000); // both far along the schedule, a minute apart
    const before = looks.length;
    poller.wake();
    await poller.settled();
    expect(
      looks
        .slice(before)
        .map((l) => l.runId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(looks.slice(before).every((l) => l.at === timers.now())).toBe(true);
    const woke = timers.now();
    await timers.advance(10_000);
    // The schedule restarted: the next look is 10 s later (second step), not a minute.
    expect(looks.filter((l) => l.at > woke).map((l) => l.at - woke)).toEqual([10_000, 10_000]);
  });

  it('leaves nothing behind when disposed, even with a look in flight', async () => {
    let release: () => void = () => undefined;
    const timers = fakeTimers();
    const poller = new JobPoller({
      timers,
      look: () => new Promise<LookResult>((resolve) => (release = () => resolve(quiet))),
    });
    poller.track('a');
    await timers.advance(5_000);
    poller.dispose();
    release();
    await poller.settled();
    expect(timers.pending()).toBe(0);
  });
});
