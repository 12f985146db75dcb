/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between closest ranks (R-7, the same rule
 * as d3.quantile and NumPy's default). `NaN` for an empty list. Does not reorder `values`.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (above - below) * (rank - lo);
}

/** A timing series in brief; times in ms, rounded to 0.1 ms. `null` fields when there are no samples. */
export interface Summary {
  readonly n: number;
  readonly medianMs: number | null;
  readonly p95Ms: number | null;
  readonly maxMs: number | null;
}

/** Median, p95 and maximum of a series of durations. */
export function summarise(values: readonly number[]): Summary {
  const tenth = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : null);
  return {
    n: values.length,
    medianMs: tenth(percentile(values, 0.5)),
    p95Ms: tenth(percentile(values, 0.95)),
    maxMs: tenth(values.length ? Math.max(...values) : Number.NaN),
  };
}

/** Successive differences: frame times from a list of frame timestamps. */
export function deltas(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] as number));
}
