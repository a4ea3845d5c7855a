// Job creation that never creates two jobs for one user action. Creating a job costs money, so it is the
// one call never retried blindly (the SDK's retries are off, and the generic retry loop is not used):
//  1. before the first attempt, look for a job that already carries this action's reference (an earlier
//     attempt, possibly from before an app restart);
//  2. a definite refusal (4xx) is final: nothing was created;
//  3. an ambiguous failure (timeout, dropped connection, 5xx) may hide a created job, so ask the provider
//     (jobs.list filtered by our metadata reference), twice with a short settle in between because a
//     just-created job can take a moment to be listed, and only when it is not there try again;
//  4. a rate limit (429, not quota) is a definite "not created": wait as told (capped) and try again.
import OpenAI from 'openai';
import { nextDelay, type RetryContext } from '../callPolicy';
import { isQuotaError, retryAfterMs } from '../errorMapping';
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

/** May the job exist although the call failed? */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof OpenAI.APIUserAbortError) return false;
  if (error instanceof OpenAI.APIConnectionError) return true;
  return (
    error instanceof OpenAI.APIError &&
    error.status !== undefined &&
    (error.status >= 500 || error.status === 408 || error.status === 409)
  );
}

const isPlainRateLimit = (error: unknown) =>
  error instanceof OpenAI.APIError && error.status === 429 && !isQuotaError(error);

export async function createJobOnce(request: CreateJobRequest, deps: CreateJobDeps): Promise<ProviderJob> {
  const { signal } = deps.retry;
  const earlier = await deps.findByRef(request.clientRef);
  if (earlier) return earlier;
  const body = createBody(request);
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.createOnce(body);
    } catch (error) {
      if (signal?.aborted) throw new OpenAI.APIUserAbortError();
      const last = attempt + 1 >= deps.maxAttempts;
      if (isPlainRateLimit(error)) {
        const wait = nextDelay(
          retryAfterMs((error as InstanceType<typeof OpenAI.APIError>).headers),
          attempt,
          deps.retry,
        );
        if (last || wait === null) throw error;
        await deps.retry.sleep(wait, signal);
        continue;
      }
      if (!isAmbiguous(error)) throw error;
      deps.onAmbiguous?.(error);
      const found =
        (await deps.findByRef(request.clientRef)) ?? (await settleThenFind(request.clientRef, deps));
      if (found) return found;
      if (last) throw error;
      const wait = nextDelay(null, attempt, deps.retry) ?? deps.retry.policy.maxDelayMs;
      await deps.retry.sleep(wait, signal);
    }
  }
}

async function settleThenFind(clientRef: string, deps: CreateJobDeps): Promise<ProviderJob | null> {
  await deps.retry.sleep(deps.settleMs, deps.retry.signal);
  return deps.findByRef(clientRef);
}
