// The Train wiring in the composition root: routes through the real router, Examples projects as the data,
// a wake-up from the platform looks at the job at once, and the notification speaks the OS language when
// the user's setting is "system".
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { createManualClock } from '../../../electron/main/services/practice';
import { recordingNotifier } from '../../../electron/main/services/training/Notifier';
import { DEFAULT_SEED } from '../../../shared/domain/projects/split';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { fakeTimers } from './fakeTimers';
import { SAMPLES } from './harness';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

describe('Train in AppServices', () => {
  it('starts from an Examples project through the router, wakes on resume, and notifies in the OS language', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-train-app-'));
    const clock = createManualClock();
    const timers = fakeTimers();
    const notifier = recordingNotifier();
    const wakeCallbacks: (() => void)[] = [];
    const changed: TrainingRun[] = [];
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: (event, payload) => {
        if (event === 'jobs.changed') changed.push((payload as { run: TrainingRun }).run);
      },
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: SAMPLES,
      practiceClock: clock,
      practiceDurations: { validatingMs: 10_000, queuedMs: 10_000, runningMs: 30_000 },
      training: {
        notifier,
        timers,
        now: () => clock.now(),
        systemLanguage: () => 'zh-CN',
        onResume: (callback) => {
          wakeCallbacks.push(callback);
          return () => undefined;
        },
      },
    });
    const router = createRouter<null>(createHandlers(services), () => true, services.logger);
    const call = async <T>(route: string, input: unknown): Promise<T> => {
      const result = (await router.dispatch(route, input, null)) as { ok: boolean; data: T; error?: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.data;
    };

    const project = await services.samples.open(services.projects, 'brand-voice', 'en');
    await services.projects.applySplit(project.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
    const sources = await call<{ id: string; trainCount: number; validationCount: number }[]>(
      'training.sources',
      {},
    );
    expect(sources).toEqual([
      expect.objectContaining({ id: project.meta.id, trainCount: 48, validationCount: 6 }),
    ]);
    const settings = {
      sourceId: project.meta.id,
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'wired',
      epochs: 'auto',
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
    };
    const run = await call<TrainingRun>('training.start', settings);
    const deadline = Date.now() + 20_000;
    while (!services.training.poller.watched().includes(run.id) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));

    // Time passes on the provider while the computer sleeps: no timer fires, then the wake-up looks at once.
    clock.advance(60_000);
    expect(services.practice.faults.count('GET /fine_tuning/jobs/:id')).toBe(0);
    wakeCallbacks.forEach((wake) => wake());
    await services.training.poller.settled();
    expect(services.practice.faults.count('GET /fine_tuning/jobs/:id')).toBe(1);
    const after = services.training.run(run.id);
    expect(after.job?.status).toBe('succeeded');
    expect(timers.pending()).toBe(0);
    expect(notifier.shown.map((n) => n.title)).toEqual(['训练完成']);
    expect(changed.at(-1)?.job?.status).toBe('succeeded');
    expect((await call<TrainingRun[]>('jobs.list', {})).map((r) => r.id)).toEqual([run.id]);
    services.training.dispose();
    await services.practice.dispose();
  });

  it('refuses settings outside the provider limits before anything happens', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-train-app-'));
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: () => undefined,
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: SAMPLES,
    });
    const router = createRouter<null>(createHandlers(services), () => true, services.logger);
    const bad = await router.dispatch(
      'training.start',
      {
        sourceId: 'x',
        model: 'm',
        suffix: 'has space',
        epochs: 60,
        batchSize: 'auto',
        learningRateMultiplier: 'auto',
        seed: null,
      },
      null,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(services.practice.faults.requests).toHaveLength(0);
    services.training.dispose();
    await services.practice.dispose();
  });
});
