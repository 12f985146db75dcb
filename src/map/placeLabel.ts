import type { Translate } from '../i18n/i18n';
import type { StoryPlace } from '../story/types';

/**
 * A marker's accessible name: the place's name first, then its kind and what is linked to it,
 * e.g. "Moscow Kremlin, capital — 1 event, 2 quotes" (the kind in words, in the reader's language
 * where the story gives it).
 */
export function placeLabel(
  place: StoryPlace,
  events: number,
  quotes: number,
  t: Translate,
): string {
  const name = place.kindText
    ? t('map.placeKind', { name: place.name, kind: place.kindText })
    : place.name;
  const links = [
    events > 0 ? t('count.events', { n: events }) : '',
    quotes > 0 ? t('count.quotes', { n: quotes }) : '',
  ].filter(Boolean);
  return links.length > 0 ? t('map.placeLinks', { name, links: links.join(', ') }) : name;
}
