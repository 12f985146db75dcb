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
}

/**
 * Converts a world-atlas TopoJSON file (`land` and `countries` objects) into shapes whose rings
 * are continuous across the 180° meridian and placed in the frame [cut, cut + 360). Throws when
 * the file is not such an atlas.
 */
export function atlasShapes(topology: Topology, cut: number): AtlasShapes {
  const { land, countries } = topology.objects ?? {};
  if (!land || !countries) throw new Error('not a world-atlas file (no land or countries)');
  return {
    land: polygonsOf(feature(topology, land as GeometryObject)).flatMap((p) =>
      placePolygon(p, cut),
    ),
    borders: bordersOf(mesh(topology, countries as GeometryObject, (a, b) => a !== b)).flatMap(
      (line) => placeLine(line, cut).map(toLatLon),
    ),
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

function bordersOf(lines: MultiLineString): LonLat[][] {
  return lines.coordinates.map(asLonLat);
}

function asLonLat(ring: readonly Position[]): LonLat[] {
  return ring.map((p) => [p[0] ?? 0, p[1] ?? 0] as const);
}

/** One polygon, once per copy it needs; its holes move with its outer ring. */
export function placePolygon(rings: Rings, cut: number): LatLon[][][] {
  const [outerRing, ...holeRings] = rings;
  if (!outerRing) return [];
  const outer = closeAroundPole(unwrap(asLonLat(outerRing)));
  const range = lonRange(outer);
  const middle = (range[0] + range[1]) / 2;
  const holes = holeRings.map((ring) => alignNear(unwrap(asLonLat(ring)), middle));
  return frameOffsets(range, cut).map((offset) =>
    [outer, ...holes].map((ring) => toLatLon(moveLine(ring, offset))),
  );
}

/** Moves a ring by a multiple of 360° so that it starts within 180° of `lon`. */
function alignNear(ring: LonLat[], lon: number): LonLat[] {
  const start = ring[0]?.[0] ?? lon;
  return moveLine(ring, 360 * Math.round((lon - start) / 360));
}
