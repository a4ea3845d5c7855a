// A plain reading of the loss curves, so that a chart is not left for the user to interpret alone:
//  - still learning: training loss is still coming down clearly;
//  - learned: training loss has levelled off and validation loss (if any) is not climbing;
//  - memorising: validation loss has turned back up while training loss keeps falling; the model is
//    learning the examples by heart rather than the pattern, so fewer epochs or an earlier checkpoint
//    may answer new questions better.
// Batch losses are noisy (one batch per step), so every decision is made on moving averages.
import type { MetricPoint } from './types';

export type LossReading = 'too-early' | 'still-learning' | 'learned' | 'memorising';

export interface LossReadingResult {
  reading: LossReading;
  /** Where validation loss was lowest (the step whose checkpoint may be the better model). */
  bestValidationStep: number | null;
}

/** Fewer points than this and any reading would be a guess. */
export const MIN_POINTS = 6;
/** Validation loss this much above its best (after smoothing) counts as "turned back up". */
const RISE = 0.1;
/** Training loss changing less than this over the last quarter counts as "levelled off". */
const PLATEAU = 0.1;

function smooth(values: readonly number[], window: number): number[] {
  return values.map((_, i) => {
    const from = Math.max(0, i - window + 1);
    const slice = values.slice(from, i + 1);
    return slice.reduce((a, b) => a + b, 0) / slice.length;
  });
}

export function readLoss(points: readonly MetricPoint[]): LossReadingResult {
  const train = points.filter((p): p is MetricPoint & { trainLoss: number } => p.trainLoss !== null);
  if (train.length < MIN_POINTS) return { reading: 'too-early', bestValidationStep: null };
  const trainSmooth = smooth(
    train.map((p) => p.trainLoss),
    Math.max(1, Math.floor(train.length / 10)),
  );

  const valid = points.filter((p): p is MetricPoint & { validLoss: number } => p.validLoss !== null);
  let bestValidationStep: number | null = null;
  if (valid.length >= 4) {
    const validSmooth = smooth(
      valid.map((p) => p.validLoss),
      Math.max(1, Math.floor(valid.length / 5)),
    );
    let best = 0;
    validSmooth.forEach((v, i) => {
      if (v < (validSmooth[best] ?? Infinity)) best = i;
    });
    bestValidationStep = valid[best]?.step ?? null;
    const last = validSmooth.at(-1) ?? 0;
    const bestValue = validSmooth[best] ?? last;
    const trainAtBest = trainSmooth[train.findIndex((p) => p.step >= (bestValidationStep ?? 0))] ?? 0;
    const trainNow = trainSmooth.at(-1) ?? 0;
    const turnedUp = best < validSmooth.length - 1 && last > bestValue * (1 + RISE);
    if (turnedUp && trainNow < trainAtBest) return { reading: 'memorising', bestValidationStep };
  }

  const quarter = Math.max(2, Math.floor(trainSmooth.length / 4));
  const before = trainSmooth[trainSmooth.length - quarter] ?? 0;
  const now = trainSmooth.at(-1) ?? 0;
  const falling = before > 0 && (before - now) / before > PLATEAU;
  return { reading: falling ? 'still-learning' : 'learned', bestValidationStep };
}
