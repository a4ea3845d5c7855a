export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, when the issue sets one (null or absent: a figure for context); `lowerIsBetter` decides. */
  target?: number | null;
  lowerIsBetter?: boolean;
  note?: string;
}

/** Pass or fail against the target; null for context figures and for measurements that were skipped (NaN). */
export const meetsTarget = (r: BenchResult) =>
  r.target == null || Number.isNaN(r.value)
    ? null
    : r.lowerIsBetter === false
      ? r.value >= r.target
      : r.value <= r.target;
