import { describe, expect, it } from 'vitest';
import { transformFor } from '../../src/timeline/zoomBehaviour';
import {
  baseDomain,
  clampDomain,
  type Domain,
  domainFor,
  MIN_SPAN_MS,
  maxZoom,
  revealDomain,
  zoomDomain,
} from '../../src/timeline/zoomMath';

const HOUR = 3_600_000;
const base: Domain = [0, 12 * HOUR];

describe('zoom transforms', () => {
  it('transformFor and rescaleX (domainFor) are inverses', () => {
    const range: Domain = [40, 840];
    for (const domain of [base, [HOUR, 2 * HOUR], [5 * HOUR, 5 * HOUR + MIN_SPAN_MS]] as Domain[]) {
      const [a, b] = domainFor(transformFor(domain, base, range), base, range);
      expect(a).toBeCloseTo(domain[0], 3);
      expect(b).toBeCloseTo(domain[1], 3);
    }
  });

  it('the deepest zoom shows about five minutes', () => {
    expect(maxZoom(base)).toBe((12 * HOUR) / MIN_SPAN_MS);
    expect(MIN_SPAN_MS).toBe(5 * 60_000);
  });

  it('baseDomain leaves room either side of the day', () => {
    const [a, b] = baseDomain([HOUR, 2 * HOUR]);
    expect(a).toBeLessThan(HOUR);
    expect(b).toBeGreaterThan(2 * HOUR);
  });
});

describe('clampDomain', () => {
  it('keeps the window inside the day and no narrower than five minutes', () => {
    expect(clampDomain([-HOUR, HOUR], base)).toEqual([0, 2 * HOUR]);
    expect(clampDomain([11 * HOUR, 13 * HOUR], base)).toEqual([10 * HOUR, 12 * HOUR]);
    const [a, b] = clampDomain([HOUR, HOUR + 1000], base);
    expect(b - a).toBe(MIN_SPAN_MS);
    expect(clampDomain([-HOUR, 20 * HOUR], base)).toEqual(base);
  });
});

describe('zoomDomain', () => {
  it('keeps the anchor time at the same place on screen', () => {
    const zoomed = zoomDomain([0, 4 * HOUR], 2, HOUR);
    expect(zoomed).toEqual([HOUR / 2, 2.5 * HOUR]);
    expect((HOUR - zoomed[0]) / (zoomed[1] - zoomed[0])).toBe(0.25);
  });
});

describe('revealDomain', () => {
  const view: Domain = [2 * HOUR, 4 * HOUR];

  it('leaves the window alone when the range is in view', () => {
    expect(revealDomain(view, [3 * HOUR, 3 * HOUR])).toBeNull();
  });

  it('moves just enough for a range just outside, keeping the zoom', () => {
    const moved = revealDomain(view, [4.2 * HOUR, 4.2 * HOUR])!;
    expect(moved[1] - moved[0]).toBe(2 * HOUR);
    expect(moved[1]).toBeGreaterThan(4.2 * HOUR);
    expect(moved[0]).toBeGreaterThan(2 * HOUR);
  });

  it('centres a range far away', () => {
    const moved = revealDomain(view, [10 * HOUR, 10 * HOUR])!;
    expect(moved).toEqual([9 * HOUR, 11 * HOUR]);
  });

  it('brings the start of a range wider than the window into view', () => {
    const moved = revealDomain(view, [6 * HOUR, 12 * HOUR])!;
    expect(6 * HOUR).toBeGreaterThan(moved[0]);
    expect(6 * HOUR).toBeLessThan(moved[1]);
  });
});
