import { itemKey, type Selection } from '../story/selection';
import type { ItemState, Story, StoryRoute } from '../story/types';

/**
 * How a route is drawn for a selection. Routes are not selectable themselves: a route is
 * `related` when the selection is one of its events or places, or is linked to one of them;
 * otherwise `unrelated`, and `idle` while nothing is selected.
 */
export function routeState(
  story: Story,
  route: StoryRoute,
  selection: Selection | null,
): ItemState {
  if (!selection) return 'idle';
  const related = story.relatedTo(selection);
  const selected = itemKey(selection.kind, selection.id);
  const touches = (key: ReturnType<typeof itemKey>) => key === selected || related.has(key);
  const events = route.eventIds ?? [];
  const places = route.placeIds ?? [];
  return events.some((id) => touches(itemKey('event', id))) ||
    places.some((id) => touches(itemKey('place', id)))
    ? 'related'
    : 'unrelated';
}
