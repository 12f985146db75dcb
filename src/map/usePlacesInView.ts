import type { LatLngTuple } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

/**
 * The first `cap` places of `ranked` whose points are in (or just around) the view, updated after
 * each pan or zoom. Keeps its previous array while the answer is the same, so renders stay cheap.
 */
export function usePlacesInView(
  ranked: readonly string[],
  points: ReadonlyMap<string, LatLngTuple>,
  cap: number,
): readonly string[] {
  const map = useMap();
  const [ids, setIds] = useState<readonly string[]>([]);

  useEffect(
    function trackPlacesInView() {
      function findPlacesInView() {
        const bounds = map.getBounds().pad(0.1);
        const found: string[] = [];
        for (const id of ranked) {
          if (found.length >= cap) break;
          const point = points.get(id);
          if (point && bounds.contains(point)) found.push(id);
        }
        setIds((previous) => (sameIds(previous, found) ? previous : found));
      }
      findPlacesInView();
      map.on('moveend', findPlacesInView);
      return function stopTrackingPlacesInView() {
        map.off('moveend', findPlacesInView);
      };
    },
    [map, ranked, points, cap],
  );

  return ids;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
