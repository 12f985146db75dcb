import type { StoryPlace } from '../story/model';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A marker's accessible name: the place's name first, then its kind and what is linked to it,
 * e.g. "Moscow Kremlin, capital — 1 event, 2 quotes".
 */
export function placeLabel(place: StoryPlace, events: number, quotes: number): string {
  const name = place.kind ? `${place.name}, ${place.kind}` : place.name;
  const links = [
    events > 0 ? count(events, 'event', 'events') : '',
    quotes > 0 ? count(quotes, 'quote', 'quotes') : '',
  ].filter(Boolean);
  return links.length > 0 ? `${name} — ${links.join(', ')}` : name;
}
