import type { LatLngBounds } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

/** The map's zoom and bounds once it has settled. */
export interface MapViewState {
  readonly zoom: number;
  readonly bounds: LatLngBounds;
}

/**
 * The map's zoom and bounds, updated when a pan or zoom ends (never on every frame of one), so
 * what depends on them (which basemap to draw, which names fit) is worked out once per move.
 */
export function useMapView(): MapViewState {
  const map = useMap();
  const [view, setView] = useState<MapViewState>(() => ({
    zoom: map.getZoom(),
    bounds: map.getBounds(),
  }));
  useEffect(
    function followMapView() {
      const update = () => setView({ zoom: map.getZoom(), bounds: map.getBounds() });
      update();
      map.on('moveend resize', update);
      return function stopFollowingMapView() {
        map.off('moveend resize', update);
      };
    },
    [map],
  );
  return view;
}
