import { geoAzimuthalEqualArea, geoCentroid, geoGraticule10, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { StoryPlace, StoryRoute } from '../story/types';

/** A numbered place marker; places that print on top of each other share one label. */
export interface PrintPlace {
  readonly id: string;
  readonly number: number;
  readonly x: number;
  readonly y: number;
}

/** A label for one place or a cluster of places printed at the same spot. */
export interface PrintPlaceLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The printed map's geometry, in SVG user units. */
export interface PrintMap {
  readonly width: number;
  readonly height: number;
  /** SVG path data; empty when there is nothing to draw. */
  readonly land: string;
  readonly graticule: string;
  readonly routes: readonly { id: string; d: string; historical: boolean }[];
  readonly places: readonly PrintPlace[];
  readonly labels: readonly PrintPlaceLabel[];
}

/** Markers closer than this share a label. */
const CLUSTER = 14;

/**
 * Projects the story's places onto an equal-area map centred on them, so Alaska, Moscow and
 * Washington all fit and the Bering Strait stays in one piece. Routes are drawn as the great
 * circles d3-geo follows between their points.
 */
export function layoutPrintMap(
  places: readonly StoryPlace[],
  routes: readonly StoryRoute[],
  land: Feature | FeatureCollection | null,
  { width = 680, height = 420, padding = 28 } = {},
): PrintMap {
  const points: MultiPoint = { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) };
  const [lon, lat] = places.length ? geoCentroid(points) : [0, 0];
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .clipAngle(150)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      places.length > 1 ? points : { type: 'Sphere' },
    );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  const draw = (geometry: Geometry | Feature | FeatureCollection) => path(geometry) ?? '';

  const projected: PrintPlace[] = places.flatMap((place, index) => {
    const xy = projection([place.lon, place.lat]);
    return xy ? [{ id: place.id, number: index + 1, x: xy[0], y: xy[1] }] : [];
  });

  return {
    width,
    height,
    land: land ? draw(land) : '',
    graticule: draw(geoGraticule10()),
    routes: routes
      .filter((r) => r.path.length > 1)
      .map((r) => ({
        id: r.id,
        historical: !!r.historical,
        d: draw({ type: 'LineString', coordinates: r.path.map(([la, lo]) => [lo, la]) }),
      })),
    places: projected,
    labels: clusterLabels(projected, width),
  };
}

/** One label per group of nearby markers: `1`, or `1, 2, 3` where they overlap. */
function clusterLabels(places: readonly PrintPlace[], width: number): PrintPlaceLabel[] {
  const groups: PrintPlace[][] = [];
  for (const place of places) {
    const near = groups.find((g) =>
      g.some((o) => Math.hypot(o.x - place.x, o.y - place.y) < CLUSTER),
    );
    if (near) near.push(place);
    else groups.push([place]);
  }
  return groups.map((group) => {
    const x = group.reduce((sum, p) => sum + p.x, 0) / group.length;
    const y = Math.min(...group.map((p) => p.y));
    const text = group.map((p) => p.number).join(', ');
    // Labels near the right edge go to the left of their markers.
    return { text, x: x > width - 60 ? x - 6 - text.length * 5.5 : x + 6, y: y - 5 };
  });
}
