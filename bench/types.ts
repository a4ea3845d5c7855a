export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, when the issue sets one; `lowerIsBetter` decides pass/fail. */
  target?: number;
  lowerIsBetter?: boolean;
  note?: string;
}

export const meetsTarget = (r: BenchResult) =>
  r.target === undefined ? null : r.lowerIsBetter === false ? r.value >= r.target : r.value <= r.target;
