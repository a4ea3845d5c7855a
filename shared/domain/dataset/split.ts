// Train / validation / test split: deterministic for a given seed (the same project always splits the
// same way, so a test score is comparable across runs), and exact copies always land in the same part
// so validation never scores the model on an example it trained on.
import { exampleKey } from './identity';
import { seededRandom } from '../random';

export type SplitPart = 'train' | 'validation' | 'test';

export interface SplitRatios {
  train: number;
  validation: number;
  test: number;
}

export const SPLIT_PRESETS = {
  '80/10/10': { train: 0.8, validation: 0.1, test: 0.1 },
  '90/10/0': { train: 0.9, validation: 0.1, test: 0 },
  '70/15/15': { train: 0.7, validation: 0.15, test: 0.15 },
} as const satisfies Record<string, SplitRatios>;

export type SplitPresetId = keyof typeof SPLIT_PRESETS;

export const DEFAULT_SPLIT_SEED = 20_240_601;

export { seededRandom };

/** Target sizes: validation and test rounded, train takes the rest (so the parts always add up). */
export function splitSizes(count: number, ratios: SplitRatios): Record<SplitPart, number> {
  const total = ratios.train + ratios.validation + ratios.test;
  const validation = Math.round((count * ratios.validation) / total);
  const test = Math.min(count - validation, Math.round((count * ratios.test) / total));
  return { train: count - validation - test, validation, test };
}

/**
 * The part of every example, in input order. Groups of exact copies are shuffled as units, then
 * handed out to validation, test and train in turn until each reaches its size.
 */
export function splitExamples(
  examples: readonly { messages: readonly { role: unknown; content?: unknown }[]; tools?: unknown }[],
  ratios: SplitRatios,
  seed: number = DEFAULT_SPLIT_SEED,
): SplitPart[] {
  const groups = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const key = exampleKey(e);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const order = [...groups.values()];
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number[], order[i] as number[]];
  }
  const sizes = splitSizes(examples.length, ratios);
  const parts: SplitPart[] = new Array<SplitPart>(examples.length).fill('train');
  let validation = 0;
  let test = 0;
  for (const group of order) {
    let part: SplitPart = 'train';
    if (validation + group.length <= sizes.validation) {
      part = 'validation';
      validation += group.length;
    } else if (test + group.length <= sizes.test) {
      part = 'test';
      test += group.length;
    }
    for (const i of group) parts[i] = part;
  }
  return parts;
}

/** Indexes of examples in `part`, in input order. */
export function indexesOf(parts: readonly SplitPart[], part: SplitPart): number[] {
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (p === part) out.push(i);
  });
  return out;
}
