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
  if (values.length === 0) return { min: 0, max: 0, mean: 0, median: 0, p10: 0, p90: 0 };
  const sorted = Float64Array.from(values).sort();
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
