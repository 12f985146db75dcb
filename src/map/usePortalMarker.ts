import { divIcon, type LatLngTuple, marker } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

/** Markers are sized by their content; Leaflet only positions the empty box. */
const EMPTY_ICON = divIcon({ className: 'map-marker', html: '', iconSize: [0, 0] });

/**
 * A Leaflet marker whose element React fills through a portal: Leaflet positions it, React
 * renders everything inside. Returns the element once the marker is on the map (a new one each
 * time it is added again).
 */
export function usePortalMarker(point: LatLngTuple, zIndexOffset: number): HTMLElement | null {
  const map = useMap();
  const [leafletMarker] = useState(() =>
    marker(point, { icon: EMPTY_ICON, interactive: false, keyboard: false, zIndexOffset }),
  );
  const [element, setElement] = useState<HTMLElement | null>(null);

  useEffect(
    function addMarker() {
      leafletMarker.addTo(map);
      setElement(leafletMarker.getElement() ?? null);
      return function removeMarker() {
        leafletMarker.remove();
        setElement(null);
      };
    },
    [map, leafletMarker],
  );

  const [lat, lon] = point;
  useEffect(
    function moveMarker() {
      leafletMarker.setLatLng([lat, lon]);
    },
    [leafletMarker, lat, lon],
  );

  useEffect(
    function raiseMarker() {
      leafletMarker.setZIndexOffset(zIndexOffset);
    },
    [leafletMarker, zIndexOffset],
  );

  return element;
}
