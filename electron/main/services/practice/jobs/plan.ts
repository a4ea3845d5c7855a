// Everything decided when a job's files pass validation: resolved hyperparameters, step counts, billed
// tokens and the training curve the job will report as it runs.
import type { ChatExample } from '../../../../../shared/domain/chat';
import { autoEpochs, billedTokensPerEpoch } from '../../../../../shared/domain/epochs';
import { findPrice } from '../../../../../shared/domain/pricing/catalog';
import { countExampleTokens, encodingForModel } from '../../../../../shared/domain/tokens';
import { trainingCurve } from '../brain';
import type { JobRecord, Metrics } from '../state';

/** OpenAI reported learning_rate_multiplier 1.8 for the small `auto` jobs observed (reference §4.3). */
const AUTO_LEARNING_RATE_MULTIPLIER = 1.8;
/** Batch size grows with the data (about 0.2 % of the examples, 1 for small sets), capped by the spec's 256. */
const autoBatchSize = (examples: number) => Math.max(1, Math.min(256, Math.ceil(examples * 0.002)));

const DEFAULT_MAX_TOKENS_PER_EXAMPLE = 65_536;

export function tokenBasis(model: string) {
  const price = findPrice('practice', model);
  return {
    encoding: price?.encoding ?? encodingForModel(model),
    maxTokensPerExample: price?.maxTokensPerExample ?? DEFAULT_MAX_TOKENS_PER_EXAMPLE,
  };
}

export function planJob(job: JobRecord, examples: ChatExample[], hasValidation: boolean) {
  const n = examples.length;
  const requested = job.hyperparameters;
  const epochs = requested.n_epochs === 'auto' ? autoEpochs(n).epochs : requested.n_epochs;
  const batchSize = requested.batch_size === 'auto' ? autoBatchSize(n) : requested.batch_size;
  const learningRate =
    requested.learning_rate_multiplier === 'auto'
      ? AUTO_LEARNING_RATE_MULTIPLIER
      : requested.learning_rate_multiplier;
  const { encoding, maxTokensPerExample } = tokenBasis(job.model);
  const exampleTokens = examples.map((example) => countExampleTokens(example, encoding));
  const billed = billedTokensPerEpoch(exampleTokens, maxTokensPerExample);
  const stepsPerEpoch = Math.max(1, Math.ceil(n / batchSize));
  const curve = trainingCurve({
    exampleCount: n,
    epochs,
    batchSize,
    seed: job.seed,
    hasValidation,
    averageExampleTokens: n === 0 ? 0 : billed / n,
  });
  return {
    hyperparameters: { n_epochs: epochs, batch_size: batchSize, learning_rate_multiplier: learningRate },
    plan: {
      exampleCount: n,
      stepsPerEpoch,
      totalSteps: stepsPerEpoch * epochs,
      billedTokensPerEpoch: billed,
      curve,
      examples,
    },
  };
}

/** The metrics CSV OpenAI attaches as the job's result file, base64-encoded as OpenAI serves it (reference §4.6). */
export function resultCsvBase64(curve: readonly Metrics[]): string {
  const cell = (value: number | undefined) => (value === undefined ? '' : value.toFixed(5));
  const rows = ['step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy'];
  for (const point of curve) {
    rows.push(
      [
        point.step,
        cell(point.train_loss),
        cell(point.train_mean_token_accuracy),
        cell(point.valid_loss),
        cell(point.valid_mean_token_accuracy),
      ].join(','),
    );
  }
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8').toString('base64');
}
