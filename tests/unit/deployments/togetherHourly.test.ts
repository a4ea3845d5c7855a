// The per-hour rules used for real, on the Together adapter against the Together practice service, with the
// practice clock moved by the test (no sleeps): an idle endpoint scales to zero at the window the user chose
// and the running-cost meter stops with it; quitting while one runs asks; the next start reports what ran
// while Tunesmith was closed and for how long; a crash between creating the endpoint and saving it is
// reconciled after the restart by the endpoint's name (one endpoint, one deployment).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DeploymentsService,
  HourlyGuard,
  openDeploymentStore,
} from '../../../electron/main/services/deployments';
import type { DeploymentRecord } from '../../../shared/domain/deployments/types';
import { startTogetherHarness, WHOLE_JOB_MS, type TogetherHarness } from '../practice/together/harness';
import { adapterFor, processedFile } from '../providers/together/helpers';
import { fakeTimers } from '../training/fakeTimers';

const MINUTE = 60_000;
const LLAMA_70B = 'meta-llama/Llama-3.3-70B-Instruct';
const H200_PER_HOUR = 5.49;

let h: TogetherHarness;
let dir: string;
const services: DeploymentsService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) s.dispose();
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  h = await startTogetherHarness();
  dir = await mkdtemp(path.join(tmpdir(), 'together-hourly-'));
  const adapter = adapterFor(h);
  const file = await processedFile(h, adapter);
  const job = await adapter.createJob({ clientRef: 'run_h', baseModel: LLAMA_70B, trainingFileId: file.id });
  h.clock.advance(WHOLE_JOB_MS);
  const model = (await adapter.getJob(job.id)).fineTunedModel!;
  const timers = fakeTimers(async () => {
    for (const s of services) await s.poller.settled();
  });
  const open = async (afterDeployCalled?: (r: DeploymentRecord) => Promise<void>) => {
    const service = new DeploymentsService({
      store: await openDeploymentStore(dir),
      providers: { get: () => adapter },
      now: () => h.clock.now(),
      emitChanged: () => undefined,
      timers,
      ...(afterDeployCalled ? { afterDeployCalled } : {}),
    });
    services.push(service);
    const guard = new HourlyGuard({
      deployments: service,
      now: () => h.clock.now(),
      closedAtStart: service.closedAt(),
    });
    return { service, guard };
  };
  /** Moves the practice clock and the poller's timers together, a minute at a time. */
  const pass = async (ms: number) => {
    for (let left = ms; left > 0; left -= MINUTE) {
      h.clock.advance(Math.min(MINUTE, left));
      await timers.advance(Math.min(MINUTE, left));
    }
  };
  return { adapter, model, open, pass };
}

const endpointsListed = async () =>
  (await h.call<{ data: { deployments: unknown[] }[] }>('GET', '/v2/projects/proj_practice/endpoints')).body
    .data;

describe('Together endpoints billed by the hour', () => {
  it('an idle endpoint scales to zero at its window and the meter stops', async () => {
    const { model, open, pass } = await setUp();
    const { service, guard } = await open();
    expect(service.quote('together', model).billing).toEqual({
      kind: 'per-hour',
      perHour: H200_PER_HOUR,
      currency: 'USD',
      hardware: '1× NVIDIA H200 141 GB',
    });
    const started = await service.deploy({
      provider: 'together',
      model,
      runId: 'run_h',
      confirmedPerHour: H200_PER_HOUR,
    });
    expect(started.autoStopMinutes).toBe(15);
    expect(guard.meter()).toHaveLength(1);

    await pass(2 * MINUTE);
    const ready = service.list()[0]!;
    expect(ready.state).toBe('ready');
    expect(guard.meter()[0]).toMatchObject({
      model,
      perHour: H200_PER_HOUR,
      hardware: '1× NVIDIA H200 141 GB',
    });

    await pass(20 * MINUTE);
    const stopped = service.list()[0]!;
    expect(stopped.state).toBe('stopped');
    expect(stopped.raw).toMatch(/Scaled to zero/);
    // Stopped at the end of the 15-minute window after we saw it ready, not when we happened to look (the
    // provider's own window starts when it became ready, at most one look earlier: the meter never under-reads).
    expect(stopped.stoppedAt).toBe(ready.readyAt! + 15 * MINUTE);
    const providerEnd = Date.parse(h.service.endpointUsage()[0]!.runs[0]!.endedAt!);
    expect(stopped.stoppedAt! - providerEnd).toBeGreaterThanOrEqual(0);
    expect(stopped.stoppedAt! - providerEnd).toBeLessThanOrEqual(MINUTE);
    expect(guard.meter()).toEqual([]);
    expect(guard.quitQuestion()).toBeNull();
    // What the provider billed agrees with what the meter said: one run, ended by scale-to-zero.
    const usage = h.service.endpointUsage();
    expect(usage[0]!.runs).toHaveLength(1);
    expect(usage[0]!.runs[0]!.endedBy).toBe('scaled_to_zero');
  });

  it('quitting with an endpoint running asks; the next start reports what ran while closed', async () => {
    const { model, open, pass } = await setUp();
    const first = await open();
    await first.service.deploy({
      provider: 'together',
      model,
      runId: 'run_h',
      confirmedPerHour: H200_PER_HOUR,
      autoStopMinutes: 30,
    });
    await pass(5 * MINUTE);
    const question = first.guard.quitQuestion();
    expect(question).toHaveLength(1);
    expect(question![0]).toMatchObject({ model, perHour: H200_PER_HOUR, minutes: 5 });
    expect(question![0]!.amount).toBeCloseTo((5 / 60) * H200_PER_HOUR, 6);
    // "Don't quit" leaves everything as it was; "keep it running" quits and remembers when.
    expect(await first.guard.answerQuit('cancel')).toBe(false);
    expect(first.service.closedAt()).toBeNull();
    expect(await first.guard.answerQuit('keep')).toBe(true);
    const closedAt = first.service.closedAt()!;
    first.service.dispose();

    // Closed for two hours: the endpoint scaled to zero 30 idle minutes after it was ready.
    h.clock.advance(120 * MINUTE);
    const second = await open();
    expect(second.service.resumeAll().map((d) => d.model)).toEqual([model]);
    await pass(MINUTE);
    const report = second.guard.whileClosed();
    expect(report).toHaveLength(1);
    const readyAt = second.service.list()[0]!.readyAt!;
    expect(report[0]).toMatchObject({ model, from: closedAt, stillRunning: false });
    expect(report[0]!.until).toBe(readyAt + 30 * MINUTE);
    expect(report[0]!.minutes).toBe(Math.round((readyAt + 30 * MINUTE - closedAt) / MINUTE));
    expect(report[0]!.amount).toBeCloseTo(
      ((readyAt + 30 * MINUTE - closedAt) / 3_600_000) * H200_PER_HOUR,
      6,
    );
    expect(second.guard.meter()).toEqual([]);
  });

  it('"stop it and quit" stops and deletes the endpoint', async () => {
    const { model, open, pass } = await setUp();
    const { service, guard } = await open();
    await service.deploy({ provider: 'together', model, runId: null, confirmedPerHour: H200_PER_HOUR });
    await pass(2 * MINUTE);
    expect(await guard.answerQuit('stop')).toBe(true);
    expect(service.list()[0]!.state).toBe('stopped');
    expect(await endpointsListed()).toEqual([]);
    expect(h.service.endpointUsage()[0]!.running).toBe(false);
  });

  it('a crash between creating the endpoint and saving it is reconciled after restart', async () => {
    const { model, open, pass } = await setUp();
    let reached = false;
    const first = await open(() => {
      reached = true;
      return new Promise<void>(() => undefined);
    });
    void first.service.deploy({
      provider: 'together',
      model,
      runId: 'run_h',
      confirmedPerHour: H200_PER_HOUR,
    });
    await vi.waitFor(() => expect(reached).toBe(true), { timeout: 20_000 });
    expect(first.service.list()).toMatchObject([{ phase: 'requested', providerId: null }]);
    first.service.dispose();

    const second = await open();
    second.service.resumeAll();
    await vi.waitFor(() => expect(second.service.list()[0]).toMatchObject({ phase: 'known' }), {
      timeout: 20_000,
    });
    // Each try moves the clock a minute: the adopted deployment is watched until it is ready.
    await vi.waitFor(
      async () => {
        await pass(MINUTE);
        expect(second.service.list()[0]).toMatchObject({ state: 'ready', model });
      },
      { timeout: 20_000 },
    );
    const listed = await endpointsListed();
    expect(listed).toHaveLength(1);
    expect(listed[0]!.deployments).toHaveLength(1);
  });
});
