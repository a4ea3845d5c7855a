// Train / validation / test split: deterministic for a given seed (the same project always splits the
// same way, so a test score is comparable across runs), and exact copies and near copies (paraphrases,
// by the same similarity the near-duplicate check reports) always land in the same part, so validation
// and the test set never score the model on an example it trained on (seen: a test part of paraphrased
// training questions scored 7 of 9 exact matches).
import { exampleKey } from './identity';
import {
  NEAR_DUPLICATE_THRESHOLD,
  NearDuplicateIndex,
  nearDuplicateTexts,
  ShingleComparer,
  sketchTexts,
} from './nearDup';
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

type SplittableExample = { messages: readonly { role: unknown; content?: unknown }[]; tools?: unknown };

/** Examples grouped between pauses when grouping runs in slices (a few ms each on a 2-core machine). */
const SLICE = 2_000;

/**
 * Joins examples that must share a part, one example at a time: exact copies, and near copies whose
 * exact shingle similarity reaches the near-duplicate threshold (sketches only propose candidates, as in
 * the check). `groups()` lists indexes in input order, groups in order of their first member.
 */
function copyGrouper(examples: readonly SplittableExample[]) {
  const parent = examples.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOfKey = new Map<string, number>();
  const index = new NearDuplicateIndex();
  const comparer = new ShingleComparer();
  const texts = examples.map((e) => nearDuplicateTexts(e));
  return {
    /** Example `i`, after every example before it. */
    add(i: number): void {
      const key = exampleKey(examples[i] as SplittableExample);
      const first = firstOfKey.get(key);
      if (first === undefined) firstOfKey.set(key, i);
      else join(first, i);
      // The index ids are example positions: every example is added, in order.
      const own = texts[i] as string[];
      const candidates = index.addAndPropose(sketchTexts(own), NEAR_DUPLICATE_THRESHOLD);
      if (candidates.length === 0) return;
      comparer.setOwn(own);
      for (const { match } of candidates)
        if (comparer.similarityTo(texts[match] as string[]) >= NEAR_DUPLICATE_THRESHOLD) join(match, i);
    },
    groups(): number[][] {
      const groups = new Map<number, number[]>();
      examples.forEach((_, i) => {
        const r = root(i);
        const group = groups.get(r);
        if (group) group.push(i);
        else groups.set(r, [i]);
      });
      return [...groups.values()];
    },
  };
}

/** Groups of examples that must share a part (see copyGrouper), computed in one go. */
export function copyGroups(examples: readonly SplittableExample[]): number[][] {
  const grouper = copyGrouper(examples);
  for (let i = 0; i < examples.length; i++) grouper.add(i);
  return grouper.groups();
}

/** A split and how many groups of near (not exact) copies it kept together. */
export interface SplitResult {
  parts: SplitPart[];
  /** Groups holding at least two examples that are not all exact copies of one another. */
  nearCopyGroups: number;
}

/**
 * Groups of copies (exact and near) are shuffled as units, then handed out to validation, test and train
 * in turn until each reaches its size.
 */
function partsOf(
  examples: readonly SplittableExample[],
  order: number[][],
  ratios: SplitRatios,
  seed: number,
): SplitResult {
  const nearCopyGroups = order.filter(
    (g) => g.length > 1 && new Set(g.map((i) => exampleKey(examples[i] as SplittableExample))).size > 1,
  ).length;
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
  return { parts, nearCopyGroups };
}

/** The part of every example, in input order, computed in one go (small sets and tests). */
export function splitExamplesWithGroups(
  examples: readonly SplittableExample[],
  ratios: SplitRatios,
  seed: number = DEFAULT_SPLIT_SEED,
): SplitResult {
  return partsOf(examples, copyGroups(examples), ratios, seed);
}

/** The parts alone (see splitExamplesWithGroups). */
export function splitExamples(
  examples: readonly SplittableExample[],
  ratios: SplitRatios,
  seed: number = DEFAULT_SPLIT_SEED,
): SplitPart[] {
  return splitExamplesWithGroups(examples, ratios, seed).parts;
}

export interface SliceOptions {
  /** Gives the thread back between slices (the window's frames, main's IPC); resolves to go on. */
  pause: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The same split as splitExamplesWithGroups, computed in slices with a pause between them: comparing
 * near copies costs about 1-2 s per 100,000 examples, which must not freeze the window or main.
 * Rejects with the signal's reason when aborted.
 */
export async function splitExamplesInSlices(
  examples: readonly SplittableExample[],
  ratios: SplitRatios,
  seed: number,
  options: SliceOptions,
): Promise<SplitResult> {
  const grouper = copyGrouper(examples);
  for (let i = 0; i < examples.length; i++) {
    grouper.add(i);
    if ((i + 1) % SLICE === 0 && i + 1 < examples.length) {
      options.onProgress?.(i + 1, examples.length);
      await options.pause();
      options.signal?.throwIfAborted();
    }
  }
  options.onProgress?.(examples.length, examples.length);
  return partsOf(examples, grouper.groups(), ratios, seed);
}

/** Indexes of examples in `part`, in input order. */
export function indexesOf(parts: readonly SplitPart[], part: SplitPart): number[] {
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (p === part) out.push(i);
  });
  return out;
}
