/** A position as GeoJSON orders it: longitude first. */
export type LonLat = readonly [lon: number, lat: number];

/**
 * Makes a line's longitudes continuous: every step that jumps more than 180° (a ring cut at the
 * antimeridian, -180 → 179.4 in Fiji) is taken the short way round instead, so 179.4 follows
 * -180 as 180. The first point keeps its longitude.
 */
export function unwrap(points: readonly (readonly number[])[]): LonLat[] {
  const out: LonLat[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of points) {
    if (previous !== undefined) {
      const step = lon + offset - previous;
      if (step > 180) offset -= 360 * Math.round(step / 360);
      else if (step < -180) offset += 360 * Math.round(-step / 360);
    }
    const shifted = offset === 0 ? lon : lon + offset;
    out.push([shifted, lat]);
    previous = shifted;
  }
  return out;
}

/** The smallest and largest longitude of a line. */
export function lonRange(points: readonly LonLat[]): readonly [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const [lon] of points) {
    if (lon < lo) lo = lon;
    if (lon > hi) hi = lon;
  }
  return [lo, hi];
}

/**
 * The multiples of 360° by which a continuous line must be moved to show every part of it that
 * falls in the frame [cut, cut + 360). A line that crosses the cut gets two copies, one reaching
 * each edge, so both of its ends meet their markers.
 */
export function frameOffsets(range: readonly [number, number], cut: number): number[] {
  const [lo, hi] = range;
  if (!(lo <= hi)) return [];
  const first = Math.floor((cut - hi) / 360) + 1;
  const last = Math.ceil((cut + 360 - lo) / 360) - 1;
  const offsets: number[] = [];
  for (let k = first; k <= last; k++) offsets.push(k * 360);
  return offsets;
}

/** Moves a line east by `offset` degrees. */
export function moveLine(points: readonly LonLat[], offset: number): LonLat[] {
  return offset === 0 ? [...points] : points.map(([lon, lat]) => [lon + offset, lat] as const);
}

/** A continuous line placed in the frame: one copy per offset `frameOffsets` finds. */
export function placeLine(points: readonly (readonly number[])[], cut: number): LonLat[][] {
  const line = unwrap(points);
  return frameOffsets(lonRange(line), cut).map((offset) => moveLine(line, offset));
}

/**
 * A ring around a pole (Antarctica) does not close once unwrapped: it ends 360° from where it
 * began. Closing it through the pole keeps its fill on the land side instead of across the map.
 */
export function closeAroundPole(ring: readonly LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(last[0] - first[0]) < 180) return [...ring];
  const meanLat = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole]];
}
