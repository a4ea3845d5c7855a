// Alibaba has no "auto" epoch count: a job created without `n_epochs` runs the service's own (unpublished)
// default. With "auto" chosen, the estimate the user confirmed used Tunesmith's epoch rule, so the job must
// be created with that same count, or the bill differs from the confirmed estimate (the e2e walk showed an
// estimate for 6 epochs and a job that trained 3).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { createManualClock } from '../../../electron/main/services/practice';
import { ALIBABA_PRACTICE_KEYS } from '../../../electron/main/services/practice/alibaba';
import { DEFAULT_SEED } from '../../../shared/domain/projects/split';
import type { RunPlan } from '../../../shared/domain/training/plan';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { fakeTimers } from './fakeTimers';
import { SAMPLES } from './harness';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

describe('Train on Alibaba with auto epochs', () => {
  it('creates the job with the epoch count the confirmed estimate used', async () => {
    const clock = createManualClock();
    const services = await createAppServices({
      userDataDir: await mkdtemp(path.join(os.tmpdir(), 'tunesmith-alibaba-epochs-')),
      cipher: plainCipher,
      openExternal: async () => {},
      emit: () => {},
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: SAMPLES,
      practiceClock: clock,
      training: { timers: fakeTimers(), now: () => clock.now() },
    });
    const router = createRouter<null>(createHandlers(services), () => true, services.logger);
    const call = async <T>(route: string, input: unknown): Promise<T> => {
      const result = (await router.dispatch(route, input, null)) as { ok: boolean; data: T; error?: unknown };
      if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
      return result.data;
    };
    await call('keys.set', { provider: 'alibaba', key: ALIBABA_PRACTICE_KEYS.beijing });
    await call('accounts.use', { provider: 'alibaba' });
    const project = await services.samples.open(services.projects, 'brand-voice', 'en');
    // A small set (16 to train on), where the rule asks for more passes than the service's default of 3.
    const examples = await services.projects.examplesOf(project.meta.id);
    await services.projects.replaceExamples(project.meta.id, examples.slice(0, 20));
    await services.projects.applySplit(project.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
    const settings = {
      sourceId: project.meta.id,
      model: 'qwen3-14b',
      suffix: 'epochs',
      epochs: 'auto',
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
    };

    const plan = await call<RunPlan>('training.plan', settings);
    expect(plan.epochs.mode).toBe('auto');
    expect(plan.epochs.epochs).toBeGreaterThan(3);
    const run = await call<TrainingRun>('training.start', settings);
    await expect
      .poll(() => services.training.run(run.id).job?.id ?? null, { timeout: 20_000 })
      .not.toBeNull();
    const [job] = services.alibabaPractice.snapshot().jobs;
    expect(job?.hyperParameters['n_epochs']).toBe(plan.epochs.epochs);
    expect(services.training.run(run.id).request.epochs).toBe(plan.epochs.epochs);
    await services.shutdown();
  });
});
