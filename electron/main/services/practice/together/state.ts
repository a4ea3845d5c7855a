// What the Together practice service remembers, as plain JSON checked with zod when it comes back from disk.
// Times are milliseconds on the practice clock; the routes turn them into ISO strings or Unix seconds as
// Together does for each object.
import { z } from 'zod';

export const ValidationReportSchema = z.object({
  valid: z.boolean(),
  dataset_format: z.string().nullable(),
  dataset_has_message_weights: z.boolean(),
  dataset_has_parallel_tool_calls: z.boolean(),
  dataset_has_reasoning: z.boolean(),
  dataset_has_sample_weights: z.boolean(),
  dataset_has_tools: z.boolean(),
  dataset_is_multimodal: z.boolean(),
  error: z.string().optional(),
  error_type: z.literal('INVALID_FORMAT').optional(),
  file_id: z.string(),
  nlines: z.number().int(),
});

export const TogetherFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  purpose: z.string(),
  fileType: z.string(),
  createdAtMs: z.number(),
  /** null until the bytes arrive (the presigned PUT of the SDK's upload). */
  contentBase64: z.string().nullable(),
  bytes: z.number().int(),
  /** When the bytes arrived; processing runs from here. */
  receivedAtMs: z.number().nullable(),
  processingStatus: z.enum(['PENDING', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'INVALID_FORMAT']),
  validationReport: ValidationReportSchema.nullable(),
  /** Tokens of the valid examples (for estimate-price), and the examples a fine-tune answers from. */
  tokens: z.number().int(),
  examples: z.array(z.unknown()),
});

export const TogetherEventSchema = z.object({
  atMs: z.number(),
  type: z.string(),
  message: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  step: z.number().int().optional(),
  totalSteps: z.number().int().optional(),
  checkpointPath: z.string().optional(),
  modelPath: z.string().optional(),
});

export const TogetherJobStatusSchema = z.enum([
  'pending',
  'queued',
  'running',
  'compressing',
  'uploading',
  'cancel_requested',
  'cancelled',
  'error',
  'user_error',
  'completed',
]);

export const TogetherJobSchema = z.object({
  id: z.string(),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  startedAtMs: z.number().nullable(),
  model: z.string(),
  suffix: z.string().nullable(),
  trainingFile: z.string(),
  validationFile: z.string().nullable(),
  nEpochs: z.number().int(),
  nEvals: z.number().int(),
  nCheckpoints: z.number().int(),
  batchSize: z.number().int(),
  learningRate: z.number(),
  loraR: z.number().int(),
  loraAlpha: z.number(),
  trainingType: z.enum(['Lora', 'Full']),
  trainOnInputs: z.union([z.boolean(), z.literal('auto')]),
  seed: z.number().int(),
  status: TogetherJobStatusSchema,
  phaseStartedAtMs: z.number(),
  stepsDone: z.number().int(),
  totalSteps: z.number().int(),
  stepsPerEpoch: z.number().int(),
  /** n_epochs × training tokens (+ evals × validation tokens): the billing basis. */
  tokenCount: z.number().int(),
  totalPriceUsd: z.number(),
  modelOutputName: z.string(),
  modelObjectId: z.string(),
  modelRevisionId: z.string(),
  adapterObjectId: z.string(),
  adapterRevisionId: z.string(),
  curve: z.array(z.record(z.string(), z.number())),
  examples: z.array(z.unknown()),
  events: z.array(TogetherEventSchema),
  checkpointSteps: z.array(z.object({ step: z.number().int(), atMs: z.number() })),
  deleted: z.boolean(),
});

/** One stretch of time a deployment had replicas up (billed per minute, rounded up). */
export const TogetherRunSchema = z.object({
  startedAtMs: z.number(),
  endedAtMs: z.number().nullable(),
  /** Why it ended: stopped by the user, scaled to zero when idle, or deleted. */
  endedBy: z.enum(['stopped', 'scaled_to_zero', 'deleted']).nullable(),
});

export const TogetherDeploymentSchema = z.object({
  id: z.string(),
  name: z.string(),
  endpointId: z.string(),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  etag: z.number().int(),
  /** `projects/{p}/models/{m}/revisions/{r}` as given. */
  model: z.string(),
  modelId: z.string(),
  modelRevisionId: z.string(),
  /** The job whose examples the deployment answers from. */
  jobId: z.string(),
  hardware: z.string(),
  minReplicas: z.number().int(),
  maxReplicas: z.number().int(),
  scaleToZeroWindowSeconds: z.number().nullable(),
  state: z.enum([
    'DEPLOYMENT_STATE_PROVISIONING',
    'DEPLOYMENT_STATE_READY',
    'DEPLOYMENT_STATE_SCALING',
    'DEPLOYMENT_STATE_DEGRADED',
    'DEPLOYMENT_STATE_FAILED',
    'DEPLOYMENT_STATE_STOPPING',
    'DEPLOYMENT_STATE_STOPPED',
  ]),
  message: z.string(),
  phaseStartedAtMs: z.number(),
  /** The last request it answered (or when it became ready): the idle clock for scaleToZeroWindow. */
  lastActiveAtMs: z.number(),
  scaledToZero: z.boolean(),
  runs: z.array(TogetherRunSchema),
  deleted: z.boolean(),
});

export const TogetherEndpointSchema = z.object({
  id: z.string(),
  /** The name as created (the chat model string is `<projectSlug>/<name>`). */
  name: z.string(),
  visibility: z.enum(['VISIBILITY_PRIVATE', 'VISIBILITY_INTERNAL']),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  etag: z.number().int(),
  deleted: z.boolean(),
});

export const TogetherPracticeStateSchema = z.object({
  version: z.literal(1),
  files: z.array(TogetherFileSchema),
  jobs: z.array(TogetherJobSchema),
  endpoints: z.array(TogetherEndpointSchema),
  deployments: z.array(TogetherDeploymentSchema),
});

export type TogetherFile = z.infer<typeof TogetherFileSchema>;
export type ValidationReport = z.infer<typeof ValidationReportSchema>;
export type TogetherEvent = z.infer<typeof TogetherEventSchema>;
export type TogetherJob = z.infer<typeof TogetherJobSchema>;
export type TogetherJobStatus = z.infer<typeof TogetherJobStatusSchema>;
export type TogetherRun = z.infer<typeof TogetherRunSchema>;
export type TogetherDeployment = z.infer<typeof TogetherDeploymentSchema>;
export type TogetherEndpoint = z.infer<typeof TogetherEndpointSchema>;
export type TogetherPracticeState = z.infer<typeof TogetherPracticeStateSchema>;

export const emptyTogetherState = (): TogetherPracticeState => ({
  version: 1,
  files: [],
  jobs: [],
  endpoints: [],
  deployments: [],
});
