// Leaflet's styles travel with the page's own, so the map's arrival does not add a style sheet
// (which would restyle the whole document in the middle of start-up).
import { useT } from '../i18n/i18n';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { lazy, type Ref, Suspense, useState } from 'react';
import { useAfterPaint } from '../render/useAfterPaint';
import { useNearViewport } from '../render/useNearViewport';

let loading: Promise<typeof import('./MapView')> | null = null;
/** Resolves in a task of its own (a message, not a timer: no 4 ms clamp, no throttling). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
/**
 * Fetches the map's chunks once, however many times it is asked for. Leaflet is evaluated first,
 * in a task of its own (its feature tests alone are a long task on a slow phone); the map's own
 * code then evaluates in the next one, so that neither blocks the page for long.
 */
const loadMap = () => {
  loading ??= import('leaflet').then(nextTask).then(() => import('./MapView'));
  return loading;
};
const MapView = lazy(() => loadMap().then((module) => ({ default: module.MapView })));

/**
 * The map view, loaded in its own chunk (Leaflet, react-leaflet, d3-geo and the map's code)
 * once the other views have painted, so that Leaflet never delays the first render, and once
 * the map's panel is near the view: on a phone, where it sits below the timeline, it comes in as
 * the reader scrolls towards it. Until it arrives, an empty map panel with the same root, name
 * and heading holds its place.
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
