import { describe, expect, it } from 'vitest';
import { deltas, percentile, summarise } from '../../scripts/bench/stats';

describe('percentile', () => {
  it('gives the middle value as the median of an odd list, in any order', () => {
    expect(percentile([9, 1, 5], 0.5)).toBe(5);
  });

  it('interpolates between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // rank (20 - 1) × 0.95 = 18.05: a twentieth of the way from the 19th value to the 20th.
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(values, 0.95)).toBeCloseTo(190.5, 10);
  });

  it('gives the extremes at 0 and 1 and the only value of a single-item list', () => {
    expect(percentile([4, 8, 6], 0)).toBe(4);
    expect(percentile([4, 8, 6], 1)).toBe(8);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('is NaN for no values or a p outside 0 to 1', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentile([1, 2], 1.5)).toBeNaN();
  });

  it('does not reorder the list it is given', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarise', () => {
  it('reports count, median, p95 and maximum, rounded to 0.1 ms', () => {
    expect(summarise([10, 20, 30.04])).toEqual({ n: 3, medianMs: 20, p95Ms: 29, maxMs: 30 });
  });

  it('reports null figures when nothing was measured', () => {
    expect(summarise([])).toEqual({ n: 0, medianMs: null, p95Ms: null, maxMs: null });
  });
});

describe('deltas', () => {
  it('turns frame timestamps into frame times', () => {
    expect(deltas([0, 16, 33, 83])).toEqual([16, 17, 50]);
    expect(deltas([5])).toEqual([]);
  });
});
