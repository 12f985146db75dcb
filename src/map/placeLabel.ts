import type { StoryPlace } from '../story/types';

import { count, nouns } from '../words/plural';

/**
 * A marker's accessible name: the place's name first, then its kind and what is linked to it,
 * e.g. "Moscow Kremlin, capital — 1 event, 2 quotes".
 */
export function placeLabel(place: StoryPlace, events: number, quotes: number): string {
  const name = place.kind ? `${place.name}, ${place.kind}` : place.name;
  const links = [
    events > 0 ? count(events, nouns('event')) : '',
    quotes > 0 ? count(quotes, nouns('quote')) : '',
  ].filter(Boolean);
  return links.length > 0 ? `${name} — ${links.join(', ')}` : name;
}
