import type { LatLon } from './greatCircle';

/** Markers closer than this (CSS pixels) overlap. */
export const MARKER_SPACING_PX = 40;

/** Web Mercator at zoom 0: the world is 256 px wide, as Leaflet draws it. */
function project([lat, lon]: LatLon): readonly [number, number] {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
}

/**
 * The zoom at which `point` sits at least `spacing` pixels from its nearest neighbour, so that a
 * place in a cluster (the base, the cemetery and downtown Anchorage) is shown apart from the
 * others. `undefined` when no other place is near enough to matter (or there is none).
 */
export function separatingZoom(
  point: LatLon,
  others: readonly LatLon[],
  spacing = MARKER_SPACING_PX,
): number | undefined {
  const [x, y] = project(point);
  let nearest = Number.POSITIVE_INFINITY;
  for (const other of others) {
    const [ox, oy] = project(other);
    const d = Math.hypot(ox - x, oy - y);
    if (d > 0 && d < nearest) nearest = d;
  }
  return Number.isFinite(nearest) ? Math.log2(spacing / nearest) : undefined;
}
