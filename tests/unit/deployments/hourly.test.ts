// The safety rules for deployments billed by the hour, on a fake per-hour provider (the real Together
// adapter comes later): the hourly price must be confirmed, auto-stop is on by default and stops an idle
// deployment by itself, the running cost is hours × price, a running one is listed for the quit warning,
// and one found running at start is announced.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTO_STOP_MINUTES,
  DeploymentsService,
  openDeploymentStore,
} from '../../../electron/main/services/deployments';
import type {
  DeploymentControl,
  FineTuningProvider,
} from '../../../electron/main/services/providers/Provider';
import {
  runningCost,
  type DeploymentState,
  type ProviderDeploymentInfo,
} from '../../../shared/domain/deployments/types';
import { fakeTimers, type FakeTimers } from '../training/fakeTimers';

const PER_HOUR = 3.99;
const MINUTE = 60_000;

/** A per-hour provider: a deployment is up one minute after it is asked for; stop is immediate. */
function hourlyProvider(timers: FakeTimers) {
  const made = new Map<string, { info: ProviderDeploymentInfo; at: number }>();
  const stops: string[] = [];
  const state = (id: string): DeploymentState => {
    const d = made.get(id)!;
    if (d.info.state === 'stopped') return 'stopped';
    return timers.now() - d.at >= MINUTE ? 'ready' : 'deploying';
  };
  const view = (id: string): ProviderDeploymentInfo => ({
    ...made.get(id)!.info,
    state: state(id),
    raw: state(id),
  });
  const control: DeploymentControl = {
    billing: () => ({ kind: 'per-hour', perHour: PER_HOUR, currency: 'USD' }),
    deploy: (model) => {
      const id = `ep-${made.size + 1}`;
      made.set(id, {
        info: { id, model, chatModel: id, state: 'deploying', raw: 'PROVISIONING', createdAt: null },
        at: timers.now(),
      });
      return Promise.resolve(view(id));
    },
    findByModel: (model) =>
      Promise.resolve(
        [...made.keys()].map(view).find((d) => d.model === model && d.state !== 'stopped') ?? null,
      ),
    get: (id) => Promise.resolve(view(id)),
    list: () => Promise.resolve([...made.keys()].map(view)),
    stop: (id) => {
      stops.push(id);
      made.get(id)!.info.state = 'stopped';
      return Promise.resolve(view(id));
    },
  };
  return { provider: { deployments: control } as unknown as FineTuningProvider, stops, made };
}

let dir: string;
let service: DeploymentsService | null = null;
afterEach(async () => {
  service?.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  dir = await mkdtemp(path.join(tmpdir(), 'deployments-'));
  const timers = fakeTimers(() => service?.poller.settled() ?? Promise.resolve());
  const fake = hourlyProvider(timers);
  const open = async () =>
    new DeploymentsService({
      store: await openDeploymentStore(dir),
      providers: { get: () => fake.provider },
      now: () => timers.now(),
      emitChanged: () => undefined,
      timers,
    });
  service = await open();
  return { timers, fake, open };
}

describe('per-hour deployments', () => {
  it('refuse to start without the hourly price confirmed', async () => {
    const { fake } = await setUp();
    await expect(service!.deploy({ provider: 'together', model: 'm1', runId: null })).rejects.toMatchObject({
      ipcError: { code: 'bad_input', path: 'confirmedPerHour' },
    });
    await expect(
      service!.deploy({ provider: 'together', model: 'm1', runId: null, confirmedPerHour: 1 }),
    ).rejects.toMatchObject({ ipcError: { code: 'bad_input' } });
    expect(fake.made.size).toBe(0);
    expect(service!.quote('together', 'm1').billing).toEqual({
      kind: 'per-hour',
      perHour: PER_HOUR,
      currency: 'USD',
    });
  });

  it('stop by themselves after the default idle time, counting from the last chat', async () => {
    const { timers, fake } = await setUp();
    const started = await service!.deploy({
      provider: 'together',
      model: 'm1',
      runId: 'run_1',
      confirmedPerHour: PER_HOUR,
    });
    expect(started.autoStopMinutes).toBe(DEFAULT_AUTO_STOP_MINUTES);
    await timers.advance(2 * MINUTE);
    expect(service!.list()[0]).toMatchObject({ state: 'ready' });
    expect(service!.runningHourly()).toHaveLength(1);

    await timers.advance(10 * MINUTE);
    await service!.markUsed('together', started.chatModel!);
    await timers.advance(10 * MINUTE);
    expect(fake.stops).toEqual([]);
    await timers.advance(10 * MINUTE);
    expect(fake.stops).toEqual([started.providerId]);
    const stopped = service!.list()[0]!;
    expect(stopped.state).toBe('stopped');
    expect(service!.runningHourly()).toEqual([]);
    // The cost meter: from the request to the stop, at the confirmed price.
    const cost = runningCost(stopped, timers.now());
    expect(cost.currency).toBe('USD');
    expect(cost.amount).toBeCloseTo(((stopped.stoppedAt! - stopped.requestedAt) / 3_600_000) * PER_HOUR, 10);
    expect(timers.pending()).toBe(0);
  });

  it('keep running when the user switched auto-stop off, and are announced at the next start', async () => {
    const { timers, fake, open } = await setUp();
    await service!.deploy({
      provider: 'together',
      model: 'm2',
      runId: null,
      confirmedPerHour: PER_HOUR,
      autoStopMinutes: null,
    });
    await timers.advance(5 * 60 * MINUTE);
    expect(fake.stops).toEqual([]);
    const meter = runningCost(service!.list()[0]!, timers.now());
    expect(meter.hours).toBeCloseTo(5, 5);
    expect(meter.amount).toBeCloseTo(5 * PER_HOUR, 5);
    service!.dispose();
    service = await open();
    expect(service.resumeAll().map((d) => d.model)).toEqual(['m2']);
  });

  it('never deploy one model twice', async () => {
    const { fake } = await setUp();
    const first = await service!.deploy({
      provider: 'together',
      model: 'm3',
      runId: null,
      confirmedPerHour: PER_HOUR,
    });
    const second = await service!.deploy({
      provider: 'together',
      model: 'm3',
      runId: null,
      confirmedPerHour: PER_HOUR,
    });
    expect(second.id).toBe(first.id);
    expect(fake.made.size).toBe(1);
  });
});
