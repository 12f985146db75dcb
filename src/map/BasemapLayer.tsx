import { type Layer, polygon, polyline, svg } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasShapes } from './atlasShapes';
import { ATLAS_FILES, useAtlas } from './useAtlas';

/** Props of {@link BasemapLayer}. */
export interface BasemapLayerProps {
  /** The world at 1:110m: land and borders. */
  shapes: AtlasShapes;
  /** The meridian the map is cut at (see `chooseCut`), for the finer land. */
  cut: number;
}

const PANE = 'basemap';
/** From this zoom on, the 1:110m coastline looks crude, so the 1:50m land is loaded. */
export const DETAIL_ZOOM = 4;

/**
 * Land and borders from Natural Earth, under everything else; no tiles, no outside requests.
 * Once the reader zooms in, the finer 1:50m land replaces the coarse one.
 */
export function BasemapLayer({ shapes, cut }: BasemapLayerProps) {
  const map = useMap();
  const zoomedIn = useZoomReached(DETAIL_ZOOM);
  const detail = useAtlas(ATLAS_FILES.land50m, cut, zoomedIn);
  const landRings = detail.status === 'ready' ? detail.shapes.land : shapes.land;

  const renderer = useMemo(() => svg({ pane: PANE, padding: 0.5 }), []);
  const land = useMemo(
    () =>
      polygon(landRings, {
        renderer,
        interactive: false,
        className: 'map-land',
        weight: 0.75,
        fillOpacity: 1,
        attribution: 'Natural Earth',
      }),
    [renderer, landRings],
  );
  const borders = useMemo(
    () =>
      polyline(shapes.borders, {
        renderer,
        interactive: false,
        className: 'map-borders',
        weight: 0.5,
      }),
    [renderer, shapes.borders],
  );

  useEffect(
    function addBasemapPane() {
      if (!map.getPane(PANE)) map.createPane(PANE);
      renderer.addTo(map);
      return function removeBasemapRenderer() {
        renderer.remove();
      };
    },
    [map, renderer],
  );
  useLayer(land);
  useLayer(borders);

  return null;
}

/** Keeps a Leaflet layer on the map while it is the current one. */
function useLayer(layer: Layer) {
  const map = useMap();
  useEffect(
    function addLayer() {
      layer.addTo(map);
      return function removeLayer() {
        layer.remove();
      };
    },
    [map, layer],
  );
}

/** True once the map has been zoomed to `zoom` or closer (and from then on). */
function useZoomReached(zoom: number): boolean {
  const map = useMap();
  const [reached, setReached] = useState(() => map.getZoom() >= zoom);
  useEffect(
    function watchZoom() {
      if (reached) return;
      const check = () => {
        if (map.getZoom() >= zoom) setReached(true);
      };
      map.on('zoomend', check);
      return function stopWatchingZoom() {
        map.off('zoomend', check);
      };
    },
    [map, zoom, reached],
  );
  return reached;
}
