// The practice training curve must teach the right lessons on the app's chart: loss falls with epochs,
// more data ends lower, and many epochs on little data memorise (validation loss turns back up).
import { describe, expect, it } from 'vitest';
import {
  expectedLosses,
  totalSteps,
  trainingCurve,
  type TrainingCurveInput,
  type TrainingCurvePoint,
} from '../../../electron/main/services/practice/brain';

const input = (overrides: Partial<TrainingCurveInput> = {}): TrainingCurveInput => ({
  exampleCount: 60,
  epochs: 3,
  batchSize: 1,
  seed: 42,
  hasValidation: true,
  averageExampleTokens: 120,
  ...overrides,
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function trainLossPerEpoch(points: TrainingCurvePoint[], stepsPerEpoch: number): number[] {
  const epochs: number[] = [];
  for (let start = 0; start < points.length; start += stepsPerEpoch) {
    epochs.push(mean(points.slice(start, start + stepsPerEpoch).map((p) => p.train_loss)));
  }
  return epochs;
}

const fullValid = (points: TrainingCurvePoint[]) =>
  points.filter((p) => p.full_valid_loss !== undefined).map((p) => p.full_valid_loss as number);

describe('trainingCurve', () => {
  it('has one point per step, numbered 1..ceil(examples / batch) × epochs', () => {
    const points = trainingCurve(input({ exampleCount: 61, batchSize: 4, epochs: 3 }));
    expect(points).toHaveLength(Math.ceil(61 / 4) * 3);
    expect(points).toHaveLength(totalSteps(61, 4, 3));
    expect(points.map((p) => p.step)).toEqual(points.map((_, i) => i + 1));
  });

  it('is the same for the same seed and differs for another seed', () => {
    expect(trainingCurve(input())).toEqual(trainingCurve(input()));
    expect(trainingCurve(input({ seed: 43 }))).not.toEqual(trainingCurve(input()));
  });

  it.each([
    [12, 8, 1],
    [60, 3, 1],
    [300, 3, 4],
    [2000, 2, 8],
  ])(
    'training loss falls epoch by epoch (%i examples, %i epochs, batch %i)',
    (exampleCount, epochs, batchSize) => {
      const points = trainingCurve(input({ exampleCount, epochs, batchSize }));
      const perEpoch = trainLossPerEpoch(points, Math.ceil(exampleCount / batchSize));
      for (let i = 1; i < perEpoch.length; i += 1)
        expect(perEpoch[i]).toBeLessThan(perEpoch[i - 1] as number);
      expect(points[0]?.train_loss).toBeGreaterThan(1);
    },
  );

  it('keeps accuracy in [0, 1], rising as loss falls', () => {
    const points = trainingCurve(input());
    for (const p of points) {
      for (const acc of [
        p.train_mean_token_accuracy,
        p.valid_mean_token_accuracy,
        p.full_valid_mean_token_accuracy,
      ]) {
        if (acc === undefined) continue;
        expect(acc).toBeGreaterThanOrEqual(0);
        expect(acc).toBeLessThanOrEqual(1);
      }
    }
    const first = mean(points.slice(0, 10).map((p) => p.train_mean_token_accuracy));
    const last = mean(points.slice(-10).map((p) => p.train_mean_token_accuracy));
    expect(last).toBeGreaterThan(first);
  });

  it('ends with a lower validation loss when trained on more data', () => {
    const finals = [20, 60, 200, 1000].map((exampleCount) => {
      const losses = fullValid(trainingCurve(input({ exampleCount, epochs: 3, batchSize: 2 })));
      return losses[losses.length - 1] as number;
    });
    for (let i = 1; i < finals.length; i += 1) expect(finals[i]).toBeLessThan(finals[i - 1] as number);
  });

  it('shows memorising: many epochs on tiny data drive training loss to ~0 while validation turns up', () => {
    const points = trainingCurve(input({ exampleCount: 10, epochs: 12, batchSize: 1 }));
    const perEpochValid = fullValid(points);
    expect(perEpochValid).toHaveLength(12);
    const best = Math.min(...perEpochValid);
    const bestEpoch = perEpochValid.indexOf(best);
    const final = perEpochValid[perEpochValid.length - 1] as number;
    expect(bestEpoch).toBeLessThan(perEpochValid.length - 3);
    expect(final).toBeGreaterThan(best + 0.3);
    expect(mean(points.slice(-10).map((p) => p.train_loss))).toBeLessThan(0.05);
    // The same data for a sensible number of epochs does not turn up.
    const sensible = fullValid(trainingCurve(input({ exampleCount: 10, epochs: 3, batchSize: 1 })));
    expect(sensible[2]).toBeLessThan(sensible[0] as number);
  });

  it('reports validation only when there is a validation file, with full validation at every epoch end', () => {
    const withoutFile = trainingCurve(input({ hasValidation: false }));
    for (const p of withoutFile) {
      expect(Object.keys(p).sort()).toEqual(['step', 'train_loss', 'train_mean_token_accuracy']);
    }
    const points = trainingCurve(input({ exampleCount: 60, batchSize: 2, epochs: 3 }));
    const epochEnds = points.filter((p) => p.full_valid_loss !== undefined).map((p) => p.step);
    expect(epochEnds).toEqual([30, 60, 90]);
    const validated = points.filter((p) => p.valid_loss !== undefined);
    expect(validated.length).toBeGreaterThan(epochEnds.length);
    expect(validated.length).toBeLessThan(points.length);
    for (const p of validated) expect(p.valid_mean_token_accuracy).toBeDefined();
    // Asking for validation does not change the training line of the same seed.
    expect(points.map((p) => p.train_loss)).toEqual(
      trainingCurve(input({ exampleCount: 60, batchSize: 2, epochs: 3, hasValidation: false })).map(
        (p) => p.train_loss,
      ),
    );
  });

  it('has a noise-free model that matches the documented shape', () => {
    expect(expectedLosses(0, 60).valid).toBeCloseTo(1.8, 10);
    expect(expectedLosses(3, 1000).valid).toBeLessThan(expectedLosses(3, 50).valid);
    expect(expectedLosses(10, 10).valid).toBeGreaterThan(expectedLosses(3, 10).valid);
    expect(expectedLosses(3, 60).train).toBeLessThan(expectedLosses(3, 60).valid);
  });
});
