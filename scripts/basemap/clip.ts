/**
 * Planar clipping of [lon, lat] rings and lines to a longitude/latitude box, for the basemap's
 * build step. Polygons are clipped ring by ring (Sutherland–Hodgman): a ring leaving the box
 * comes back along its edge, which is right for a fill (never stroked). Lines are cut where they
 * leave the box and start again where they come back.
 */

/** [lon, lat]. */
export type Point = readonly [number, number];
/** West, south, east, north. */
export type Box = readonly [number, number, number, number];

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edgesOf([west, south, east, north]: Box): Edge[] {
  const atLon =
    (lon: number) =>
    (a: Point, b: Point): Point => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
  const atLat =
    (lat: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  return [
    { inside: (p) => p[0] >= west, cross: atLon(west) },
    { inside: (p) => p[0] <= east, cross: atLon(east) },
    { inside: (p) => p[1] >= south, cross: atLat(south) },
    { inside: (p) => p[1] <= north, cross: atLat(north) },
  ];
}

/** A closed ring clipped to the box; fewer than 3 points when nothing of it is inside. */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  let output: Point[] = [...ring];
  for (const edge of edgesOf(box)) {
    const input = output;
    output = [];
    const count = input.length;
    for (let i = 0; i < count; i++) {
      const current = input[i] as Point;
      const previous = input[(i + count - 1) % count] as Point;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current));
      }
    }
    if (output.length === 0) break;
  }
  return output;
}

/** The parts of a line inside the box (Liang–Barsky per segment). */
export function clipLine(line: readonly Point[], box: Box): Point[][] {
  const [west, south, east, north] = box;
  const parts: Point[][] = [];
  let current: Point[] = [];
  const flush = () => {
    if (current.length > 1) parts.push(current);
    current = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [
      [-dx, a[0] - west],
      [dx, east - a[0]],
      [-dy, a[1] - south],
      [dy, north - a[1]],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const start: Point = t0 > 0 ? [a[0] + t0 * dx, a[1] + t0 * dy] : a;
    const end: Point = t1 < 1 ? [a[0] + t1 * dx, a[1] + t1 * dy] : b;
    if (current.length === 0 || t0 > 0) {
      flush();
      current.push(start);
    }
    current.push(end);
    if (t1 < 1) flush();
  }
  flush();
  return parts;
}
