import type { LeafletEventHandlerFnMap, PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { CircleMarker, Pane } from 'react-leaflet';
import { happeningAt } from '../play/dayEvents';
import { useClockPhase, usePlayClock } from '../play/usePlayClock';
import { useStory } from '../state/hooks';
import { placePoint } from './firstView';

/** At most this many rings at once. */
export const MAX_RINGS = 24;

/**
 * The rings' own pane (over the routes, under the markers), so Leaflet draws them in an SVG of
 * their own: a ring coming or going repaints the rings, not every route line.
 */
const RINGS_PANE = 'active-places';
const RINGS_Z = 450;

const SURE: PathOptions = { className: 'active-place' };
const MAYBE: PathOptions = { className: 'active-place active-place--maybe', dashArray: '4 4' };

/** Props of {@link ActivePlaces}. */
export interface ActivePlacesProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
}

/**
 * While the day plays, a ring around each place where something is happening at the playhead's
 * time (dashed while that is only known by order). Follows the play clock, re-rendering only when
 * the set of rings changes, and then only the rings that came, went or changed.
 */
export function ActivePlaces({ cut }: ActivePlacesProps) {
  const clock = usePlayClock();
  // The rings as one string ("id:1 id:0"), so an unchanged set re-renders nothing.
  const key = useClockPhase(
    (t) => {
      if (t === null) return '';
      const rings = new Map<string, boolean>();
      // The latest events first, and a limit: a crowded story must not ring half the map.
      for (const { event, phase } of happeningAt(clock.model, t).reverse()) {
        if (rings.size >= MAX_RINGS) break;
        for (const id of event.placeIds) rings.set(id, (rings.get(id) ?? false) || phase === 'now');
      }
      return [...rings].map(([id, sure]) => `${id}:${sure ? 1 : 0}`).join(' ');
    },
    [clock],
  );
  const active = useMemo(
    () =>
      key
        ? key.split(' ').map((ring): [string, boolean] => {
            const at = ring.lastIndexOf(':');
            return [ring.slice(0, at), ring.slice(at + 1) === '1'];
          })
        : [],
    [key],
  );
  return (
    <Pane name={RINGS_PANE} style={{ zIndex: RINGS_Z, pointerEvents: 'none' }}>
      {active.map(([id, sure]) => (
        <Ring key={id} id={id} sure={sure} cut={cut} />
      ))}
    </Pane>
  );
}

/** One ring; re-rendered only when its own props change (react-leaflet then updates its path). */
const Ring = memo(function Ring({ id, sure, cut }: { id: string; sure: boolean; cut: number }) {
  const story = useStory();
  const place = story.placeById.get(id);
  const center = useMemo(() => (place ? placePoint(place, cut) : null), [place, cut]);
  const eventHandlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({ add: (e) => e.target.getElement()?.setAttribute('data-active-place-id', id) }),
    [id],
  );
  if (!center) return null;
  return (
    <CircleMarker
      center={center}
      radius={16}
      interactive={false}
      pathOptions={sure ? SURE : MAYBE}
      eventHandlers={eventHandlers}
    />
  );
});
