// OpenAI's "auto" epoch choice as the cookbook reproduces it: aim for 3 epochs, but make small sets run
// long enough to reach ~100 example-passes and cap huge sets at ~25,000 example-passes.
export const EPOCH_HEURISTIC = {
  targetEpochs: 3,
  minTargetExamples: 100,
  maxTargetExamples: 25_000,
  minDefaultEpochs: 1,
  maxDefaultEpochs: 25,
} as const;

export type EpochReason = 'default' | 'small-dataset' | 'large-dataset';

export function autoEpochs(exampleCount: number): { epochs: number; reason: EpochReason } {
  const h = EPOCH_HEURISTIC;
  if (exampleCount <= 0) return { epochs: h.targetEpochs, reason: 'default' };
  if (exampleCount * h.targetEpochs < h.minTargetExamples) {
    return {
      epochs: Math.min(h.maxDefaultEpochs, Math.floor(h.minTargetExamples / exampleCount)),
      reason: 'small-dataset',
    };
  }
  if (exampleCount * h.targetEpochs > h.maxTargetExamples) {
    return {
      epochs: Math.max(h.minDefaultEpochs, Math.floor(h.maxTargetExamples / exampleCount)),
      reason: 'large-dataset',
    };
  }
  return { epochs: h.targetEpochs, reason: 'default' };
}

/** Tokens a provider bills for one epoch: every example counts at most up to the model's per-example limit. */
export function billedTokensPerEpoch(exampleTokens: readonly number[], maxTokensPerExample: number): number {
  let sum = 0;
  for (const t of exampleTokens) sum += Math.min(t, maxTokensPerExample);
  return sum;
}
