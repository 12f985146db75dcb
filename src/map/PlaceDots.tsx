import {
  type CircleMarker,
  canvas,
  circleMarker,
  featureGroup,
  type LatLngTuple,
  type LeafletEvent,
  type Map as LeafletMap,
  svg,
} from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { useAppState, useSelect } from '../state/hooks';
import { subscribeMedia } from '../ui/media';
import { canvasSupported } from './canvasSupport';

/** Props of {@link PlaceDots}. */
export interface PlaceDotsProps {
  /** Every place's point on the cut map, by id. */
  points: ReadonlyMap<string, LatLngTuple>;
}

const PANE = 'place-dots';
/** Used until the theme's colour can be read from the page. */
const FALLBACK_COLOUR = '#57534b';

/**
 * Every place as a small dot on one shared canvas, for stories with too many places for DOM
 * markers. The dots never change per selection: all of them recede together (one class on their
 * pane) while the selected and related places get DOM markers on top. Clicking a dot selects it.
 */
export function PlaceDots({ points }: PlaceDotsProps) {
  const map = useMap();
  const select = useSelect();
  const dimmed = useAppState((s) => s.selection !== null);

  const dots = useMemo(() => {
    const renderer = canvasSupported() ? canvas({ pane: PANE, padding: 0.2 }) : svg({ pane: PANE });
    const group = featureGroup();
    const idOf = new WeakMap<object, string>();
    const colour = themeColour(map);
    for (const [id, point] of points) {
      const dot = circleMarker(point, {
        renderer,
        radius: 3.5,
        weight: 1,
        color: colour,
        fillColor: colour,
        fillOpacity: 0.85,
        className: 'place-dot',
      });
      idOf.set(dot, id);
      group.addLayer(dot);
    }
    return { renderer, group, idOf };
  }, [map, points]);

  useEffect(
    function addDots() {
      if (!map.getPane(PANE)) map.createPane(PANE);
      const { renderer, group, idOf } = dots;
      const repaint = () => {
        const colour = themeColour(map);
        group.setStyle({ color: colour, fillColor: colour });
      };
      const selectDot = (event: LeafletEvent) => {
        const id = idOf.get(
          (event as LeafletEvent & { propagatedFrom: CircleMarker }).propagatedFrom,
        );
        if (id) select({ kind: 'place', id });
      };
      group.addTo(map);
      group.on('click', selectDot);
      // Canvas colours are fixed when drawn, so a switch to dark mode repaints them.
      const stopFollowingScheme = subscribeMedia('(prefers-color-scheme: dark)', repaint);
      return function removeDots() {
        stopFollowingScheme();
        group.off('click', selectDot);
        group.remove();
        renderer.remove();
      };
    },
    [map, dots, select],
  );

  useEffect(
    function dimDotsWhileSomethingIsSelected() {
      map.getPane(PANE)?.classList.toggle('is-dimmed', dimmed);
    },
    [map, dimmed],
  );

  return null;
}

/** Canvas cannot read CSS variables, so the dots take the theme's muted text colour by value. */
function themeColour(map: LeafletMap): string {
  const value = getComputedStyle(map.getContainer()).getPropertyValue('--text-muted').trim();
  return value || FALLBACK_COLOUR;
}
