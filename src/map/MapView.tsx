import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { AttributionControl, MapContainer, ZoomControl } from 'react-leaflet';
import { useT } from '../i18n/i18n';
import { useAfterPaint } from '../render/useAfterPaint';
import { useStory } from '../state/hooks';
import { prefersReducedMotion } from '../ui/media';
import { ActivePlaces } from './ActivePlaces';
import { BasemapLayer } from './BasemapLayer';
import { FlyToSelection } from './FlyToSelection';
import { type Bounds, firstViewBounds } from './firstView';
import { chooseCut } from './longitude';
import { MapLegend } from './MapLegend';
import { MapSetup } from './MapSetup';
import { MapStatus } from './MapStatus';
import { MovingParties } from './MovingParties';
import { DOM_MARKER_LIMIT, PlaceLayer } from './PlaceLayer';
import { RouteLines } from './RouteLines';
import { ATLAS_FILES, useAtlas } from './useAtlas';

/** The first view never zooms closer than this, even for a story in one town. */
const FIRST_VIEW = { padding: [24, 24] as [number, number], maxZoom: 9 };
/** A credit for Leaflet with no image, so nothing is fetched and no flag is shown. */
const LEAFLET_CREDIT = '<a href="https://leafletjs.com">Leaflet</a>';
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * The map of the story's places: Natural Earth land drawn continuously across the 180° meridian,
 * a marker for every place, routes as great circles, all linked to the one selection.
 */
export function MapView() {
  const story = useStory();
  const t = useT();
  const cut = useMemo(() => chooseCut(story.places.map((p) => p.lon)), [story]);
  const firstView = useMemo(() => firstViewBounds(story, cut), [story, cut]);
  const atlas = useAtlas(ATLAS_FILES.countries110m, cut);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const layersShown = useAfterPaint();
  const credits = `${LEAFLET_CREDIT} | ${t('map.credit', { link: NATURAL_EARTH })}`;

  function resetMap() {
    map?.fitBounds(firstView, { ...FIRST_VIEW, animate: !prefersReducedMotion() });
  }

  return (
    <section
      data-view="map"
      aria-label={t('map.label')}
      className="map-view"
      aria-busy={layersShown ? undefined : true}
    >
      <div className="panel-heading map-view__heading">
        <h2 className="map-view__title">{t('map.title')}</h2>
        <button type="button" className="button button--quiet map-view__reset" onClick={resetMap}>
          {t('map.reset')}
        </button>
      </div>
      <div className="map-view__frame">
        <MapContainer
          ref={setMap}
          className="map-view__map"
          bounds={firstView}
          boundsOptions={FIRST_VIEW}
          minZoom={1}
          maxZoom={12}
          zoomSnap={0.25}
          worldCopyJump={false}
          attributionControl={false}
          zoomControl={false}
        >
          <MapSetup />
          <ZoomControl
            key={t('map.zoomIn')}
            position="topleft"
            zoomInTitle={t('map.zoomIn')}
            zoomOutTitle={t('map.zoomOut')}
          />
          {/* Both credits from the start: a line that grew when the basemap arrived would shift. */}
          <AttributionControl key={credits} position="bottomright" prefix={credits} />
          {atlas.status === 'ready' && <BasemapLayer shapes={atlas.shapes} cut={cut} />}
          {layersShown && <MapLayers cut={cut} overview={firstView} />}
        </MapContainer>
        <MapStatus atlas={atlas} />
      </div>
      <MapLegend dots={story.places.length > DOM_MARKER_LIMIT} />
    </section>
  );
}

/**
 * Routes and places, drawn once the empty map has painted: creating the Leaflet map and drawing
 * its layers are then two short tasks instead of one long one.
 */
function MapLayers({ cut, overview }: { cut: number; overview: Bounds }) {
  return (
    <>
      <RouteLines cut={cut} />
      <PlaceLayer cut={cut} />
      <FlyToSelection cut={cut} overview={overview} overviewOptions={FIRST_VIEW} />
      <ActivePlaces cut={cut} />
      <MovingParties cut={cut} />
    </>
  );
}
