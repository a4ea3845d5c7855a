// Offline is a visible state that recovers on its own: a connection failure turns it on once, a probe on
// a timer (driven by hand here) keeps trying while offline, and any answer turns it off again.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/main/services/app/Logger';
import { createManualClock, createPracticeService } from '../../../electron/main/services/practice';
import {
  NetworkMonitor,
  openProviderSettings,
  PriceBook,
  ProvidersService,
} from '../../../electron/main/services/providers';
import { startProviderHarness, type ProviderHarness } from './helpers';

function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    timers: {
      setTimeout: (run: () => void, ms: number) => {
        const entry = { run, ms };
        pending.push(entry);
        return entry;
      },
      clearTimeout: (handle: unknown) => {
        const i = pending.indexOf(handle as never);
        if (i >= 0) pending.splice(i, 1);
      },
    },
  };
}

let h: ProviderHarness;
beforeEach(async () => {
  h = await startProviderHarness();
});
afterEach(() => h.close());

const noRetries = { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 };

describe('offline, then recovery', () => {
  it('goes offline on a dropped connection, probes while offline, and comes back by itself', async () => {
    const changes: boolean[] = [];
    const t = manualTimers();
    const monitor = new NetworkMonitor({
      onChange: (online) => changes.push(online),
      probe: async () => {},
      probeEveryMs: 5_000,
      timers: t.timers,
    });
    const provider = h.provider({ retryPolicy: noRetries, network: monitor });

    // The network "goes away" for three requests.
    h.service.faults.failTimes('GET /models', 3, { kind: 'drop' });
    await expect(provider.listModels()).rejects.toMatchObject({ ipcError: { code: 'offline' } });
    expect(changes).toEqual([false]);
    expect(monitor.online).toBe(false);
    expect(t.pending.map((p) => p.ms)).toEqual([5_000]);

    // A second failure while offline does not announce again.
    await expect(provider.listModels()).rejects.toMatchObject({ ipcError: { code: 'offline' } });
    expect(changes).toEqual([false]);

    t.pending.shift()?.run(); // probe fails (third drop): still offline, probing again
    await expect.poll(() => t.pending.length).toBe(1);
    expect(changes).toEqual([false]);

    t.pending.shift()?.run(); // probe gets an answer: online, and probing stops
    await expect.poll(() => changes).toEqual([false, true]);
    expect(monitor.online).toBe(true);
    expect(t.pending).toHaveLength(0);
  });

  it('any HTTP answer proves the network works, even an error status', async () => {
    const changes: boolean[] = [];
    const t = manualTimers();
    const monitor = new NetworkMonitor({
      onChange: (o) => changes.push(o),
      probe: async () => {},
      timers: t.timers,
    });
    const provider = h.provider({ retryPolicy: noRetries, network: monitor });
    h.service.faults.failTimes('GET /models', 1, { kind: 'drop' });
    await expect(provider.listModels()).rejects.toBeDefined();
    h.service.faults.failTimes('GET /models', 1, { kind: 'status', status: 404 });
    await expect(provider.listModels()).rejects.toMatchObject({ ipcError: { code: 'not_found' } });
    expect(changes).toEqual([false, true]);
    expect(t.pending).toHaveLength(0);
    monitor.dispose();
  });

  it('probes the host that failed, not whichever provider happens to be the default', async () => {
    const changes: boolean[] = [];
    const t = manualTimers();
    let defaultProbes = 0;
    const monitor = new NetworkMonitor({
      onChange: (o) => changes.push(o),
      probe: async () => {
        defaultProbes += 1;
      },
      timers: t.timers,
    });
    const provider = h.provider({ retryPolicy: noRetries, network: monitor });
    h.service.faults.failTimes('GET /models', 2, { kind: 'drop' });
    await expect(provider.listModels()).rejects.toMatchObject({ ipcError: { code: 'offline' } });
    t.pending.shift()?.run(); // this probe is dropped too: still offline
    await expect.poll(() => h.service.faults.count('GET /models')).toBe(2);
    await expect.poll(() => t.pending.length).toBe(1);
    expect(changes).toEqual([false]);
    t.pending.shift()?.run();
    await expect.poll(() => changes).toEqual([false, true]);
    expect(h.service.faults.count('GET /models')).toBe(3);
    expect(defaultProbes).toBe(0);
  });

  it('a timeout alone does not claim the computer is offline', async () => {
    const changes: boolean[] = [];
    const monitor = new NetworkMonitor({
      onChange: (o) => changes.push(o),
      probe: async () => {},
      timers: manualTimers().timers,
    });
    h.service.faults.failTimes('GET /models', 1, { kind: 'hang' });
    const provider = h.provider({ retryPolicy: noRetries, interactiveTimeoutMs: 150, network: monitor });
    await expect(provider.listModels()).rejects.toMatchObject({ ipcError: { code: 'timeout' } });
    expect(changes).toEqual([]);
  });
});

describe('the app announces network changes (ProvidersService → network.changed)', () => {
  it('emits offline when a practice call cannot connect, and online once a probe gets through', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-net-'));
    const practice = createPracticeService({ clock: createManualClock() });
    const t = manualTimers();
    const emitted: unknown[] = [];
    const providers = new ProvidersService({
      keys: { get: () => null },
      practice,
      prices: await PriceBook.open(dir),
      settings: await openProviderSettings(dir),
      now: () => new Date('2026-11-26T09:00:00Z'),
      emit: (event, payload) => void emitted.push({ event, payload }),
      logger: createLogger(
        () => {},
        () => [],
      ),
      networkTimers: t.timers,
    });
    // In-process, a dropped connection rejects the fetch like a dead network; every retry is dropped too.
    const drops = practice.faults.inject({ route: 'GET /models', action: { kind: 'drop' } });
    await expect(providers.testAccount('practice')).rejects.toMatchObject({ ipcError: { code: 'offline' } });
    expect(emitted).toEqual([{ event: 'network.changed', payload: { online: false } }]);

    drops.remove();
    t.pending.shift()?.run(); // the probe timer fires
    await expect.poll(() => emitted.length).toBe(2);
    expect(emitted[1]).toEqual({ event: 'network.changed', payload: { online: true } });
    expect(t.pending).toHaveLength(0);
    providers.dispose();
  });
});
