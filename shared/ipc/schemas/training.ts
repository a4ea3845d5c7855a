// Routes of the Train page (issue 6). Main plans, checks, uploads, creates and watches; the renderer asks
// and shows. Settings are parsed here with the provider's own limits (OpenAI's create body, reference
// §4.2), so nothing out of range reaches a provider.
import { z } from 'zod';
import { defineRoute } from '../define';
import type {
  ModelsAnswer,
  ModerationAnswer,
  RunPlan,
  TrainingSourceSummary,
} from '../../domain/training/plan';
import type { TrainingRun } from '../../domain/training/types';
import { runOptionsSchema } from '../../domain/training/runOptions';
import type { FieldBounds } from '../../domain/training/runFields';

const runId = z.string().min(1).max(100);
const auto = z.literal('auto');

export const runSettingsSchema = z
  .object({
    sourceId: z.string().min(1).max(200),
    model: z.string().min(1).max(200),
    // Model names carry the suffix (ft:base:org:suffix:id): plain letters, digits, - and _ only.
    suffix: z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9_-]*$/)
      .nullable()
      .transform((s) => (s ? s : null)),
    epochs: z.union([auto, z.number().int().min(1).max(50)]),
    batchSize: z.union([auto, z.number().int().min(1).max(256)]),
    learningRateMultiplier: z.union([auto, z.number().positive().max(100)]),
    seed: z.number().int().min(0).max(2_147_483_647).nullable(),
    /** What only one provider has (Alibaba: LoRA or full, its own learning rate). */
    options: runOptionsSchema.optional(),
  })
  .strict();

const byRun = z.object({ runId }).strict();

/** A provider's own quote for a run (Together's estimate-price), shown beside our estimate. */
export interface ProviderEstimateAnswer {
  usd: number;
  /** False when the account's spending limit does not let the run proceed (start is then refused). */
  allowed: boolean;
  userLimitUsd: number | null;
  trainTokens: number | null;
  /** Examples whose consecutive same-role turns were joined for the provider's strict alternation. */
  mergedTurns: number;
}

export const trainingRoutes = {
  'training.sources': defineRoute<TrainingSourceSummary[]>()(z.object({}).strict()),
  'training.models': defineRoute<ModelsAnswer>()(z.object({}).strict()),
  'training.plan': defineRoute<RunPlan>()(runSettingsSchema),
  /** The provider's free moderation over what would be uploaded (before anything is uploaded). */
  'training.moderate': defineRoute<ModerationAnswer>()(
    z.object({ sourceId: z.string().min(1).max(200) }).strict(),
  ),
  /** The active provider's own bounds for this base model's fields, by field id (none when it has none). */
  'training.limits': defineRoute<FieldBounds>()(z.object({ model: z.string().min(1).max(200) }).strict()),
  /** Providers that quote prices themselves: upload the training part once and ask (nothing is trained). */
  'training.providerEstimate': defineRoute<ProviderEstimateAnswer>()(runSettingsSchema),
  /** The user confirmed the cost: stage, upload, create. Answers once the run is saved. */
  'training.start': defineRoute<TrainingRun>()(runSettingsSchema),
  'training.cancelUpload': defineRoute<TrainingRun>()(byRun),
  /** The cap for runs billed in `currency` (caps are per currency; a USD cap never limits a CNY run). */
  'training.setBudget': defineRoute<{ amount: number | null; currency: 'USD' | 'CNY' }>()(
    z
      .object({ amount: z.number().positive().max(10_000_000).nullable(), currency: z.enum(['USD', 'CNY']) })
      .strict(),
  ),
  'jobs.list': defineRoute<TrainingRun[]>()(z.object({}).strict()),
  'jobs.cancel': defineRoute<TrainingRun>()(byRun),
  'jobs.pause': defineRoute<TrainingRun>()(byRun),
  'jobs.resume': defineRoute<TrainingRun>()(byRun),
  /** Adds the account's jobs that this app has not seen (started elsewhere or before a reinstall). */
  'jobs.import': defineRoute<TrainingRun[]>()(z.object({}).strict()),
  /** Look at every unfinished job now (the "refresh" button; the same as after the computer wakes). */
  'jobs.refresh': defineRoute<{ watched: number }>()(z.object({}).strict()),
  /** A job view is showing this run (and the window is visible), or stopped showing it. */
  'jobs.watch': defineRoute<Record<string, never>>()(z.object({ runId, watching: z.boolean() }).strict()),
};
