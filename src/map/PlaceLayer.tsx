import type { LatLngTuple } from 'leaflet';
import { useMemo } from 'react';
import { useAppState, useStory } from '../state/hooks';
import type { Selection } from '../story/selection';
import type { Story } from '../story/types';
import { placePoint } from './firstView';
import { MapLabels } from './MapLabels';
import { PlaceDots } from './PlaceDots';
import { PlaceMarker } from './PlaceMarker';
import { SpreadPlaces } from './SpreadPlaces';
import { usePlacesInView } from './usePlacesInView';

/** Above this many places, dots go on a canvas and only some places keep DOM markers. */
export const DOM_MARKER_LIMIT = 400;
/** At most this many DOM markers for places in view (besides selected and related ones). */
export const IN_VIEW_CAP = 150;
/** At most this many DOM markers for the selected place and its related places. */
export const LINKED_CAP = 250;

/** Props of {@link PlaceLayer}. */
export interface PlaceLayerProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
}

/** Every place of the story on the map, as DOM markers or, for large stories, dots. */
export function PlaceLayer({ cut }: PlaceLayerProps) {
  const story = useStory();
  const points = useMemo(
    () => new Map(story.places.map((p) => [p.id, placePoint(p, cut) as LatLngTuple])),
    [story, cut],
  );
  const ranked = useMemo(() => rankPlaces(story), [story]);
  if (story.places.length <= DOM_MARKER_LIMIT) {
    return (
      <SpreadPlaces ranked={ranked} shown={ranked} points={points}>
        {story.places.map((p) => (
          <PlaceMarker key={p.id} place={p} point={points.get(p.id) as LatLngTuple} />
        ))}
        <MapLabels cut={cut} shown={ranked} points={points} />
      </SpreadPlaces>
    );
  }
  return <ManyPlaces story={story} points={points} ranked={ranked} cut={cut} />;
}

interface ManyPlacesProps {
  story: Story;
  points: ReadonlyMap<string, LatLngTuple>;
  ranked: readonly string[];
  cut: number;
}

/**
 * Dots for all places; DOM markers (with the DOM contract's attributes) for the selected and
 * related places and for the most linked places in view. A selection touches only its own
 * places, never all of them.
 */
function ManyPlaces({ story, points, ranked, cut }: ManyPlacesProps) {
  const inView = usePlacesInView(ranked, points, IN_VIEW_CAP);
  const selection = useAppState((s) => s.selection);
  const linked = useMemo(
    () => (selection ? linkedPlaces(story, selection).slice(0, LINKED_CAP) : []),
    [story, selection],
  );
  const shown = useMemo(() => [...new Set([...linked, ...inView])], [linked, inView]);

  return (
    <>
      <PlaceDots points={points} />
      <SpreadPlaces ranked={ranked} shown={shown} points={points}>
        {shown.map((id) => {
          const place = story.placeById.get(id);
          const point = points.get(id);
          return place && point ? <PlaceMarker key={id} place={place} point={point} /> : null;
        })}
        <MapLabels cut={cut} shown={shown} points={points} />
      </SpreadPlaces>
    </>
  );
}

/** Place ids, most linked first (events and quotes there), then in story order. */
export function rankPlaces(story: Story): readonly string[] {
  const weight = (id: string) => story.eventsForPlace(id).length + story.quotesForPlace(id).length;
  return story.places
    .map((p, i) => ({ id: p.id, w: weight(p.id), i }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((p) => p.id);
}

/** The selected place (if a place is selected) and the places related to the selection. */
export function linkedPlaces(story: Story, selection: Selection): string[] {
  const ids = selection.kind === 'place' ? [selection.id] : [];
  for (const key of story.relatedTo(selection)) {
    if (key.startsWith('place:')) ids.push(key.slice('place:'.length));
  }
  return ids;
}
