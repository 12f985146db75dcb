/**
 * The basemap's build step: from Natural Earth (world-atlas 2.0.2, Natural Earth 4.1.0, public
 * domain), it cuts the 1:10m coastline and borders down to boxes around a story's places, so the
 * browser fetches a few small files instead of 3 MB each, and it finds a point to write each
 * country's name at (from the 1:50m countries).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { iso31661NumericToAlpha2 } from 'iso-3166';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { UNCODED_COUNTRIES } from '../../src/map/geoNames.js';
import { type Box, clipLine, clipRing, type Point } from './clip.js';

const require = createRequire(import.meta.url);

/** A place to build detail for. */
export interface BasemapPlace {
  readonly lat: number;
  readonly lon: number;
}

/** One file of 1:10m detail: land (fill), coastline and borders inside its box. */
export interface DetailRegion {
  /** West, south, east, north; west may be below -180 (or east above 180) near the date line. */
  readonly box: Box;
  /** Polygons (outer ring, then holes) of [lon, lat], clipped to the box; fill only. */
  readonly land: number[][][][];
  /** The coastline (land's rings as lines), clipped. */
  readonly coast: number[][][];
  /** Borders between countries, clipped. */
  readonly borders: number[][][];
}

/** Where a country's name is written, and how big the land it names is (km²). */
export interface CountryLabel {
  readonly name: string;
  /**
   * ISO 3166-1 alpha-2, from Natural Earth's numeric code, for the name in other languages
   * (`Intl.DisplayNames`); absent for a land that shares its code or has none (Somaliland).
   */
  readonly code?: string;
  readonly lat: number;
  readonly lon: number;
  readonly km2: number;
}

/** Half the height of a place's box, in degrees of latitude (about 280 km). */
export const BOX_HALF_LAT = 2.5;

/** Boxes around every place, about 560 km square; overlapping boxes are merged. */
export function regionBoxes(places: readonly BasemapPlace[]): Box[] {
  let boxes: Box[] = places.map(({ lat, lon }) => {
    const halfLon = Math.min(BOX_HALF_LAT / Math.cos((lat * Math.PI) / 180), 20);
    return [
      lon - halfLon,
      Math.max(lat - BOX_HALF_LAT, -85),
      lon + halfLon,
      Math.min(lat + BOX_HALF_LAT, 85),
    ];
  });
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]) {
          const union: Box = [
            Math.min(a[0], b[0]),
            Math.min(a[1], b[1]),
            Math.max(a[2], b[2]),
            Math.max(a[3], b[3]),
          ];
          boxes = [...boxes.filter((_, k) => k !== i && k !== j), union];
          merged = true;
          break outer;
        }
      }
    }
  }
  return boxes
    .map((b) => b.map((v) => Math.round(v * 100) / 100) as unknown as Box)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export function readTopology(file: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** ~100 m: finer than a pixel up to the closest zoom the map flies to. */
const round = (v: number) => Math.round(v * 1000) / 1000;

function compact(points: readonly Point[]): number[][] {
  const out: number[][] = [];
  for (const [lon, lat] of points) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const moved = (points: readonly Position[], by: number): Point[] =>
  points.map(([lon = 0, lat = 0]) => [lon + by, lat] as const);

/**
 * The 1:10m land, coastline and borders inside each box. A box reaching past ±180° is filled
 * from the data moved by 360°, so its geometry stays continuous.
 */
export function detailRegions(boxes: readonly Box[]): DetailRegion[] {
  const land = readTopology('land-10m.json');
  const countries = readTopology('countries-10m.json');
  const landGeo = feature(land, land.objects.land as GeometryObject);
  const landPolygons = ('features' in landGeo ? landGeo.features : [landGeo])
    .flatMap((f) =>
      f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        ? polygonsOf(f.geometry)
        : [],
    )
    .map((polygon) => ({ polygon, extent: extentOf(polygon[0] ?? []) }));
  const borderLines = mesh(
    countries,
    countries.objects.countries as GeometryObject,
    (a, b) => a !== b,
  ).coordinates.map((line) => ({ line, extent: extentOf(line) }));

  return boxes.map((box) => {
    const region: DetailRegion = { box, land: [], coast: [], borders: [] };
    for (const shift of [-360, 0, 360]) {
      if (box[2] < -180 + shift || box[0] > 180 + shift) continue;
      const shifted: Box = [box[0] - shift, box[1], box[2] - shift, box[3]];
      for (const { polygon, extent } of landPolygons) {
        if (!overlaps(extent, shifted)) continue;
        const outer = clipRing(moved(polygon[0] ?? [], shift), box);
        if (outer.length < 3) continue;
        const holes = polygon
          .slice(1)
          .map((ring) => clipRing(moved(ring, shift), box))
          .filter((ring) => ring.length >= 3);
        region.land.push([outer, ...holes].map(compact));
        for (const ring of polygon) {
          for (const part of clipLine(moved(ring, shift), box)) region.coast.push(compact(part));
        }
      }
      for (const { line, extent } of borderLines) {
        if (!overlaps(extent, shifted)) continue;
        for (const part of clipLine(moved(line, shift), box)) region.borders.push(compact(part));
      }
    }
    return region;
  });
}

function extentOf(points: readonly Position[]): Box {
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon = 0, lat = 0] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Lands Natural Earth gives no numeric code that have a user-assigned alpha-2 one in CLDR. */
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

/**
 * The ISO 3166-1 alpha-2 code of a land of Natural Earth's (its name and numeric id), for its
 * name in other languages; none for the lands named in the catalogs (`UNCODED_COUNTRIES`: one
 * without a code, or one that shares Australia's 036 and must not be called Australia).
 */
export function countryCode(name: string, id: string | number | undefined): string | undefined {
  if (UNCODED_COUNTRIES[name]) return undefined;
  return CODE_BY_NAME[name] ?? (id === undefined ? undefined : iso31661NumericToAlpha2[String(id)]);
}

/** Shorter names where Natural Earth's would crowd the map. */
const SHORT_NAMES: Record<string, string> = {
  'United States of America': 'United States',
};

/**
 * A point for each country's name, inside its land: the country's largest polygon, and any
 * other polygon at least a sixth of that (Alaska gets "United States" too).
 */
export function countryLabels(): CountryLabel[] {
  const topology = readTopology('countries-50m.json');
  const countries = feature(topology, topology.objects.countries as GeometryObject);
  const labels: CountryLabel[] = [];
  for (const country of 'features' in countries ? countries.features : [countries]) {
    const name = (country.properties as { name?: string } | null)?.name;
    const geometry = country.geometry;
    if (!name || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
      continue;
    const polygons = polygonsOf(geometry).map((rings) => ({
      ring: (rings[0] ?? []) as Position[],
      km2: ringArea((rings[0] ?? []) as Position[]),
    }));
    const largest = Math.max(...polygons.map((p) => p.km2));
    for (const { ring, km2 } of polygons) {
      if (km2 < largest / 6) continue;
      const [lon, lat] = labelPoint(ring);
      const code = countryCode(name, country.id);
      labels.push({
        name: SHORT_NAMES[name] ?? name,
        ...(code ? { code } : {}),
        lat: Math.round(lat * 100) / 100,
        lon: Math.round(lon * 100) / 100,
        km2: Math.round(km2),
      });
    }
  }
  return labels.sort((a, b) => b.km2 - a.km2);
}

const EARTH_RADIUS_KM = 6371;

/** A ring's area in km², on the sphere (each edge's strip down to the equator). */
function ringArea(ring: readonly Position[]): number {
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] as Position;
    sum += (x2 - x1) * rad * (Math.sin(y1 * rad) + Math.sin(y2 * rad));
  }
  return (Math.abs(sum) / 2) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

function inside([x, y]: readonly number[], ring: readonly Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as Position;
    const [xj = 0, yj = 0] = ring[j] as Position;
    if (
      yi > (y ?? 0) !== yj > (y ?? 0) &&
      (x ?? 0) < ((xj - xi) * ((y ?? 0) - yi)) / (yj - yi) + xi
    )
      hit = !hit;
  }
  return hit;
}

function distanceToRing([x = 0, y = 0]: readonly number[], ring: readonly Position[]): number {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i - 1] as Position;
    const [bx = 0, by = 0] = ring[i] as Position;
    const dx = (bx - ax) * k;
    const dy = by - ay;
    const px = (x - ax) * k;
    const py = y - ay;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best;
}

/** The point inside the ring farthest from its edge, by a coarse then a fine grid search. */
function labelPoint(fullRing: readonly Position[]): [number, number] {
  // A few hundred points are plenty to find the middle of a country, and keep this quick.
  const every = Math.ceil(fullRing.length / 400);
  const ring = fullRing.filter((_, i) => i % every === 0);
  const [west, south, east, north] = extentOf(ring);
  let best: [number, number] = [(west + east) / 2, (south + north) / 2];
  let bestDistance = -1;
  let stepLon = (east - west) / 24;
  let stepLat = (north - south) / 24;
  let [fromLon, fromLat, toLon, toLat] = [west, south, east, north];
  for (let pass = 0; pass < 2; pass++) {
    for (let lon = fromLon + stepLon / 2; lon < toLon; lon += stepLon) {
      for (let lat = fromLat + stepLat / 2; lat < toLat; lat += stepLat) {
        if (!inside([lon, lat], ring)) continue;
        const d = distanceToRing([lon, lat], ring);
        if (d > bestDistance) {
          bestDistance = d;
          best = [lon, lat];
        }
      }
    }
    [fromLon, fromLat, toLon, toLat] = [
      best[0] - stepLon,
      best[1] - stepLat,
      best[0] + stepLon,
      best[1] + stepLat,
    ];
    stepLon /= 12;
    stepLat /= 12;
  }
  return best;
}
