import type { Selection } from '../story/selection';
import type { Story } from '../story/types';
import { type Bounds, boundsOf, placePoint } from './firstView';

/** The ids of the places a selection shows on the map. */
export function placesOf(story: Story, selection: Selection): readonly string[] {
  if (selection.kind === 'place') return story.placeById.has(selection.id) ? [selection.id] : [];
  if (selection.kind === 'event') return story.eventById.get(selection.id)?.placeIds ?? [];
  const quote = story.quoteById.get(selection.id);
  if (!quote) return [];
  if (quote.placeIds.length > 0) return quote.placeIds;
  // A quote without a place of its own is shown where its events happened.
  return [...new Set(quote.eventIds.flatMap((id) => story.eventById.get(id)?.placeIds ?? []))];
}

/** Where the map goes when something is selected: the box around its places, if any. */
export function selectionBounds(
  story: Story,
  selection: Selection,
  cut: number,
): Bounds | undefined {
  return boundsOf(
    placesOf(story, selection).flatMap((id) => {
      const place = story.placeById.get(id);
      return place ? [placePoint(place, cut)] : [];
    }),
  );
}
