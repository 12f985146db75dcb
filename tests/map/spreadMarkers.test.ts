import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NO_OFFSET, type Pixel, spreadMarkers } from '../../src/map/spreadMarkers';

const SPACING = 32;
const spread = (points: readonly Pixel[]) => spreadMarkers(points, { spacing: SPACING });

/** Where each marker is drawn: its true point moved by its offset. */
function drawnAt(points: readonly Pixel[], offsets: readonly Pixel[]): Pixel[] {
  return points.map((p, i) => ({ x: p.x + (offsets[i]?.x ?? 0), y: p.y + (offsets[i]?.y ?? 0) }));
}

/** Pairs of markers (by index) whose `SPACING`-sized squares overlap. */
function overlaps(drawn: readonly Pixel[]): [number, number][] {
  const pairs: [number, number][] = [];
  drawn.forEach((a, i) => {
    drawn.slice(i + 1).forEach((b, k) => {
      if (Math.abs(a.x - b.x) < SPACING && Math.abs(a.y - b.y) < SPACING)
        pairs.push([i, i + 1 + k]);
    });
  });
  return pairs;
}

/** The Anchorage cluster, Moscow and Kyiv, and the ferry route's stops, as a phone shows them. */
const PHONE_VIEW: Pixel[] = [
  { x: 292, y: 109 }, // JBER
  { x: 296, y: 108 }, // the cemetery, 8 km away
  { x: 290, y: 110 }, // downtown Anchorage
  { x: 47, y: 124 }, // Moscow
  { x: 36, y: 137 }, // Kyiv
  { x: 262, y: 98 }, // Nome
  { x: 250, y: 95 }, // Uelkal
  { x: 210, y: 104 }, // Seymchan
  { x: 178, y: 107 }, // Yakutsk
];

describe('spreadMarkers', () => {
  test('leaves markers that are apart at their true points', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 32, y: 0 },
      { x: 0, y: 32 },
      { x: -40, y: -90 },
    ];
    expect(spread(points)).toEqual(points.map(() => NO_OFFSET));
  });

  test('moves clustered markers until no two overlap', () => {
    const offsets = spread(PHONE_VIEW);
    expect(overlaps(drawnAt(PHONE_VIEW, offsets))).toEqual([]);
    expect(offsets.filter((o) => o !== NO_OFFSET).length).toBeGreaterThan(0);
  });

  test('keeps the first marker of a cluster on its point; later ones make way', () => {
    const offsets = spread(PHONE_VIEW);
    expect(offsets[0]).toBe(NO_OFFSET); // JBER
    expect(offsets[1]).not.toBe(NO_OFFSET);
    expect(offsets[2]).not.toBe(NO_OFFSET);
    expect(offsets[3]).toBe(NO_OFFSET); // Moscow
    expect(offsets[4]).not.toBe(NO_OFFSET); // Kyiv
  });

  test('moves a marker straight away from the one in its way, no further than needed', () => {
    const offsets = spread([
      { x: 100, y: 100 },
      { x: 110, y: 100 },
    ]);
    expect(offsets[1]).toEqual({ x: 32, y: 0 });
  });

  test('moves a marker on the very same point up and to the right', () => {
    const [, offset] = spread([
      { x: 5, y: 5 },
      { x: 5, y: 5 },
    ]);
    expect(offset?.x).toBeGreaterThan(0);
    expect(offset?.y).toBeLessThan(0);
    expect(Math.max(Math.abs(offset?.x ?? 0), Math.abs(offset?.y ?? 0))).toBeGreaterThanOrEqual(
      SPACING,
    );
  });

  test('prefers a spot that covers no other marker’s point, so that one can stay put', () => {
    // Moving the second straight right would land on the third and push it away too.
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 52, y: 0 },
    ];
    const offsets = spread(points);
    expect(offsets[2]).toBe(NO_OFFSET);
    expect(overlaps(drawnAt(points, offsets))).toEqual([]);
  });

  test('is deterministic: the same points give the same offsets', () => {
    expect(spread(PHONE_VIEW)).toEqual(spread(PHONE_VIEW));
    expect(spread([...PHONE_VIEW])).toEqual(spread(PHONE_VIEW));
  });

  test('moves none of the others when a far-away marker is added, wherever it comes', () => {
    const before = spread(PHONE_VIEW);
    const far = { x: 5000, y: -3000 };
    for (let at = 0; at <= PHONE_VIEW.length; at++) {
      const points = [...PHONE_VIEW.slice(0, at), far, ...PHONE_VIEW.slice(at)];
      const after = spread(points);
      expect(after[at]).toBe(NO_OFFSET);
      expect([...after.slice(0, at), ...after.slice(at + 1)]).toEqual(before);
    }
  });

  test('gives whole-pixel offsets, so markers land on the pixels Leaflet positions them at', () => {
    for (const offset of spread(PHONE_VIEW)) {
      expect(Number.isInteger(offset.x) && Number.isInteger(offset.y)).toBe(true);
    }
  });

  test('never lets two markers overlap, however they are clustered', () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 240 }),
      y: fc.integer({ min: 0, max: 160 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        expect(overlaps(drawnAt(points, spread(points)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('spreads 400 markers on one point, the worst case, without overlaps', () => {
    const points = Array.from({ length: 400 }, () => ({ x: 200, y: 200 }));
    const started = performance.now();
    const offsets = spread(points);
    const took = performance.now() - started;
    expect(overlaps(drawnAt(points, offsets))).toEqual([]);
    // Runs after every zoom; generous for a busy machine, far below a quadratic-per-test blow-up.
    expect(took).toBeLessThan(1000);
  });

  test('leaves every marker in place when the spacing is unusable', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ];
    for (const spacing of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(spreadMarkers(points, { spacing })).toEqual([NO_OFFSET, NO_OFFSET]);
    }
  });
});
