import { isTimeUnknown } from '../story/build';
import { formatEventTime, isApprox, precisionLabel } from '../story/eventTime';
import type { Story, StoryEvent } from '../story/types';
import { dayKey } from '../time/zone';

/** The event's place names, joined: `Air base, Capital city`. */
export function placeNames(event: StoryEvent, story: Pick<Story, 'placeById'>): string {
  return event.placeIds
    .map((id) => story.placeById.get(id)?.name)
    .filter((name): name is string => !!name)
    .join(', ');
}

/** The event's time in the zone, with the date only where it is not the day of the story there. */
export function eventTime(
  event: StoryEvent,
  story: Pick<Story, 'dayExtent'>,
  zone: string,
): string {
  return formatEventTime(event, zone, dayKey(story.dayExtent[0], zone));
}

/** The time with its precision spelled out, for the tooltip: `≈ 10:20 AKDT (± 5 min)`. */
export function eventTimeWithPrecision(
  event: StoryEvent,
  story: Pick<Story, 'dayExtent'>,
  zone: string,
): string {
  const precision = precisionLabel(event);
  const time = eventTime(event, story, zone);
  return precision ? `${time} (${precision})` : time;
}

/**
 * The accessible name of an event's mark or chip: title first, then the time and the place,
 * e.g. `Talks, ≈ 11:30–14:15 AKDT, Air base`.
 */
export function eventName(
  event: StoryEvent,
  story: Pick<Story, 'dayExtent' | 'placeById'>,
  zone: string,
): string {
  const place = placeNames(event, story);
  return [event.title, eventTime(event, story, zone), place].filter(Boolean).join(', ');
}

/**
 * The date on a context chip: the first part of the event's time as its accessible name gives it
 * (`1942–1945`, `22 Oct 1946`), so the chip's text stays a part of its name; `≈` when uncertain.
 */
export function chipDate(event: StoryEvent, story: Pick<Story, 'dayExtent'>, zone: string): string {
  // What is known instead of a time ("date not set") is said whole, without a "≈".
  if (isTimeUnknown(event)) return eventTime(event, story, zone);
  const [first = ''] = eventTime(event, story, zone).split(', ');
  return isApprox(event) && !first.startsWith('≈') ? `≈ ${first}` : first;
}
