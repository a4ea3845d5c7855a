// A TrainingService over the in-process practice service (the real OpenAI adapter, the real SDK), with a
// manual practice clock and fake poll timers that move together, a real training.json in a temp folder,
// and a recording notifier. `restart()` builds a second service on the same folder, as an app restart.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createManualClock,
  createPracticeService,
  DEFAULT_PRACTICE_KEY,
  PRACTICE_BASE_URL,
  type JobDurations,
  type PracticeService,
} from '../../../electron/main/services/practice';
import { OpenAIProvider, PriceBook } from '../../../electron/main/services/providers';
import { recordingNotifier } from '../../../electron/main/services/training/Notifier';
import {
  sampleDataSource,
  type TrainingDataSource,
} from '../../../electron/main/services/training/TrainingDataSource';
import { TrainingService } from '../../../electron/main/services/training/TrainingService';
import { openTrainingStore } from '../../../electron/main/services/training/TrainingStore';
import type { TrainingRun } from '../../../shared/domain/training/types';
import type { RunSettings } from '../../../shared/domain/training/plan';
import { fakeTimers } from './fakeTimers';

export const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');
export const BRAND_VOICE = 'sample:brand-voice:en';

export const SETTINGS: RunSettings = {
  sourceId: BRAND_VOICE,
  model: 'gpt-4.1-mini-2025-04-14',
  suffix: 'kettle',
  epochs: 'auto',
  batchSize: 'auto',
  learningRateMultiplier: 'auto',
  seed: 7,
};

export async function trainingHarness(
  options: { durations?: JobDurations; source?: TrainingDataSource } = {},
) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-training-'));
  const clock = createManualClock();
  const practice: PracticeService = createPracticeService({
    clock,
    durations: options.durations ?? { validatingMs: 20_000, queuedMs: 30_000, runningMs: 120_000 },
  });
  const prices = await PriceBook.open(dir);
  const source = options.source ?? sampleDataSource(SAMPLES);
  const notifier = recordingNotifier();
  const changes: TrainingRun[] = [];
  let service: TrainingService | null = null;
  const timers = fakeTimers(() => service?.poller.settled() ?? Promise.resolve(), clock.now());
  const provider = () =>
    new OpenAIProvider({
      id: 'practice',
      apiKey: DEFAULT_PRACTICE_KEY,
      baseURL: PRACTICE_BASE_URL,
      fetch: practice.fetch,
    });

  const build = async (hooks: { afterJobCreated?: (run: TrainingRun) => Promise<void> } = {}) => {
    const store = await openTrainingStore(dir);
    service = new TrainingService({
      store,
      dataDir: dir,
      prices,
      source,
      providers: { activeId: () => 'practice', get: () => provider() },
      accountKey: () => 'practice',
      emitChanged: (run) => changes.push(run),
      notifier,
      language: () => 'en',
      now: () => clock.now(),
      timers,
      ...hooks,
    });
    service.resumeAll();
    return service;
  };

  return {
    dir,
    clock,
    practice,
    notifier,
    changes,
    timers,
    provider,
    build,
    get service() {
      if (!service) throw new Error('build() first');
      return service;
    },
    /** Moves the practice clock and the poll timers together, a second at a time. */
    async advance(ms: number) {
      for (let t = 0; t < ms; t += 1_000) {
        clock.advance(1_000);
        await timers.advance(1_000);
      }
    },
    /** Waits until the run's job exists and the poller watches it. */
    async untilTracked(runId: string) {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && !service?.poller.watched().includes(runId))
        await new Promise((resolve) => setTimeout(resolve, 5));
      return this.until(runId, (r) => r.phase === 'tracking');
    },
    /** Waits (without sleeping) until a run satisfies `predicate`. */
    async until(runId: string, predicate: (run: TrainingRun) => boolean) {
      let run = service?.runs().find((r) => r.id === runId);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        run = service?.runs().find((r) => r.id === runId);
        if (run && predicate(run)) return run;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const { phase, startError, job, progress } = run ?? {};
      throw new Error(
        `run never reached the expected state: ${JSON.stringify({ phase, startError, job, progress })}`,
      );
    },
    /** Waits until the practice service has seen a request (or 20 s pass). */
    async untilRequest(method: string, pathPrefix: string) {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && this.requests(method, pathPrefix) === 0)
        await new Promise((resolve) => setTimeout(resolve, 5));
    },
    requests(method: string, pathPrefix: string) {
      return practice.faults.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix))
        .length;
    },
    async close() {
      service?.dispose();
      await service?.poller.settled();
      await practice.dispose();
    },
  };
}
