import { useItemState, useSelect, useStory } from '../state/hooks';
import type { StoryPlace } from '../story/model';

/** Placeholder map: a list of places (replaced by the Leaflet map). */
export function MapView() {
  const story = useStory();
  return (
    <section data-view="map" aria-label="Map">
      {story.places.map((p) => (
        <PlaceItem key={p.id} place={p} />
      ))}
    </section>
  );
}

function PlaceItem({ place }: { place: StoryPlace }) {
  const state = useItemState('place', place.id);
  const select = useSelect();
  return (
    <button type="button" data-place-id={place.id} data-state={state} onClick={() => select({ kind: 'place', id: place.id })}>
      {place.name}
    </button>
  );
}
