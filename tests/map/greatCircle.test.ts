import { describe, expect, test } from 'vitest';
import { greatCircle, MAX_SEGMENTS, routeLines } from '../../src/map/greatCircle';
import { chooseCut, shiftLongitude } from '../../src/map/longitude';

const ANCHORAGE: [number, number] = [61.25, -149.8];
const MOSCOW: [number, number] = [55.75, 37.62];
const MAGADAN: [number, number] = [59.57, 150.8];

const lonJumps = (line: readonly (readonly [number, number])[]) =>
  line.slice(1).map(([, lon], i) => Math.abs(lon - (line[i] as [number, number])[1]));

describe('greatCircle', () => {
  test('runs from one end to the other in at most 64 segments', () => {
    const points = greatCircle([-149.8, 61.25], [37.62, 55.75]);
    expect(points[0]).toEqual([-149.8, 61.25]);
    expect(points.at(-1)).toEqual([37.62, 55.75]);
    expect(points.length - 1).toBeLessThanOrEqual(MAX_SEGMENTS);
    expect(points.length - 1).toBeGreaterThan(32);
  });

  test('bends towards the pole, as a great circle does on this map', () => {
    const points = greatCircle([-149.8, 61.25], [37.62, 55.75]);
    const highest = Math.max(...points.map(([, lat]) => lat));
    expect(highest).toBeGreaterThan(75);
  });

  test('uses one segment for a hop of less than a degree', () => {
    expect(greatCircle([-149.8, 61.25], [-149.66, 61.27])).toHaveLength(2);
  });
});

describe('routeLines', () => {
  test('great-circle route points are continuous across 180°', () => {
    const cut = chooseCut([ANCHORAGE[1], MOSCOW[1], MAGADAN[1]]);
    const lines = routeLines([MAGADAN, ANCHORAGE], cut);
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? [];
    expect(Math.max(...lonJumps(line))).toBeLessThan(5);
    // Both ends sit exactly where the markers are.
    expect(line[0]?.[1]).toBeCloseTo(shiftLongitude(MAGADAN[1], cut), 9);
    expect(line.at(-1)?.[1]).toBeCloseTo(shiftLongitude(ANCHORAGE[1], cut), 9);
  });

  test('a route through several stops passes each of them', () => {
    const cut = chooseCut([ANCHORAGE[1], MOSCOW[1], MAGADAN[1]]);
    const [line = []] = routeLines([MOSCOW, MAGADAN, ANCHORAGE], cut);
    const hits = (stop: [number, number]) =>
      line.some(
        ([lat, lon]) =>
          Math.abs(lat - stop[0]) < 1e-9 && Math.abs(lon - shiftLongitude(stop[1], cut)) < 1e-9,
      );
    expect(hits(MOSCOW) && hits(MAGADAN) && hits(ANCHORAGE)).toBe(true);
  });

  test('a route that crosses the cut is drawn to both edges', () => {
    const washington: [number, number] = [38.9, -77.04];
    const brussels: [number, number] = [50.88, 4.43];
    // The summit story's places: Europe, Russia to Magadan, Alaska, Washington.
    const cut = chooseCut([-77.04, 4.43, -149.8, 37.62, 150.8, 92.87, 129.73, 30.52, -179.28]);
    const lines = routeLines([washington, brussels], cut);
    expect(lines).toHaveLength(2);
    const ends = lines.flatMap((line) => [line[0]?.[1], line.at(-1)?.[1]]);
    expect(ends).toContainEqual(shiftLongitude(washington[1], cut));
    expect(ends).toContainEqual(shiftLongitude(brussels[1], cut));
  });

  test('draws nothing for a route with fewer than two points', () => {
    expect(routeLines([ANCHORAGE], 0)).toEqual([]);
  });
});
