// The fine-tuned approach's set-up cost on the evidence page comes from the job that made the model: a
// practice job trained from the project (its trained tokens × the base model's training price, checked
// date kept), not from an estimate. Practice charges nothing, so the cost says what OpenAI would charge.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { createManualClock } from '../../../electron/main/services/practice';
import { recordingNotifier } from '../../../electron/main/services/training/Notifier';
import type { EvidenceRun } from '../../../shared/domain/evidence/types';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { DEFAULT_SEED } from '../../../shared/domain/projects/split';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { fakeTimers } from '../training/fakeTimers';
import { SAMPLES } from '../training/harness';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

describe('evidence set-up cost of a fine-tuned model', () => {
  it('is the training job’s trained tokens × the training price', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-evidence-train-'));
    const clock = createManualClock();
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: () => undefined,
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: SAMPLES,
      practiceClock: clock,
      practiceDurations: { validatingMs: 1_000, queuedMs: 1_000, runningMs: 5_000 },
      training: { notifier: recordingNotifier(), timers: fakeTimers(), now: () => clock.now() },
    });
    const router = createRouter<null>(createHandlers(services), () => true, services.logger);
    const call = async <T>(route: string, input: unknown): Promise<T> => {
      const result = await router.dispatch(route, input, null);
      if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
      return result.data as T;
    };
    const project = await services.samples.open(services.projects, 'brand-voice', 'en');
    const projectId = project.meta.id;
    await services.projects.applySplit(projectId, { preset: '80-10-10', seed: DEFAULT_SEED });
    const started = await call<TrainingRun>('training.start', {
      sourceId: projectId,
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'evidence',
      epochs: 1,
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
    });
    // The run answers once saved; upload and create follow. Then the job runs on the practice clock and
    // "refresh" looks at it now (what the Train page's button does).
    await vi.waitFor(() => expect(services.training.poller.watched()).toContain(started.id), {
      timeout: 20_000,
      interval: 5,
    });
    clock.advance(60_000);
    await call('jobs.refresh', {});
    await services.training.poller.settled();
    const job = services.training.run(started.id).job!;
    expect(job.status).toBe('succeeded');
    expect(job.trainedTokens).toBeGreaterThan(0);

    const run = await call<EvidenceRun>('evidence.start', {
      projectId,
      questions: ['Hi', 'Shipping?', 'Returns?', 'Hours?', 'Gift wrap?'],
      collectionId: null,
    });
    const fineTuned = run.approaches.find((a) => a.approach === 'fine-tuned')!;
    expect(fineTuned.setup.model).toBe(job.fineTunedModel);
    const price = findPrice('practice', 'gpt-4.1-mini-2025-04-14')!;
    expect(fineTuned.setupCost).toEqual({
      kind: 'training',
      known: true,
      amount: (job.trainedTokens! * price.trainingPer1M!) / 1_000_000,
      currency: 'USD',
      tokens: job.trainedTokens,
      per1M: price.trainingPer1M,
      checkedOn: price.checkedOn,
      free: true,
    });
    await services.evidence.cancel(projectId);
    await services.shutdown();
  });
});
