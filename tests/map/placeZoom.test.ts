import { describe, expect, test } from 'vitest';
import { MARKER_SPACING_PX, separatingZoom } from '../../src/map/placeZoom';

const JBER: [number, number] = [61.2514, 210.1936];
const CEMETERY: [number, number] = [61.2756, 210.34];
const DOWNTOWN: [number, number] = [61.2167, 210.1064];
const MOSCOW: [number, number] = [55.7517, 37.6178];

/** Pixel distance between two points at a zoom, in Leaflet's Web Mercator. */
function pixelsApart(a: [number, number], b: [number, number], zoom: number) {
  const project = ([lat, lon]: [number, number]) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return [
      ((lon + 180) / 360) * 256 * 2 ** zoom,
      (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256 * 2 ** zoom,
    ] as const;
  };
  const [ax, ay] = project(a);
  const [bx, by] = project(b);
  return Math.hypot(ax - bx, ay - by);
}

describe('separatingZoom', () => {
  test('shows a place of a cluster far enough from its nearest neighbour', () => {
    const zoom = separatingZoom(JBER, [JBER, CEMETERY, DOWNTOWN, MOSCOW]) ?? 0;
    expect(pixelsApart(JBER, DOWNTOWN, zoom)).toBeCloseTo(MARKER_SPACING_PX, 6);
    expect(pixelsApart(JBER, CEMETERY, zoom)).toBeGreaterThan(MARKER_SPACING_PX);
    expect(zoom).toBeGreaterThan(8);
  });

  test('needs only a world view for places far apart', () => {
    expect(separatingZoom(MOSCOW, [MOSCOW, JBER])).toBeLessThan(2);
  });

  test('has no answer for a place alone', () => {
    expect(separatingZoom(MOSCOW, [MOSCOW])).toBeUndefined();
    expect(separatingZoom(MOSCOW, [])).toBeUndefined();
  });
});
