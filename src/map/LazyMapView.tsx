// Leaflet's styles travel with the page's own, so the map's arrival does not add a style sheet
// (which would restyle the whole document in the middle of start-up).
import { useT } from '../i18n/i18n';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { lazy, type Ref, Suspense, useState } from 'react';
import { useAfterPaint } from '../render/useAfterPaint';
import { useNearViewport } from '../render/useNearViewport';
import { loadMap } from './loadMap';

const MapView = lazy(() => loadMap().then((module) => ({ default: module.MapView })));

/**
 * The map view, loaded in its own chunk (Leaflet, react-leaflet and the map's code) and drawn
 * once the other views have painted, so that Leaflet never delays the first render, and once
 * the map's panel is near the view: on a phone, where it sits below the timeline, it comes in as
 * the reader scrolls towards it. Where the map is in the first screen, its code was fetched
 * while the story loaded (`prefetchMapFor`), so only the drawing is left. Until it arrives, an
 * empty map panel with the same root, name and heading holds its place.
 */
export function LazyMapView() {
  const painted = useAfterPaint();
  const [placeholder, setPlaceholder] = useState<HTMLElement | null>(null);
  const near = useNearViewport(placeholder);
  return (
    <Suspense fallback={<MapPlaceholder />}>
      {painted && near ? <MapView /> : <MapPlaceholder ref={setPlaceholder} />}
    </Suspense>
  );
}

function MapPlaceholder({ ref }: { ref?: Ref<HTMLElement> }) {
  const t = useT();
  return (
    <section
      ref={ref}
      data-view="map"
      aria-label={t('map.label')}
      className="map-view"
      aria-busy="true"
    >
      <div className="panel-heading map-view__heading">
        <h2 className="map-view__title">{t('map.title')}</h2>
      </div>
      <p className="map-view__placeholder" role="status">
        {t('map.loading')}
      </p>
    </section>
  );
}
