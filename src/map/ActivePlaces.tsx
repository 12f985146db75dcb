import { useMemo } from 'react';
import { CircleMarker } from 'react-leaflet';
import { parseT } from '../play/clock';
import { happeningAt } from '../play/dayEvents';
import { usePlayClock } from '../play/usePlayClock';
import { useAppState, useStory } from '../state/hooks';
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
 * time (dashed while that is only known by order). Follows the store's `t`, a few times a second.
 */
export function ActivePlaces({ cut }: ActivePlacesProps) {
  const story = useStory();
  const clock = usePlayClock();
  const t = parseT(useAppState((s) => s.t));
  const active = useMemo(() => {
    if (t === null) return [];
    const rings = new Map<string, boolean>();
    // The latest events first, and a limit: a crowded story must not ring half the map.
    for (const { event, phase } of happeningAt(clock.model, t).reverse()) {
      if (rings.size >= MAX_RINGS) break;
      for (const id of event.placeIds) rings.set(id, (rings.get(id) ?? false) || phase === 'now');
    }
    return [...rings];
  }, [t, clock]);
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
