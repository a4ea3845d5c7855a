// Summary statistics shaped like the cookbook's printout (min, max, mean, median and the 10th/90th
// percentiles it labels "p5/p95"), plus a token histogram with fixed edges so charts of two datasets
// can be compared bar by bar.

export interface Distribution {
  min: number;
  max: number;
  mean: number;
  median: number;
  p10: number;
  p90: number;
}

export interface HistogramBucket {
  /** Inclusive lower bound in tokens. */
  from: number;
  /** Exclusive upper bound; null for the open last bucket. */
  to: number | null;
  count: number;
}

export const TOKEN_BUCKET_EDGES = [
  0, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16_384, 32_768, 65_536,
] as const;

/** Linear-interpolated quantile over sorted values, as numpy.quantile computes it by default. */
function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function distribution(values: ArrayLike<number>): Distribution {
  return distributionOf(values.length, (i) => values[i] as number);
}

/** Values below this are tallied in a flat table; token counts almost always are. */
const TALLY_SIZE = 1 << 16;

/**
 * distribution() over `count` values read through `valueAt`, so a compact store need not be copied
 * into an array first. Non-negative integers (token and message counts) are tallied instead of sorted:
 * the same figures without a sorted 8-byte copy per statistic, which at ~770k examples was what set the
 * check's peak memory. Anything else falls back to sorting a copy.
 */
export function distributionOf(count: number, valueAt: (index: number) => number): Distribution {
  if (count === 0) return { min: 0, max: 0, mean: 0, median: 0, p10: 0, p90: 0 };
  const tally = new Uint32Array(TALLY_SIZE);
  const large = new Map<number, number>();
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const v = valueAt(i);
    if (!Number.isInteger(v) || v < 0) return sortedDistribution(count, valueAt);
    sum += v;
    if (v < TALLY_SIZE) tally[v] = (tally[v] as number) + 1;
    else large.set(v, (large.get(v) ?? 0) + 1);
  }
  const largeValues = [...large.keys()].sort((a, b) => a - b);
  /** The value at position k (0-based) of the values in ascending order. */
  const nth = (k: number): number => {
    let seen = 0;
    for (let v = 0; v < TALLY_SIZE; v++) {
      seen += tally[v] as number;
      if (seen > k) return v;
    }
    for (const v of largeValues) {
      seen += large.get(v) as number;
      if (seen > k) return v;
    }
    throw new RangeError(`position ${k} is beyond ${count} values`);
  };
  const quantileAt = (q: number) => {
    const pos = (count - 1) * q;
    const lo = Math.floor(pos);
    const a = nth(lo);
    const b = nth(Math.ceil(pos));
    return a + (b - a) * (pos - lo);
  };
  return {
    min: nth(0),
    max: nth(count - 1),
    mean: sum / count,
    median: quantileAt(0.5),
    p10: quantileAt(0.1),
    p90: quantileAt(0.9),
  };
}

function sortedDistribution(count: number, valueAt: (index: number) => number): Distribution {
  const sorted = new Float64Array(count);
  for (let i = 0; i < count; i++) sorted[i] = valueAt(i);
  sorted.sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] as number;
  return {
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}

export function tokenHistogram(
  values: ArrayLike<number>,
  edges: readonly number[] = TOKEN_BUCKET_EDGES,
): HistogramBucket[] {
  const buckets: HistogramBucket[] = edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let b = edges.length - 1;
    while (b > 0 && v < (edges[b] as number)) b--;
    (buckets[b] as HistogramBucket).count++;
  }
  return buckets;
}
