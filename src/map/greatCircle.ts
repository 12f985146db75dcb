import { geoDistance, geoInterpolate } from 'd3-geo';
import { type LonLat, placeLine } from './lines';

/** A point as Leaflet orders it: latitude first. */
export type LatLon = [lat: number, lon: number];

/** Segments per leg: about one per degree of arc, at most this many. */
export const MAX_SEGMENTS = 64;

/** The points of the great circle from `a` to `b`, both ends included. */
export function greatCircle(a: LonLat, b: LonLat, maxSegments = MAX_SEGMENTS): LonLat[] {
  const degrees = (geoDistance(a as [number, number], b as [number, number]) * 180) / Math.PI;
  const segments = Math.max(1, Math.min(maxSegments, Math.ceil(degrees)));
  const at = geoInterpolate(a as [number, number], b as [number, number]);
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = i === 0 ? a : i === segments ? b : at(i / segments);
    points.push([lon, lat]);
  }
  return points;
}

/**
 * A route through `path` ([lat, lon] stops, as the story gives them) drawn as great circles and
 * placed in the map's frame: one or two continuous lines of [lat, lon] points for Leaflet.
 */
export function routeLines(path: readonly (readonly [number, number])[], cut: number): LatLon[][] {
  const stops: LonLat[] = path.map(([lat, lon]) => [lon, lat]);
  if (stops.length < 2) return [];
  const line: LonLat[] = [stops[0] as LonLat];
  for (let i = 1; i < stops.length; i++) {
    line.push(...greatCircle(stops[i - 1] as LonLat, stops[i] as LonLat).slice(1));
  }
  return placeLine(line, cut).map((copy) => toLatLon(copy));
}

/** GeoJSON order to Leaflet order, moved `offset` degrees east on the way. */
export function toLatLon(points: readonly LonLat[], offset = 0): LatLon[] {
  return points.map(([lon, lat]): LatLon => [lat, lon + offset]);
}
