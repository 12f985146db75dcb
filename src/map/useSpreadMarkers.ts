import type { LatLngTuple, Map as LeafletMap, ZoomAnimEvent } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { createMarkerOffsets, type MarkerOffsets } from './markerOffsets';
import { NO_OFFSET, spreadMarkers } from './spreadMarkers';

/** One DOM marker to keep clear of the others: its place id and its point on the cut map. */
export interface SpreadMarker {
  readonly id: string;
  readonly point: LatLngTuple;
}

/**
 * The least distance between two marker centres along x or y: the 28 px button and a 4 px gap,
 * so no button covers part of another (WCAG 2.5.8, target size).
 */
export const MARKER_SPACING = 32;

/**
 * Offsets that keep the rendered place markers from overlapping at the map's current zoom,
 * recomputed whenever the view or the set of markers changes. `markers` come in priority order
 * (one that does not depend on the selection, so markers stay still when it changes): earlier
 * ones keep their true points, later ones make way.
 */
export function useSpreadMarkers(markers: readonly SpreadMarker[]): MarkerOffsets {
  const map = useMap();
  const [offsets] = useState(createMarkerOffsets);

  useEffect(
    function followView() {
      const spreadNow = () => offsets.set(spreadAtZoom(map, markers, map.getZoom()));
      // A zoom animation moves every marker to where the new zoom puts it; the offsets go along.
      const spreadForZoom = (event: ZoomAnimEvent) =>
        offsets.set(spreadAtZoom(map, markers, event.zoom));
      spreadNow();
      map.on('zoomend moveend resize viewreset', spreadNow);
      map.on('zoomanim', spreadForZoom);
      return function stopFollowingView() {
        map.off('zoomend moveend resize viewreset', spreadNow);
        map.off('zoomanim', spreadForZoom);
      };
    },
    [map, markers, offsets],
  );

  return offsets;
}

/** Each marker's offset at `zoom`, from the whole pixels Leaflet positions markers at. */
function spreadAtZoom(map: LeafletMap, markers: readonly SpreadMarker[], zoom: number) {
  const pixels = markers.map((m) => map.project(m.point, zoom).round());
  const spread = spreadMarkers(pixels, { spacing: MARKER_SPACING });
  return new Map(markers.map((m, i) => [m.id, spread[i] ?? NO_OFFSET]));
}
