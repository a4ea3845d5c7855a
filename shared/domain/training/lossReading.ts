// A plain reading of the loss curves, so that a chart is not left for the user to interpret alone:
//  - still learning: training loss is still coming down clearly;
//  - learned: training loss has levelled off and validation loss (if any) is not climbing;
//  - memorising: validation loss has turned back up while training loss keeps falling; the model is
//    learning the examples by heart rather than the pattern, so fewer epochs or an earlier checkpoint
//    may answer new questions better.
// Batch losses are noisy (one batch per step), so every decision is made on medians, and a reading must
// not flip back and forth as points arrive (seen: "learned" at step 27 of 210, "still learning" when
// finished). So, when the run's length is known, verdicts are taken only at fixed checkpoints (every
// tenth of the run), each judging the points up to it, which never change once it has passed:
//  - nothing is said before a fifth of the steps ("too early to tell"), then "still learning";
//  - "learned" once a checkpoint from half-way on saw the loss levelled off;
//  - "memorising" once any checkpoint saw validation loss turn back up.
// So the reading only moves forward: too early → still learning → learned → memorising.
import type { MetricPoint } from './types';

export type LossReading = 'too-early' | 'still-learning' | 'learned' | 'memorising';

export interface LossReadingResult {
  reading: LossReading;
  /** Where validation loss was lowest (the step whose checkpoint may be the better model). */
  bestValidationStep: number | null;
}

/** Fewer points than this and any reading would be a guess. */
export const MIN_POINTS = 6;
/** Fewer validation points than this and "memorising" is not claimed. */
const MIN_VALIDATION_POINTS = 9;
/** Validation loss this much above its best (after smoothing) counts as "turned back up". */
const RISE = 0.3;
/** The epoch-end full validation loss is steady, so a smaller rise is already meaningful. */
const FULL_RISE = 0.1;
/** Training loss falling less than this between the last two quarters counts as "levelled off". */
const PLATEAU = 0.1;
/** Before this share of the run's steps, any reading is a guess. */
const EARLIEST_SHARE = 0.2;
/** "Learned" needs at least this share of the run behind it. */
const LEARNED_SHARE = 0.5;
/** Checkpoints at every tenth of the run. */
const CHECKPOINTS = 10;

/** Where the run stands: the step reached and the steps planned (null when the provider says nothing). */
export interface RunProgress {
  step: number;
  totalSteps: number;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The reading of the points so far. With `progress` (the run's step and planned total) the reading only
 * moves forward (too early → still learning → learned → memorising); without it, the points alone decide.
 */
export function readLoss(
  points: readonly MetricPoint[],
  progress: RunProgress | null = null,
): LossReadingResult {
  const now = readPrefix(points);
  const total = progress?.totalSteps ?? 0;
  if (total <= 0) return now;
  const reached = Math.max(progress?.step ?? 0, points.at(-1)?.step ?? 0);
  if (reached < total * EARLIEST_SHARE) return { reading: 'too-early', bestValidationStep: null };
  // Each checkpoint judges only the points up to it, which never change once it has passed; the points
  // since the last checkpoint wait for the next one, so a verdict cannot be taken back.
  let reading: LossReading = 'still-learning';
  for (let k = 1; k <= CHECKPOINTS; k += 1) {
    const boundary = Math.floor((total * k) / CHECKPOINTS);
    if (boundary > reached) break;
    if (boundary < total * EARLIEST_SHARE) continue;
    const earlier = readPrefix(points.filter((p) => p.step <= boundary)).reading;
    if (earlier === 'memorising')
      return { reading: 'memorising', bestValidationStep: now.bestValidationStep };
    if (earlier === 'learned' && boundary >= total * LEARNED_SHARE) reading = 'learned';
  }
  return { reading, bestValidationStep: now.bestValidationStep };
}

function readPrefix(points: readonly MetricPoint[]): LossReadingResult {
  const train = points.filter((p): p is MetricPoint & { trainLoss: number } => p.trainLoss !== null);
  if (train.length < MIN_POINTS) return { reading: 'too-early', bestValidationStep: null };
  const trainLosses = train.map((p) => p.trainLoss);

  const trainNear = (from: number, to: number) =>
    median(train.filter((p) => p.step >= from && p.step <= to).map((p) => p.trainLoss));

  // Best evidence: the full validation loss at each epoch's end (steady, whole validation part).
  const full = points.filter(
    (p): p is MetricPoint & { fullValidLoss: number } => typeof p.fullValidLoss === 'number',
  );
  if (full.length >= 3) {
    const best = full.reduce((a, b) => (b.fullValidLoss < a.fullValidLoss ? b : a));
    const last = full.at(-1) as MetricPoint & { fullValidLoss: number };
    const trainFell = trainNear(last.step - 2, last.step) < trainNear(best.step - 2, best.step);
    if (best !== last && last.fullValidLoss > best.fullValidLoss * (1 + FULL_RISE) && trainFell)
      return { reading: 'memorising', bestValidationStep: best.step };
    return { reading: plateauReading(trainLosses), bestValidationStep: best.step };
  }

  // Otherwise the per-step validation batches: few (about two an epoch) and each scored on one small
  // batch, so single values swing by a quarter or more. Judge on medians of thirds, and claim
  // "memorising" only when the latest third sits far above the best one while training loss fell.
  const valid = points.filter((p): p is MetricPoint & { validLoss: number } => p.validLoss !== null);
  let bestValidationStep: number | null = null;
  if (valid.length >= MIN_VALIDATION_POINTS) {
    const size = Math.max(3, Math.floor(valid.length / 3));
    const groups: (MetricPoint & { validLoss: number })[][] = [];
    for (let i = 0; i < valid.length; i += size) groups.push(valid.slice(i, i + size));
    if ((groups.at(-1)?.length ?? 0) < size && groups.length > 1)
      groups.splice(-2, 2, [...groups.at(-2)!, ...groups.at(-1)!]);
    const medians = groups.map((g) => median(g.map((p) => p.validLoss)));
    let best = 0;
    medians.forEach((m, i) => {
      if (m < (medians[best] ?? Infinity)) best = i;
    });
    const bestGroup = groups[best] ?? [];
    const lowest = bestGroup.reduce((a, b) => (b.validLoss < a.validLoss ? b : a), bestGroup[0]!);
    bestValidationStep = lowest?.step ?? null;
    const lastGroup = groups.at(-1) ?? [];
    const turnedUp = best < medians.length - 1 && (medians.at(-1) ?? 0) > (medians[best] ?? 0) * (1 + RISE);
    const trainFell =
      trainNear(lastGroup[0]?.step ?? 0, lastGroup.at(-1)?.step ?? 0) <
      trainNear(bestGroup[0]?.step ?? 0, bestGroup.at(-1)?.step ?? 0);
    if (turnedUp && trainFell) return { reading: 'memorising', bestValidationStep };
  }
  return { reading: plateauReading(trainLosses), bestValidationStep };
}

/**
 * Still learning while the median training loss of the last quarter is more than PLATEAU below the
 * quarter before it. Medians of quarters, not single batches: one noisy batch cannot move them.
 */
function plateauReading(trainLosses: readonly number[]): LossReading {
  const quarter = Math.max(2, Math.floor(trainLosses.length / 4));
  const before = median(trainLosses.slice(-2 * quarter, -quarter));
  const now = median(trainLosses.slice(-quarter));
  const falling = before > 0 && (before - now) / before > PLATEAU;
  return falling ? 'still-learning' : 'learned';
}
