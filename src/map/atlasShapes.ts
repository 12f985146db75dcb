import type { Polygon as GeoPolygon, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { type LatLon, toLatLon } from './greatCircle';
import {
  closeAroundPole,
  frameOffsets,
  type LonLat,
  lonRange,
  moveLine,
  placeLine,
  unwrap,
} from './lines';

/** The basemap, ready for Leaflet: land polygons and country borders placed on the cut map. */
export interface AtlasShapes {
  /** Polygons (outer ring first, then holes) of [lat, lon] points. */
  readonly land: LatLon[][][];
  /** Lines between two countries. */
  readonly borders: LatLon[][];
  /** The coastline as lines, where it is drawn apart from the land (1:10m detail). */
  readonly coast?: LatLon[][];
  /** Sea under the detail: its box, covering the coarser land drawn beneath (1:10m detail). */
  readonly sea?: LatLon[][][];
}

/** One box of 1:10m detail as the build writes it (scripts/basemap/build-basemap.ts). */
export interface DetailFile {
  /** West, south, east, north. */
  readonly box: readonly [number, number, number, number];
  /** Polygons of [lon, lat] rings, clipped to the box. */
  readonly land: readonly (readonly (readonly number[])[])[][];
  readonly coast: readonly (readonly (readonly number[])[])[];
  readonly borders: readonly (readonly (readonly number[])[])[];
}

/** A box of detail placed on the cut map: its sea, land, coastline and borders. */
export function detailShapes(file: DetailFile, cut: number): AtlasShapes {
  if (!Array.isArray(file.box) || !Array.isArray(file.land)) {
    throw new Error('not a basemap detail file');
  }
  const [west, south, east, north] = file.box;
  const box = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
  const lines = (all: DetailFile['coast']) =>
    all.flatMap((line) => placeLine(line, cut).map((copy) => toLatLon(copy)));
  return {
    sea: placePolygon([box], cut),
    land: file.land.flatMap((rings) => placePolygon(rings, cut)),
    coast: lines(file.coast),
    borders: lines(file.borders),
  };
}

/**
 * Converts a world-atlas TopoJSON file (a `land` object, and `countries` for borders if present)
 * into shapes whose rings are continuous across the 180° meridian and placed in the frame
 * [cut, cut + 360). Throws when the file has no land.
 */
export function atlasShapes(topology: Topology, cut: number): AtlasShapes {
  const { land, countries } = topology.objects ?? {};
  if (!land) throw new Error('not a world-atlas file (no land)');
  const borders = countries
    ? bordersOf(mesh(topology, countries as GeometryObject, (a, b) => a !== b))
    : [];
  return {
    land: polygonsOf(feature(topology, land as GeometryObject)).flatMap((p) =>
      placePolygon(p, cut),
    ),
    borders: borders.flatMap((line) => placeLine(line, cut).map((copy) => toLatLon(copy))),
  };
}

type Rings = readonly (readonly Position[])[];

function polygonsOf(geo: ReturnType<typeof feature>): Rings[] {
  const features = 'features' in geo ? geo.features : [geo];
  return features.flatMap(({ geometry }) => {
    if (geometry?.type === 'Polygon') return [(geometry as GeoPolygon).coordinates];
    if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
    return [];
  });
}

function bordersOf(lines: MultiLineString): readonly Position[][] {
  return lines.coordinates;
}

/** One polygon, once per copy it needs; its holes move with its outer ring. */
export function placePolygon(rings: Rings, cut: number): LatLon[][][] {
  const [outerRing, ...holeRings] = rings;
  if (!outerRing) return [];
  const outer = closeAroundPole(unwrap(outerRing));
  const range = lonRange(outer);
  const middle = (range[0] + range[1]) / 2;
  const holes = holeRings.map((ring) => alignNear(unwrap(ring), middle));
  return frameOffsets(range, cut).map((offset) =>
    [outer, ...holes].map((ring) => toLatLon(ring, offset)),
  );
}

/** Moves a ring by a multiple of 360° so that it starts within 180° of `lon`. */
function alignNear(ring: LonLat[], lon: number): LonLat[] {
  const start = ring[0]?.[0] ?? lon;
  return moveLine(ring, 360 * Math.round((lon - start) / 360));
}
