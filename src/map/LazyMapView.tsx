// Leaflet's styles travel with the page's own, so the map's arrival does not add a style sheet
// (which would restyle the whole document in the middle of start-up).
import { useT } from '../i18n/i18n';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { lazy, Suspense } from 'react';
import { useAfterPaint } from '../render/useAfterPaint';

let loading: Promise<typeof import('./MapView')> | null = null;
/** Fetches the map's chunk once, however many times it is asked for. */
const loadMap = () => {
  loading ??= import('./MapView');
  return loading;
};
const MapView = lazy(() => loadMap().then((module) => ({ default: module.MapView })));

/**
 * The map view, loaded in its own chunk (Leaflet, react-leaflet, d3-geo and the map's code)
 * once the other views have painted, so that Leaflet never delays the first render. Until it
 * arrives, an empty map panel with the same root, name and heading holds its place.
 */
export function LazyMapView() {
  const painted = useAfterPaint();
  return (
    <Suspense fallback={<MapPlaceholder />}>{painted ? <MapView /> : <MapPlaceholder />}</Suspense>
  );
}

function MapPlaceholder() {
  const t = useT();
  return (
    <section data-view="map" aria-label={t('map.label')} className="map-view" aria-busy="true">
      <div className="panel-heading map-view__heading">
        <h2 className="map-view__title">{t('map.title')}</h2>
      </div>
      <p className="map-view__placeholder" role="status">
        {t('map.loading')}
      </p>
    </section>
  );
}
