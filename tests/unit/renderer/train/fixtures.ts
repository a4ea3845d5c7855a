// Runs and plans as main would send them, for the Train page's DOM tests.
import type { RunPlan } from '../../../../shared/domain/training/plan';
import type { JobStatus } from '../../../../shared/domain/providers/status';
import { blankRunState } from '../../../../shared/domain/training/blankRun';
import type { MetricPoint, TrainingRun } from '../../../../shared/domain/training/types';

export function runWith(patch: Partial<TrainingRun> = {}, status: JobStatus | null = null): TrainingRun {
  return {
    id: 'run_1',
    provider: 'practice',
    source: { id: 'p1', name: 'Kettle', trainCount: 48, validationCount: 6 },
    request: {
      baseModel: 'gpt-4.1-mini-2025-04-14',
      suffix: 'kettle',
      epochs: 'auto',
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
    },
    createdAt: Date.UTC(2026, 10, 26, 12),
    phase: status ? 'tracking' : 'uploading',
    ...blankRunState(),
    job: status
      ? {
          id: 'ftjob-1',
          status,
          rawStatus: status,
          pending: null,
          baseModel: 'gpt-4.1-mini-2025-04-14',
          fineTunedModel:
            status === 'succeeded' ? 'ft:gpt-4.1-mini-2025-04-14:personal:kettle:AbCd1234' : null,
          createdAt: Date.UTC(2026, 10, 26, 12),
          finishedAt: null,
          estimatedFinishAt: null,
          trainedTokens: null,
          epochs: 3,
          error: null,
        }
      : null,
    estimatedCost: { amount: 0.08, currency: 'USD' },
    ...patch,
  };
}

/** Training loss falling while validation loss turns up after step 6: memorising. */
export const MEMORISING: MetricPoint[] = [2, 1.6, 1.3, 1.0, 0.8, 0.6, 0.45, 0.3, 0.2, 0.12, 0.08, 0.05].map(
  (train, i) => ({
    step: i + 1,
    trainLoss: train,
    trainAccuracy: 0.5 + i * 0.04,
    validLoss: [2, 1.7, 1.4, 1.2, 1.1, 1.05, 1.1, 1.2, 1.35, 1.5, 1.65, 1.8][i] ?? null,
    validAccuracy: 0.5,
  }),
);

export function planWith(patch: Partial<RunPlan> = {}): RunPlan {
  return {
    provider: 'practice',
    settings: {
      sourceId: 'p1',
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'kettle',
      epochs: 'auto',
      batchSize: 'auto',
      learningRateMultiplier: 'auto',
      seed: null,
    },
    sourceName: 'Kettle',
    check: {
      trainExamples: 48,
      validationExamples: 6,
      errors: 0,
      warnings: 0,
      blocking: [],
      counts: {},
      toolExamples: 0,
      minExamples: 10,
    },
    tokens: { billedPerEpoch: 5280, maxPerExample: 65536, overLimit: 0 },
    epochs: { epochs: 3, mode: 'auto', reason: 'default' },
    trainingCost: {
      amount: 0.0792,
      currency: 'USD',
      formula: '5,280 tokens × 3 epochs × $5 / 1M tokens',
      basis: { tokens: 5280, epochs: 3, pricePer1M: 5, currency: 'USD' },
    },
    reply: {
      promptTokens: 60,
      replyTokens: 50,
      tuned: {
        amount: 0.0002,
        currency: 'USD',
        formula: '',
        basis: { promptTokens: 60, replyTokens: 50, inputPer1M: 0.8, outputPer1M: 3.2, currency: 'USD' },
      },
      base: {
        amount: 0.0001,
        currency: 'USD',
        formula: '',
        basis: { promptTokens: 60, replyTokens: 50, inputPer1M: 0.4, outputPer1M: 1.6, currency: 'USD' },
      },
    },
    budget: { cap: null, currency: 'USD', exceeded: false },
    price: { checkedOn: '2026-11-26', overridden: false, region: null },
    model: null,
    blockedBy: [],
    ...patch,
  };
}
