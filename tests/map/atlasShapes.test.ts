import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { atlasShapes, placePolygon } from '../../src/map/atlasShapes';
import type { LatLon } from '../../src/map/greatCircle';
import { normalizeLongitude } from '../../src/map/longitude';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;

const CUT = -36;
/** The largest step in longitude, except along a pole (where Antarctica is closed). */
const largestJump = (ring: readonly LatLon[]) =>
  ring.reduce((max, [lat, lon], i) => {
    const previous = ring[i - 1];
    if (!previous || (Math.abs(lat) === 90 && Math.abs(previous[0]) === 90)) return max;
    return Math.max(max, Math.abs(lon - previous[1]));
  }, 0);

describe('atlasShapes (Natural Earth 1:110m from world-atlas)', () => {
  const shapes = atlasShapes(atlas, CUT);

  test('no land ring or border draws a band across the map', () => {
    for (const polygon of shapes.land) {
      for (const ring of polygon) expect(largestJump(ring)).toBeLessThanOrEqual(180);
    }
    for (const line of shapes.borders) expect(largestJump(line)).toBeLessThanOrEqual(180);
  });

  test('every polygon reaches into the frame [cut, cut + 360)', () => {
    for (const [outer = []] of shapes.land) {
      const lons = outer.map(([, lon]) => lon);
      expect(Math.max(...lons)).toBeGreaterThan(CUT);
      expect(Math.min(...lons)).toBeLessThan(CUT + 360);
    }
  });

  test('land and borders only move by whole turns: every point keeps its meridian', () => {
    const key = (lon: number) => Math.round(normalizeLongitude(lon) * 1e6);
    const meridiansOf = (object: string) => {
      const found = new Set<number>();
      const collection = feature(
        atlas,
        atlas.objects[object] as GeometryObject,
      ) as FeatureCollection;
      for (const { geometry } of collection.features) {
        const rings =
          geometry.type === 'Polygon'
            ? geometry.coordinates
            : geometry.type === 'MultiPolygon'
              ? geometry.coordinates.flat()
              : [];
        for (const ring of rings) for (const [lon = 0] of ring) found.add(key(lon));
      }
      return found;
    };
    const land = meridiansOf('land');
    const countries = meridiansOf('countries');
    // A cut through Europe and Africa, where borders cross it and get two copies.
    const throughEurope = atlasShapes(atlas, 20);
    expect(throughEurope.borders.length).toBeGreaterThan(shapes.borders.length);
    for (const { land: polygons, borders } of [shapes, throughEurope]) {
      for (const [, lon] of polygons.flat(2)) expect(land.has(key(lon))).toBe(true);
      for (const [, lon] of borders.flat()) expect(countries.has(key(lon))).toBe(true);
    }
  });

  test('Chukotka is drawn east of 180°, next to Alaska', () => {
    const chukotka = shapes.land.some(([outer = []]) =>
      outer.some(([lat, lon]) => lat > 64 && lat < 67 && lon > 185 && lon < 190),
    );
    expect(chukotka).toBe(true);
  });

  test('refuses a file that is not a world atlas', () => {
    expect(() => atlasShapes({ type: 'Topology', objects: {}, arcs: [] } as Topology, CUT)).toThrow(
      /not a world-atlas file/,
    );
  });
});

describe('atlasShapes (Natural Earth 1:50m land, for closer views)', () => {
  const land50m = JSON.parse(
    readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8'),
  ) as Topology;

  test('reads a file with land only, drawing no borders', () => {
    const shapes = atlasShapes(land50m, CUT);
    expect(shapes.land.length).toBeGreaterThan(1000);
    expect(shapes.borders).toEqual([]);
    for (const polygon of shapes.land) {
      for (const ring of polygon) expect(largestJump(ring)).toBeLessThanOrEqual(180);
    }
  });
});

describe('placePolygon', () => {
  test('a hole moves with its outer ring', () => {
    const outer = [
      [170, 10],
      [-170, 10],
      [-170, 20],
      [170, 20],
      [170, 10],
    ];
    const hole = [
      [-178, 12],
      [178, 12],
      [178, 18],
      [-178, 18],
      [-178, 12],
    ];
    const [copy] = placePolygon([outer, hole], -30);
    const [placedOuter = [], placedHole = []] = copy ?? [];
    const within = (lon: number) => lon >= 170 && lon <= 190;
    expect(placedOuter.every(([, lon]) => within(lon))).toBe(true);
    expect(placedHole.every(([, lon]) => within(lon))).toBe(true);
  });
});
