/**
 * Where the map is cut open. Leaflet draws longitudes on an endless plane, so a story that spans
 * the 180° meridian (Alaska and Moscow) is drawn continuously by moving every longitude west of
 * one meridian, the cut, 360° east. Markers, routes and the basemap all go through the same cut,
 * so they always line up.
 */

/** Brings a longitude into [-180, 180). */
export function normalizeLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The cut that keeps a story's places together: the middle of the widest empty stretch of
 * longitude between them. For Anchorage and Moscow that stretch is the Atlantic and Europe's
 * west, so Moscow → Siberia → Alaska stays in one piece. Without places, the cut runs through the
 * Atlantic (-30°), which keeps every continent but Greenland and Antarctica whole.
 */
export function chooseCut(lons: readonly number[]): number {
  const sorted = [...new Set(lons.filter(Number.isFinite).map(normalizeLongitude))].sort(
    (a, b) => a - b,
  );
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return DEFAULT_CUT;
  // The stretch that wraps around from the easternmost place back to the westernmost.
  let widest = first + 360 - last;
  let cut = last + widest / 2;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] as number) - (sorted[i - 1] as number);
    if (gap > widest) {
      widest = gap;
      cut = (sorted[i - 1] as number) + gap / 2;
    }
  }
  return normalizeLongitude(cut);
}

/** The cut used when a story has no places. */
export const DEFAULT_CUT = -30;

/** The longitude, moved by a multiple of 360° into the map's frame [cut, cut + 360). */
export function shiftLongitude(lon: number, cut: number): number {
  // Adding whole turns keeps a longitude that needs no shift exactly as it was.
  const shifted = lon - 360 * Math.floor((lon - cut) / 360);
  if (shifted < cut) {
    // A hair west of the cut: a turn east can round onto cut + 360 itself, which is the cut.
    const east = shifted + 360;
    return east < cut + 360 ? east : cut;
  }
  if (shifted < cut + 360) return shifted;
  // A hair east of the frame's end can round back onto the cut when a turn is taken off.
  const west = shifted - 360;
  return west >= cut ? west : cut;
}
