// OpenAI job creation that never creates two jobs for one user action: the reference travels in the job's
// metadata (`tunesmith_ref`) and the look-up is `jobs.list` filtered by it. The loop itself (look up first,
// never retry a definite refusal, look up again after an ambiguous failure) is ../createOnce.ts.
import type OpenAI from 'openai';
import type { RetryContext } from '../callPolicy';
import { createDuplicateFree, isAmbiguous } from '../createOnce';
import type { CreateJobRequest, ProviderJob } from '../Provider';
import { CLIENT_REF_KEY } from './mapping';

export interface CreateJobDeps {
  /** One create request, no retries. */
  createOnce(body: OpenAI.FineTuning.Jobs.JobCreateParams): Promise<ProviderJob>;
  /** The job carrying this reference, if the provider lists one (reads may retry). */
  findByRef(clientRef: string): Promise<ProviderJob | null>;
  retry: RetryContext;
  /** Total create attempts per user action. */
  maxAttempts: number;
  /** Pause between the two look-ups after an ambiguous failure. */
  settleMs: number;
  /** Told about each ambiguous failure (tests count them; logs record them). */
  onAmbiguous?: (error: unknown) => void;
}

export function createBody(request: CreateJobRequest): OpenAI.FineTuning.Jobs.JobCreateParams {
  const hyperparameters = {
    ...(request.epochs !== undefined ? { n_epochs: request.epochs } : {}),
    ...(request.batchSize !== undefined ? { batch_size: request.batchSize } : {}),
    ...(request.learningRateMultiplier !== undefined
      ? { learning_rate_multiplier: request.learningRateMultiplier }
      : {}),
  };
  const type = request.method ?? 'supervised';
  return {
    model: request.baseModel,
    training_file: request.trainingFileId,
    ...(request.validationFileId ? { validation_file: request.validationFileId } : {}),
    ...(request.suffix ? { suffix: request.suffix } : {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    method: type === 'dpo' ? { type, dpo: { hyperparameters } } : { type, supervised: { hyperparameters } },
    metadata: { [CLIENT_REF_KEY]: request.clientRef },
  };
}

export { isAmbiguous };

/** The OpenAI body for one user action, created at most once (createOnce.ts has the rules). */
export function createJobOnce(request: CreateJobRequest, deps: CreateJobDeps): Promise<ProviderJob> {
  const body = createBody(request);
  return createDuplicateFree({
    createOnce: () => deps.createOnce(body),
    find: () => deps.findByRef(request.clientRef),
    retry: deps.retry,
    maxAttempts: deps.maxAttempts,
    settleMs: deps.settleMs,
    ...(deps.onAmbiguous ? { onAmbiguous: deps.onAmbiguous } : {}),
  });
}
