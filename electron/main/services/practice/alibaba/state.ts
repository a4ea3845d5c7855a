// What the Alibaba practice service remembers, as plain JSON checked with zod when it comes back from disk.
// Every object belongs to one account (an API key's user id): keys are per region, and so is everything
// made with them.
import { z } from 'zod';

export const AlibabaFileSchema = z.object({
  id: z.string(),
  owner: z.string(),
  filename: z.string(),
  purpose: z.string(),
  bytes: z.number().int(),
  createdAt: z.number().int(),
  contentBase64: z.string(),
});

export const JobStatusSchema = z.enum(['PENDING', 'QUEUING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELED']);

export const JobPlanSchema = z.object({
  exampleCount: z.number().int(),
  epochs: z.number().int(),
  batchSize: z.number().int(),
  learningRate: z.number(),
  stepsPerEpoch: z.number().int(),
  totalSteps: z.number().int(),
  tokensPerEpoch: z.number().int(),
  trainLoss: z.array(z.number()),
  /** Validation loss by step, where a validation pass happened. */
  evalLoss: z.array(z.number().nullable()),
  examples: z.array(z.unknown()),
});

export const AlibabaJobSchema = z.object({
  id: z.string(),
  owner: z.string(),
  workspaceId: z.string(),
  model: z.string(),
  baseModel: z.string(),
  trainingFileIds: z.array(z.string()),
  validationFileIds: z.array(z.string()),
  /** Exactly what the caller sent (echoed as `hyper_parameters`). */
  hyperParameters: z.record(z.string(), z.unknown()),
  trainingType: z.enum(['sft', 'efficient_sft']),
  suffix: z.string().nullable(),
  createdAtMs: z.number(),
  phaseStartedAtMs: z.number(),
  endedAtMs: z.number().nullable(),
  status: JobStatusSchema,
  stepsDone: z.number().int(),
  usage: z.number().int().nullable(),
  finetunedOutput: z.string(),
  plan: JobPlanSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  logs: z.array(z.string()),
});

export const AlibabaDeploymentSchema = z.object({
  deployedModel: z.string(),
  owner: z.string(),
  workspaceId: z.string(),
  modelName: z.string(),
  baseModel: z.string(),
  plan: z.enum(['lora', 'mu', 'ptu']),
  capacity: z.number().int(),
  createdAtMs: z.number(),
  modifiedAtMs: z.number(),
  status: z.enum(['PENDING', 'RUNNING', 'FAILED']),
});

export const AlibabaModelSchema = z.object({
  id: z.string(),
  owner: z.string(),
  baseModel: z.string(),
  trainingType: z.enum(['sft', 'efficient_sft']),
  jobId: z.string(),
  examples: z.array(z.unknown()),
});

export const AlibabaPracticeStateSchema = z.object({
  version: z.literal(1),
  files: z.array(AlibabaFileSchema),
  jobs: z.array(AlibabaJobSchema),
  deployments: z.array(AlibabaDeploymentSchema),
  models: z.array(AlibabaModelSchema),
});

export type AlibabaFile = z.infer<typeof AlibabaFileSchema>;
export type AlibabaJob = z.infer<typeof AlibabaJobSchema>;
export type AlibabaJobStatus = z.infer<typeof JobStatusSchema>;
export type AlibabaDeployment = z.infer<typeof AlibabaDeploymentSchema>;
export type AlibabaModel = z.infer<typeof AlibabaModelSchema>;
export type AlibabaPracticeState = z.infer<typeof AlibabaPracticeStateSchema>;

export const emptyAlibabaState = (): AlibabaPracticeState => ({
  version: 1,
  files: [],
  jobs: [],
  deployments: [],
  models: [],
});
