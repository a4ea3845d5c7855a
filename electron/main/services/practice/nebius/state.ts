// What the Nebius practice service remembers, as plain JSON checked with zod when it comes back from disk.
import { z } from 'zod';

export const NebiusFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  purpose: z.string(),
  bytes: z.number().int(),
  createdAt: z.number().int(),
  contentBase64: z.string(),
});

const MetricsSchema = z.object({
  step: z.number().int(),
  train_loss: z.number().nullable(),
  valid_loss: z.number().nullable(),
  full_valid_loss: z.number().nullable(),
  train_mean_token_accuracy: z.number().nullable(),
  valid_mean_token_accuracy: z.number().nullable(),
  full_valid_mean_token_accuracy: z.number().nullable(),
});

export const NebiusEventSchema = z.object({
  id: z.string(),
  createdAt: z.number().int(),
  level: z.enum(['info', 'warn', 'error']),
  message: z.string(),
  type: z.enum(['message', 'metrics']),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const NebiusCheckpointSchema = z.object({
  id: z.string(),
  createdAt: z.number().int(),
  stepNumber: z.number().int(),
  metrics: MetricsSchema,
  resultFiles: z.array(z.string()),
});

export const NebiusJobSchema = z.object({
  id: z.string(),
  createdAtMs: z.number(),
  model: z.string(),
  trainingFile: z.string(),
  validationFile: z.string().nullable(),
  /** All twelve keys, defaults filled in (Nebius echoes them all). */
  hyperparameters: z.record(z.string(), z.unknown()),
  suffix: z.string(),
  seed: z.number().int(),
  status: z.enum(['validating_files', 'queued', 'running', 'succeeded', 'failed', 'cancelled']),
  phaseStartedAtMs: z.number(),
  finishedAtMs: z.number().nullable(),
  trainedSteps: z.number().int(),
  datasetsProcessed: z.boolean(),
  plan: z
    .object({
      stepsPerEpoch: z.number().int(),
      totalSteps: z.number().int(),
      trainedTokensTotal: z.number().int(),
      curve: z.array(MetricsSchema),
      examples: z.array(z.unknown()),
    })
    .nullable(),
  error: z.object({ code: z.string(), message: z.string(), param: z.string().nullable() }).nullable(),
  events: z.array(NebiusEventSchema),
  checkpoints: z.array(NebiusCheckpointSchema),
});

export const NebiusCustomModelSchema = z.object({
  name: z.string(),
  shortName: z.string(),
  baseModel: z.string(),
  source: z.string(),
  description: z.string().nullable(),
  createdAtMs: z.number(),
  status: z.enum(['validating', 'active', 'error', 'deleted']),
  statusReason: z.string().nullable(),
  jobId: z.string(),
  checkpointId: z.string(),
  /** GETs answered so far (the first may be a 404, as observed). */
  reads: z.number().int(),
});

export const NebiusPracticeStateSchema = z.object({
  version: z.literal(1),
  files: z.array(NebiusFileSchema),
  jobs: z.array(NebiusJobSchema),
  customModels: z.array(NebiusCustomModelSchema),
});

export type NebiusFile = z.infer<typeof NebiusFileSchema>;
export type NebiusJob = z.infer<typeof NebiusJobSchema>;
export type NebiusEvent = z.infer<typeof NebiusEventSchema>;
export type NebiusCheckpoint = z.infer<typeof NebiusCheckpointSchema>;
export type NebiusCustomModel = z.infer<typeof NebiusCustomModelSchema>;
export type NebiusPracticeState = z.infer<typeof NebiusPracticeStateSchema>;

export const emptyNebiusState = (): NebiusPracticeState => ({
  version: 1,
  files: [],
  jobs: [],
  customModels: [],
});
