import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { afterNextPaint } from '../render/afterNextPaint';
import { useAppState, useStory } from '../state/hooks';
import type { Selection } from '../story/selection';
import { prefersReducedMotion } from '../ui/media';
import { type Bounds, placePoint } from './firstView';
import type { LatLon } from './greatCircle';
import { separatingZoom } from './placeZoom';
import { selectionBounds } from './targets';

/** Props of {@link FlyToSelection}. */
export interface FlyToSelectionProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
  /** The story's overview (see `firstViewBounds`), where the map returns when nothing is selected. */
  overview: Bounds;
  /** How the overview is fitted (padding, closest zoom). */
  overviewOptions: { padding: [number, number]; maxZoom: number };
}

/**
 * Never closer than this when going to a selection: the places stay in their setting, a region
 * with its towns, coast and borders around them (at 8, about 200 km across a phone's map).
 */
export const MAX_FLY_ZOOM = 8;
/** A single place is shown at least this close. */
export const PLACE_ZOOM = 5;
const PADDING: [number, number] = [40, 40];

/**
 * Moves the map to whatever is selected, in any view: a place, or the places of an event or a
 * quote. Animated, unless the reader prefers reduced motion or this is the first view.
 */
export function FlyToSelection({ cut, overview, overviewOptions }: FlyToSelectionProps) {
  const map = useMap();
  const story = useStory();
  const selection = useAppState((s) => s.selection);
  const allPoints = useMemo(() => story.places.map((p) => placePoint(p, cut)), [story, cut]);
  // `undefined` until the first run: a selection from the URL is shown without a flight.
  const shown = useRef<Selection | null | undefined>(undefined);
  // A move waiting for the selection's first paint; a newer selection or leaving cancels it.
  const pendingMove = useRef(() => {});
  useEffect(() => () => pendingMove.current(), []);

  useEffect(
    function flyToSelection() {
      const first = shown.current === undefined;
      const before = shown.current;
      if (before === selection) return;
      shown.current = selection;
      pendingMove.current();
      // The first view is drawn where it belongs. Later moves wait for the frame that shows the
      // new selection in every view: a flight starts a frame later, and stopping the one before
      // (which redraws the whole basemap) never delays that frame.
      const move = (run: () => void) => {
        if (first) run();
        else pendingMove.current = afterNextPaint(run);
      };
      if (!selection) {
        // Cleared (Esc, or a click on the selected item): back to the whole story.
        if (before) {
          move(() => {
            const animate = !prefersReducedMotion() && map.getSize().x > 0;
            map.fitBounds(overview, { ...overviewOptions, animate });
          });
        }
        return;
      }
      const bounds = selectionBounds(story, selection, cut);
      if (bounds) move(() => moveTo(map, bounds, allPoints, !first && !prefersReducedMotion()));
    },
    [map, story, cut, selection, allPoints, overview, overviewOptions],
  );

  return null;
}

/**
 * Shows `bounds` on the map. A single place (both corners meet) is shown close enough to stand
 * apart from its neighbours among `allPoints`, at a regional zoom: never closer than
 * `MAX_FLY_ZOOM` and never further out than `PLACE_ZOOM`, whatever the zoom before.
 */
export function moveTo(
  map: LeafletMap,
  bounds: Bounds,
  allPoints: readonly LatLon[],
  animate: boolean,
) {
  const [[south, west], [north, east]] = bounds;
  // A map with no size (hidden, or not laid out yet) cannot animate.
  const size = map.getSize();
  const canAnimate = animate && size.x > 0 && size.y > 0;
  if (south === north && west === east) {
    const apart = separatingZoom([south, west], allPoints) ?? PLACE_ZOOM;
    const wanted = Math.min(Math.max(apart, PLACE_ZOOM), MAX_FLY_ZOOM);
    // The place's own region, whatever the zoom before: never the street, never the world.
    const zoom = wanted;
    if (canAnimate) map.flyTo([south, west], zoom, { duration: 0.8 });
    else map.setView([south, west], zoom, { animate: false });
    return;
  }
  const box: LatLngBoundsExpression = bounds;
  const options = { padding: PADDING, maxZoom: MAX_FLY_ZOOM };
  if (canAnimate) map.flyToBounds(box, { ...options, duration: 0.8 });
  else map.fitBounds(box, { ...options, animate: false });
}
