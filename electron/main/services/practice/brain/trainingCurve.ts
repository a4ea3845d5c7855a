// The metrics a practice fine-tuning job reports, step by step. Not a simulation of gradient descent: a
// small, documented model of the curve shapes users see on OpenAI's dashboard, so the app's chart can
// teach the two things worth learning from a loss curve:
//   1. loss falls fast, then levels off; more (and more varied) data levels off lower;
//   2. too many epochs on too little data memorises: training loss heads to 0 while validation loss
//      turns back up.
//
// The model, in epochs e (fractional: e = step / stepsPerEpoch) and example count N:
//   reachable(N)  = FLOOR + DATA_GAP / sqrt(N)          the best validation loss N examples allow
//   general(e)    = reachable + (START - reachable) · exp(-e / tau(N)),   tau(N) = clamp(30 / N, 0.12, 2)
//                   what the model has learned that carries over to new examples; small sets take more
//                   epochs to learn the format because each epoch holds fewer example-passes
//   train(e)      = general(e) · exp(-MEMORISE · e / sqrt(N))
//                   training examples get easier than unseen ones, faster when there are few of them
//   valid(e)      = general(e) + OVERFIT / sqrt(N) · max(0, e - ONSET)^1.5
//                   after ONSET epochs every example has been seen often enough to be memorised; the
//                   penalty grows with further epochs and shrinks with more data
//   accuracy      = exp(-ACCURACY_RATE · loss)           0 loss ↔ every token right
// Noise: each reported batch loss is multiplied by (1 + σ·z), z a seeded standard normal clipped to ±2.5,
// with σ = BATCH_NOISE / sqrt(batchSize · averageExampleTokens / 100): bigger batches (in tokens) average
// out more. Full validation runs over the whole validation file, so its noise is FULL_VALID_NOISE.
// Constants were picked so that the curves match the magnitudes OpenAI reports for chat fine-tunes
// (first steps around 1.5-2, well-fitted jobs ending around 0.3-0.8, tiny memorised sets reporting
// "training loss=0.00").
import { gaussian, seededRandom } from './random';

export interface TrainingCurveInput {
  exampleCount: number;
  epochs: number;
  batchSize: number;
  seed: number;
  hasValidation: boolean;
  averageExampleTokens: number;
}

/** One step's metrics, with the field names of OpenAI's metrics events and checkpoints. */
export interface TrainingCurvePoint {
  step: number;
  train_loss: number;
  train_mean_token_accuracy: number;
  valid_loss?: number;
  valid_mean_token_accuracy?: number;
  full_valid_loss?: number;
  full_valid_mean_token_accuracy?: number;
}

const START = 1.8;
const FLOOR = 0.35;
const DATA_GAP = 3;
const MEMORISE = 1.5;
const OVERFIT = 0.12;
const ONSET = 3;
const ACCURACY_RATE = 0.3;
const BATCH_NOISE = 0.25;
const VALID_BATCH_NOISE = 0.3;
const FULL_VALID_NOISE = 0.02;
const MIN_LOSS = 0.0001;
// How often a validation batch is scored: about twice per epoch, at least every 10 steps, never more
// than every step. (OpenAI's exact cadence is not documented; this gives a readable second line.)
const VALIDATIONS_PER_EPOCH = 2;
const MAX_VALIDATION_INTERVAL = 10;
const VALIDATION_STREAM = 0x9e3779b9;

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

/** Noise-free losses at fractional epoch e; exported for tests and for explaining the chart. */
export function expectedLosses(e: number, exampleCount: number): { train: number; valid: number } {
  const n = Math.max(1, exampleCount);
  const reachable = FLOOR + DATA_GAP / Math.sqrt(n);
  const tau = clamp(30 / n, 0.12, 2);
  const general = reachable + (START - reachable) * Math.exp(-e / tau);
  return {
    train: general * Math.exp((-MEMORISE * e) / Math.sqrt(n)),
    valid: general + (OVERFIT / Math.sqrt(n)) * Math.max(0, e - ONSET) ** 1.5,
  };
}

function accuracy(loss: number): number {
  return clamp(Math.exp(-ACCURACY_RATE * loss), 0, 1);
}

/** Total optimiser steps, as OpenAI counts them: ceil(examples / batch size) per epoch. */
export function totalSteps(exampleCount: number, batchSize: number, epochs: number): number {
  return Math.ceil(Math.max(1, exampleCount) / Math.max(1, batchSize)) * Math.max(1, Math.floor(epochs));
}

export function trainingCurve(input: TrainingCurveInput): TrainingCurvePoint[] {
  const exampleCount = Math.max(1, Math.floor(input.exampleCount));
  const batchSize = Math.max(1, Math.floor(input.batchSize));
  const epochs = Math.max(1, Math.floor(input.epochs));
  const stepsPerEpoch = Math.ceil(exampleCount / batchSize);
  const total = stepsPerEpoch * epochs;
  const batchTokens = batchSize * Math.max(1, input.averageExampleTokens);
  const sigma = BATCH_NOISE / Math.sqrt(Math.max(1, batchTokens / 100));
  const validSigma = VALID_BATCH_NOISE / Math.sqrt(Math.max(1, batchTokens / 100));
  const validationInterval = clamp(
    Math.ceil(stepsPerEpoch / VALIDATIONS_PER_EPOCH),
    1,
    MAX_VALIDATION_INTERVAL,
  );
  // Separate streams, so asking for validation does not change the training curve of the same seed.
  const trainNoise = gaussian(seededRandom(input.seed));
  const validNoise = gaussian(seededRandom(input.seed ^ VALIDATION_STREAM));
  const noisy = (loss: number, s: number, z: number) =>
    Math.max(MIN_LOSS, loss * (1 + s * clamp(z, -2.5, 2.5)));

  const points: TrainingCurvePoint[] = [];
  for (let step = 1; step <= total; step += 1) {
    const expected = expectedLosses(step / stepsPerEpoch, exampleCount);
    const trainLoss = noisy(expected.train, sigma, trainNoise());
    const point: TrainingCurvePoint = {
      step,
      train_loss: trainLoss,
      train_mean_token_accuracy: accuracy(trainLoss),
    };
    if (input.hasValidation) {
      const epochEnd = step % stepsPerEpoch === 0;
      if (epochEnd || step % validationInterval === 0) {
        const validLoss = noisy(expected.valid, validSigma, validNoise());
        point.valid_loss = validLoss;
        point.valid_mean_token_accuracy = accuracy(validLoss);
      }
      if (epochEnd) {
        const fullValidLoss = noisy(expected.valid, FULL_VALID_NOISE, validNoise());
        point.full_valid_loss = fullValidLoss;
        point.full_valid_mean_token_accuracy = accuracy(fullValidLoss);
      }
    }
    points.push(point);
  }
  return points;
}
