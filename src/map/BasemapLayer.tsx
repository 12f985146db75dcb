import { detailRegions } from 'virtual:dayline-basemap';
import { type LatLngBounds, type Layer, polygon, polyline, type SVG, svg } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasShapes } from './atlasShapes';
import type { LatLon } from './greatCircle';
import { shiftLongitude } from './longitude';
import { ATLAS_FILES, useAtlas } from './useAtlas';
import { useMapView } from './useMapView';

/** Props of {@link BasemapLayer}. */
export interface BasemapLayerProps {
  /** The world at 1:110m: land and borders. */
  shapes: AtlasShapes;
  /** The meridian the map is cut at (see `chooseCut`), for the finer data. */
  cut: number;
}

const PANE = 'basemap';
const DETAIL_PANE = 'basemap-detail';
/** From this zoom on, the 1:110m coastline looks crude, so the 1:50m countries are drawn. */
export const DETAIL_ZOOM = 4;
/** From this zoom on, the 1:10m coastline and borders are drawn where the build cut them out. */
export const FINE_ZOOM = 6.5;

/**
 * Land and borders from Natural Earth, under everything else; no tiles, no outside requests.
 * The detail follows the zoom: 1:110m for the world, 1:50m closer in, and 1:10m around the
 * story's places (boxes written at build time, each fetched the first time the map shows it).
 * The 180° meridian is drawn where the map crosses it.
 */
export function BasemapLayer({ shapes, cut }: BasemapLayerProps) {
  const { zoom, bounds } = useMapView();
  const zoomedIn = useReached(zoom >= DETAIL_ZOOM);
  const medium = useAtlas(ATLAS_FILES.countries50m, cut, zoomedIn);
  const base = zoom >= DETAIL_ZOOM && medium.status === 'ready' ? medium.shapes : shapes;

  const renderer = usePaneRenderer(PANE);
  const detailRenderer = usePaneRenderer(DETAIL_PANE);
  const land = useMemo(
    () =>
      polygon(base.land, {
        renderer,
        interactive: false,
        className: 'map-land',
        weight: 0.75,
        fillOpacity: 1,
      }),
    [renderer, base.land],
  );
  const borders = useMemo(
    () =>
      polyline(base.borders, {
        renderer,
        interactive: false,
        className: 'map-borders',
        weight: 0.75,
      }),
    [renderer, base.borders],
  );
  const dateLine = useMemo(() => {
    const lon = shiftLongitude(180, cut);
    return polyline(
      [
        [-85, lon],
        [85, lon],
      ],
      { renderer, interactive: false, className: 'map-dateline', weight: 1 },
    );
  }, [renderer, cut]);
  useLayer(land);
  useLayer(borders);
  useLayer(dateLine);

  const fine = zoom >= FINE_ZOOM;
  const wanted = useWantedRegions(fine ? bounds : null, cut);
  return (
    <>
      {wanted.map((url) => (
        <DetailRegion key={url} url={url} cut={cut} shown={fine} renderer={detailRenderer} />
      ))}
    </>
  );
}

/** The files of the 1:10m boxes the map has shown so far (once wanted, kept). */
function useWantedRegions(view: LatLngBounds | null, cut: number): readonly string[] {
  const [wanted, setWanted] = useState<readonly string[]>([]);
  useEffect(
    function addRegionsInView() {
      if (!view) return;
      const inView = detailRegions
        .filter(({ box }) => boxMeetsView(box, view, cut))
        .map((r) => r.url);
      setWanted((before) => {
        const added = inView.filter((url) => !before.includes(url));
        return added.length > 0 ? [...before, ...added] : before;
      });
    },
    [view, cut],
  );
  return wanted;
}

/** Whether a box of detail (in any longitude frame) overlaps the view on the cut map. */
export function boxMeetsView(
  [west, south, east, north]: readonly [number, number, number, number],
  view: LatLngBounds,
  cut: number,
): boolean {
  const shift = shiftLongitude(west, cut) - west;
  return (
    south <= view.getNorth() &&
    north >= view.getSouth() &&
    west + shift <= view.getEast() &&
    east + shift >= view.getWest()
  );
}

interface DetailRegionProps {
  url: string;
  cut: number;
  shown: boolean;
  renderer: SVG;
}

/** One box of 1:10m detail: sea over the coarser land, then land, coastline and borders. */
function DetailRegion({ url, cut, shown, renderer }: DetailRegionProps) {
  const atlas = useAtlas(url, cut, true, 'detail');
  const layers = useMemo(() => {
    if (atlas.status !== 'ready') return [];
    const { sea = [], land, coast = [], borders } = atlas.shapes;
    const line = (points: LatLon[][], className: string, weight: number) =>
      polyline(points, { renderer, interactive: false, className, weight });
    return [
      // Cut at build time to a small box, these are drawn whole: Leaflet's own clipping of a
      // polygon already clipped to a box can fill across the water.
      polygon(sea, {
        renderer,
        interactive: false,
        className: 'map-detail-sea',
        stroke: false,
        noClip: true,
      }),
      polygon(land, {
        renderer,
        interactive: false,
        className: 'map-land map-land--detail',
        stroke: false,
        noClip: true,
        fillOpacity: 1,
      }),
      line(coast, 'map-coast', 0.75),
      line(borders, 'map-borders', 0.75),
    ];
  }, [atlas, renderer]);
  const map = useMap();
  useEffect(
    function showDetail() {
      if (!shown) return;
      for (const layer of layers) layer.addTo(map);
      return function hideDetail() {
        for (const layer of layers) layer.remove();
      };
    },
    [map, layers, shown],
  );
  return null;
}

/** An SVG renderer drawing into its own pane (created once), removed with the component. */
function usePaneRenderer(pane: string): SVG {
  const map = useMap();
  const renderer = useMemo(() => svg({ pane, padding: 0.5 }), [pane]);
  useEffect(
    function addRendererPane() {
      if (!map.getPane(pane)) map.createPane(pane);
      renderer.addTo(map);
      return function removeRenderer() {
        renderer.remove();
      };
    },
    [map, renderer, pane],
  );
  return renderer;
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

/** True once `now` has been true (and from then on). */
function useReached(now: boolean): boolean {
  const [reached, setReached] = useState(now);
  if (now && !reached) setReached(true);
  return reached || now;
}
