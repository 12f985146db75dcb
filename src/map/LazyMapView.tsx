import './map.css';
import { lazy, Suspense } from 'react';

// Requested as soon as this module runs, so Leaflet downloads while the story loads, but stays
// out of the JavaScript the first render needs.
const loading = import('./MapView');
const MapView = lazy(() => loading.then((module) => ({ default: module.MapView })));

/**
 * The map view, loaded in its own chunk (Leaflet, react-leaflet, d3-geo and the map's code). Until
 * it arrives, an empty map panel with the same root, name and heading holds its place.
 */
export function LazyMapView() {
  return (
    <Suspense fallback={<MapPlaceholder />}>
      <MapView />
    </Suspense>
  );
}

function MapPlaceholder() {
  return (
    <section data-view="map" aria-label="Map of the places" className="map-view" aria-busy="true">
      <div className="panel-heading map-view__heading">
        <h2 className="map-view__title">Map</h2>
      </div>
      <p className="map-view__placeholder" role="status">
        Loading the map…
      </p>
    </section>
  );
}
