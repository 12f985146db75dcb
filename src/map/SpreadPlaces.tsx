import type { LatLngTuple } from 'leaflet';
import { type ReactNode, useMemo } from 'react';
import { MarkerOffsetsContext } from './markerOffsets';
import { useSpreadMarkers } from './useSpreadMarkers';

/** Props of {@link SpreadPlaces}. */
export interface SpreadPlacesProps {
  /** Every place id, in the order in which markers keep their true points (see `rankPlaces`). */
  ranked: readonly string[];
  /** The places that have DOM markers. */
  shown: readonly string[];
  /** Each place's point on the cut map, by id. */
  points: ReadonlyMap<string, LatLngTuple>;
  /** The markers. */
  children: ReactNode;
}

/**
 * Keeps the shown markers clear of each other: the most linked places stay on their points, the
 * others move aside. The order is the story's, never the selection's, so selecting moves no
 * marker (unless, in a large story, it adds markers for the selection that need the room).
 */
export function SpreadPlaces({ ranked, shown, points, children }: SpreadPlacesProps) {
  const markers = useMemo(() => {
    const isShown = new Set(shown);
    return ranked.flatMap((id) => {
      const point = points.get(id);
      return point && isShown.has(id) ? [{ id, point }] : [];
    });
  }, [ranked, shown, points]);
  const offsets = useSpreadMarkers(markers);
  return <MarkerOffsetsContext.Provider value={offsets}>{children}</MarkerOffsetsContext.Provider>;
}
