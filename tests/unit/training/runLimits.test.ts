// training.limits: the active provider's per-base bounds reach the form through TrainingService. A
// provider that publishes none answers none, and a failed read answers none too (the form keeps its static
// bounds; the provider still checks at start), never an error for the user.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PriceBook } from '../../../electron/main/services/providers';
import type { FineTuningProvider } from '../../../electron/main/services/providers/Provider';
import { recordingNotifier } from '../../../electron/main/services/training/Notifier';
import { sampleDataSource } from '../../../electron/main/services/training/TrainingDataSource';
import { TrainingService } from '../../../electron/main/services/training/TrainingService';
import { openTrainingStore } from '../../../electron/main/services/training/TrainingStore';
import { startTogetherHarness, type TogetherHarness } from '../practice/together/harness';
import { adapterFor } from '../providers/together/helpers';
import { fakeTimers } from './fakeTimers';
import { SAMPLES } from './harness';

let h: TogetherHarness | null = null;
afterEach(async () => h?.close());

async function serviceWith(provider: FineTuningProvider) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-limits-'));
  return new TrainingService({
    store: await openTrainingStore(dir),
    dataDir: dir,
    prices: await PriceBook.open(dir),
    source: sampleDataSource(SAMPLES),
    providers: { activeId: () => provider.id, get: () => provider },
    accountKey: () => 'together',
    emitChanged: () => undefined,
    notifier: recordingNotifier(),
    language: () => 'en',
    now: () => Date.parse('2026-12-05T12:00:00Z'),
    timers: fakeTimers(() => Promise.resolve(), 0),
  });
}

describe('TrainingService.runLimits', () => {
  it('answers the Together base’s bounds from models/limits', async () => {
    h = await startTogetherHarness();
    const service = await serviceWith(adapterFor(h));
    expect((await service.runLimits('meta-llama/Llama-3.3-70B-Instruct')).epochs).toEqual({ max: 20 });
  });

  it('answers none when the limits cannot be read, and none for a provider without them', async () => {
    h = await startTogetherHarness();
    const broken = adapterFor(h, {
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      retryPolicy: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0 },
    });
    expect(await (await serviceWith(broken)).runLimits('Qwen/Qwen3-8B')).toEqual({});
    // Only what runLimits touches: a provider without the optional method.
    const plain = { id: 'practice' } as unknown as FineTuningProvider;
    expect(await (await serviceWith(plain)).runLimits('Qwen/Qwen3-8B')).toEqual({});
  });
});
