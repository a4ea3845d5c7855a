// Everything the Train feature must not forget, in one durable file (training.json): every run from the
// moment its cost was confirmed, the events cursor and metrics of each job, which content hashes are
// already uploaded to which account, and the user's budget cap. Written atomically on every change, so a
// crash loses at most the change in flight, and each step is saved BEFORE the call it prepares (the
// clientRef before create), which is what makes resuming without duplicates possible.
import path from 'node:path';
import { z } from 'zod';
import { runOptionsSchema } from '../../../../shared/domain/training/runOptions';
import { ALL_PROVIDER_IDS } from '../../../../shared/domain/providers/capabilities';
import { JOB_STATUSES } from '../../../../shared/domain/providers/status';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import { ERROR_CODES } from '../../../../shared/ipc/errors';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const num = z.number().nullable();
const metric = z.object({
  step: z.number(),
  trainLoss: num,
  trainAccuracy: num,
  validLoss: num,
  validAccuracy: num,
  fullValidLoss: num.optional(),
});
const autoOr = <T extends z.ZodType>(t: T) => z.union([z.literal('auto'), t]);

const runSchema = z.object({
  id: z.string(),
  provider: z.enum(ALL_PROVIDER_IDS),
  source: z
    .object({ id: z.string(), name: z.string(), trainCount: z.number(), validationCount: z.number() })
    .nullable(),
  request: z.object({
    baseModel: z.string(),
    suffix: z.string().nullable(),
    epochs: autoOr(z.number()),
    batchSize: autoOr(z.number()),
    learningRateMultiplier: autoOr(z.number()),
    seed: z.number().nullable(),
    options: runOptionsSchema.optional(),
  }),
  createdAt: z.number(),
  phase: z.enum(['uploading', 'creating', 'tracking', 'stopped']),
  stopReason: z.enum(['upload_cancelled', 'start_failed']).nullable(),
  startError: z
    .object({
      code: z.enum(ERROR_CODES),
      requestId: z.string().optional(),
      path: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .nullable(),
  upload: z
    .object({
      part: z.enum(['train', 'validation']),
      sentBytes: z.number(),
      totalBytes: z.number(),
      reused: z.boolean(),
    })
    .nullable(),
  files: z.object({ train: z.string().nullable(), validation: z.string().nullable() }),
  job: z
    .object({
      id: z.string(),
      status: z.enum(JOB_STATUSES),
      rawStatus: z.string(),
      pending: z.enum(['pause', 'cancel']).nullable(),
      baseModel: z.string(),
      fineTunedModel: z.string().nullable(),
      createdAt: z.number(),
      finishedAt: num,
      estimatedFinishAt: num,
      trainedTokens: num,
      epochs: num,
      error: z
        .object({ code: z.string().nullable(), message: z.string(), param: z.string().nullable() })
        .nullable(),
    })
    .nullable(),
  progress: z.object({ step: z.number(), totalSteps: z.number() }).nullable(),
  eventCursor: z.string().nullable(),
  events: z.array(
    z.object({
      id: z.string(),
      createdAt: z.number(),
      level: z.enum(['info', 'warn', 'error']),
      message: z.string(),
    }),
  ),
  metrics: z.array(metric),
  checkpoints: z.array(
    z.object({
      id: z.string(),
      createdAt: z.number(),
      model: z.string(),
      step: z.number(),
      metrics: metric.nullable(),
    }),
  ),
  notified: z.boolean(),
  imported: z.boolean(),
  estimatedCost: z.object({ amount: num, currency: z.enum(['USD', 'CNY']) }).nullable(),
}) satisfies z.ZodType<TrainingRun>;

const stateSchema = z.object({
  runs: z.array(runSchema),
  /** account key → content sha256 → file id: data already on that account is not uploaded again. */
  uploadedFiles: z.record(z.string(), z.record(z.string(), z.string())),
  /** Runs estimated above the cap of their own currency are blocked; a currency without a cap has none. */
  budgets: z.object({ USD: z.number().positive().optional(), CNY: z.number().positive().optional() }),
});
export type TrainingState = z.infer<typeof stateSchema>;

export type TrainingFile = DurableJsonFile<TrainingState>;

export function openTrainingStore(dir: string): Promise<TrainingFile> {
  return DurableJsonFile.open({
    file: path.join(dir, 'training.json'),
    version: 2,
    schema: stateSchema,
    defaults: () => ({ runs: [], uploadedFiles: {}, budgets: {} }),
    migrations: { 2: migrateToCurrencies },
  });
}

/**
 * Version 2 keeps costs with their currency (Alibaba Beijing bills in CNY): every estimate and cap written
 * by version 1 was in US dollars, so it becomes a USD amount and a USD cap.
 */
export function migrateToCurrencies(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { budgetUsd, runs, ...rest } = data as { budgetUsd?: unknown; runs?: unknown };
  const usd = (value: unknown) => (typeof value === 'number' ? { amount: value, currency: 'USD' } : null);
  return {
    ...rest,
    budgets: typeof budgetUsd === 'number' ? { USD: budgetUsd } : {},
    runs: Array.isArray(runs)
      ? runs.map((run: unknown) => {
          if (typeof run !== 'object' || run === null) return run;
          const { estimatedUsd, ...kept } = run as { estimatedUsd?: unknown };
          return { ...kept, estimatedCost: usd(estimatedUsd) };
        })
      : runs,
  };
}

/** Replaces one run (by id) with what `change` makes of it; resolves once it is on disk. */
export async function updateRun(
  file: TrainingFile,
  id: string,
  change: (run: TrainingRun) => TrainingRun,
): Promise<TrainingRun | undefined> {
  let updated: TrainingRun | undefined;
  await file.update((state) => ({
    ...state,
    runs: state.runs.map((run) => {
      if (run.id !== id) return run;
      updated = change(run);
      return updated;
    }),
  }));
  return updated;
}

export const findRun = (file: TrainingFile, id: string): TrainingRun | undefined =>
  file.get().runs.find((run) => run.id === id);
