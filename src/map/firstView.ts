import type { Story, StoryPlace } from '../story/types';
import type { LatLon } from './greatCircle';
import { shiftLongitude } from './longitude';

/** South-west and north-east corners, [lat, lon] each. */
export type Bounds = [LatLon, LatLon];

/** Places spread wider than this (degrees of longitude) would show the whole world. */
export const WORLD_SPAN_LON = 300;
/** …or taller than this (degrees of latitude). */
export const WORLD_SPAN_LAT = 120;

/** A place's point on the cut map. */
export function placePoint(place: Pick<StoryPlace, 'lat' | 'lon'>, cut: number): LatLon {
  return [place.lat, shiftLongitude(place.lon, cut)];
}

/** The box around points, or `undefined` for none. */
export function boundsOf(points: readonly LatLon[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  let south = 90;
  let north = -90;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  for (const [lat, lon] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [
    [south, west],
    [north, east],
  ];
}

function isWorldWide([[south, west], [north, east]]: Bounds): boolean {
  return east - west > WORLD_SPAN_LON || north - south > WORLD_SPAN_LAT;
}

/**
 * What the map shows first: every place of the story; but when those cover about the whole world,
 * only the places where the day's own events (not context) happened. With no places at all, the
 * whole frame.
 */
export function firstViewBounds(story: Story, cut: number): Bounds {
  const all = boundsOf(story.places.map((p) => placePoint(p, cut)));
  if (!all)
    return [
      [-60, cut],
      [80, cut + 360],
    ];
  if (!isWorldWide(all)) return all;
  const dayPlaceIds = new Set(story.events.filter((e) => !e.context).flatMap((e) => e.placeIds));
  const day = boundsOf(
    story.places.filter((p) => dayPlaceIds.has(p.id)).map((p) => placePoint(p, cut)),
  );
  return day ?? all;
}
