import { useMemo } from 'react';
import { CircleMarker } from 'react-leaflet';
import { happeningAt } from '../play/dayEvents';
import { useClockPhase, usePlayClock } from '../play/usePlayClock';
import { useStory } from '../state/hooks';
import { placePoint } from './firstView';

/** At most this many rings at once. */
export const MAX_RINGS = 24;

/** Props of {@link ActivePlaces}. */
export interface ActivePlacesProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
}

/**
 * While the day plays, a ring around each place where something is happening at the playhead's
 * time (dashed while that is only known by order). Follows the play clock, re-rendering only when
 * the set of rings changes.
 */
export function ActivePlaces({ cut }: ActivePlacesProps) {
  const story = useStory();
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
  return active.map(([id, sure]) => {
    const place = story.placeById.get(id);
    if (!place) return null;
    return (
      <CircleMarker
        key={id}
        center={placePoint(place, cut)}
        radius={16}
        interactive={false}
        pathOptions={{
          className: sure ? 'active-place' : 'active-place active-place--maybe',
          dashArray: sure ? undefined : '4 4',
        }}
        eventHandlers={{
          add: (e) => e.target.getElement()?.setAttribute('data-active-place-id', id),
        }}
      />
    );
  });
}
