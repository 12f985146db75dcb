import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  closeAroundPole,
  frameOffsets,
  type LonLat,
  lonRange,
  placeLine,
  unwrap,
} from '../../src/map/lines';

const maxJump = (points: readonly LonLat[]) =>
  points.reduce(
    (max, [lon], i) => (i === 0 ? 0 : Math.max(max, Math.abs(lon - (points[i - 1] as LonLat)[0]))),
    0,
  );

/** Fiji's main island as Natural Earth cuts it at the antimeridian. */
const FIJI: LonLat[] = [
  [178.6, -16.5],
  [180, -16.1],
  [-180, -16.1],
  [-179.8, -16.4],
  [-180, -16.6],
  [179.4, -16.8],
  [178.6, -16.5],
];

describe('unwrap', () => {
  test('a ring crossing 180° has no jump over 180°', () => {
    expect(maxJump(FIJI)).toBeGreaterThan(180);
    const ring = unwrap(FIJI);
    expect(maxJump(ring)).toBeLessThanOrEqual(180);
    expect(ring.map(([lon]) => lon)).toEqual([178.6, 180, 180, 180.2, 180, 179.4, 178.6]);
  });

  test('keeps the latitudes, the first longitude and every meridian', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -180, max: 180, noNaN: true }),
            fc.double({ min: -85, max: 85, noNaN: true }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (points) => {
          const line = unwrap(points);
          expect(maxJump(line)).toBeLessThanOrEqual(180 + 1e-9);
          expect(line[0]).toEqual(points[0]);
          line.forEach(([lon, lat], i) => {
            const [lon0, lat0] = points[i] as LonLat;
            expect(lat).toBe(lat0);
            const turns = (lon - lon0) / 360;
            expect(Math.abs(turns - Math.round(turns))).toBeLessThan(1e-9);
          });
        },
      ),
    );
  });
});

describe('frameOffsets and placeLine', () => {
  test('a line inside the frame is drawn once, where it is', () => {
    expect(frameOffsets([10, 50], -30)).toEqual([0]);
    expect(placeLine(FIJI, -30)).toHaveLength(1);
  });

  test('a line west of the frame is moved into it', () => {
    expect(frameOffsets([-150, -140], -30)).toEqual([360]);
  });

  test('a line across the cut gets a copy at each edge, so both ends meet their markers', () => {
    // Washington (-77) to Brussels (4.4) with the map cut at -36.
    const copies = placeLine(
      [
        [-77, 38.9],
        [4.4, 50.9],
      ],
      -36,
    );
    expect(copies.map((line) => lonRange(line))).toEqual([
      [-77, 4.4],
      [283, 364.4],
    ]);
  });
});

describe('closeAroundPole', () => {
  test('closes a ring that goes once around the world through the nearer pole', () => {
    const ring = unwrap([
      [-180, -80],
      [-60, -75],
      [60, -78],
      [180, -80],
    ]);
    const closed = closeAroundPole(ring);
    expect(closed.slice(-2)).toEqual([
      [180, -90],
      [-180, -90],
    ]);
  });

  test('leaves an ordinary ring alone', () => {
    expect(closeAroundPole(unwrap(FIJI))).toEqual(unwrap(FIJI));
  });
});
