import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './harness/paths';

/** The story the app shows by default; tests derive what should light up from it. */
export const DEFAULT_STORY_FILE = resolve(ROOT, 'data/alaska-summit-2025.json');

interface Linkable {
  id: string;
  placeIds?: string[];
  eventIds?: string[];
}
interface RawLinks {
  events: Linkable[];
  places: Linkable[];
  quotes: Linkable[];
}

/** Ids of the items directly linked to one item, by kind. */
export interface Linked {
  events: Set<string>;
  places: Set<string>;
  quotes: Set<string>;
}

let cache: RawLinks | undefined;

function story(): RawLinks {
  cache ??= JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as RawLinks;
  return cache;
}

/**
 * What DESIGN.md says is related to an item of the default story, read straight from the dataset
 * (not through the app's model): a quote to its events and places; an event to its places and
 * quotes; a place to its events and quotes.
 */
export function linkedTo(kind: 'event' | 'place' | 'quote', id: string): Linked {
  const { events, places, quotes } = story();
  const ids = (list: Linkable[], keep: (x: Linkable) => boolean) =>
    new Set(list.filter(keep).map((x) => x.id));
  if (kind === 'event') {
    const event = events.find((e) => e.id === id);
    return {
      events: new Set(),
      places: ids(places, (p) => !!event?.placeIds?.includes(p.id)),
      quotes: ids(quotes, (q) => !!q.eventIds?.includes(id)),
    };
  }
  if (kind === 'place') {
    return {
      events: ids(events, (e) => !!e.placeIds?.includes(id)),
      places: new Set(),
      quotes: ids(quotes, (q) => !!q.placeIds?.includes(id)),
    };
  }
  const quote = quotes.find((q) => q.id === id);
  return {
    events: ids(events, (e) => !!quote?.eventIds?.includes(e.id)),
    places: ids(places, (p) => !!quote?.placeIds?.includes(p.id)),
    quotes: new Set(),
  };
}
