import type { ZoneChoice } from '../state/store';
import type { Story, StoryEvent, StoryQuote, TourStop } from '../story/model';
import { formatEventTime, resolveZone } from '../story/zone';

/** A quote as the stop card shows it. */
export interface StopQuote {
  readonly id: string;
  readonly text: string;
  readonly speaker: string;
  /** Speaker's side (`us`, `russia`, …), told by shape as well as colour. */
  readonly side?: string;
  readonly occasion?: string;
}

/** Everything a stop card or the presenter view shows for one tour stop. */
export interface StopContent {
  /** 0-based position in the tour. */
  readonly index: number;
  readonly total: number;
  /** What kind of item the stop selects, in words: `Event`, `Place`, `Quote`. */
  readonly kindLabel: string;
  /** The item's title, a place's name, or a quote's speaker. */
  readonly title: string;
  /** The time in the chosen zone, never more exact than the source (`≈ 10:20 AKDT`). */
  readonly time?: string;
  /** Where it happened: the names of the item's places. */
  readonly where?: string;
  readonly note?: string;
  /** The stop's quote, or the first quote of its event or place. */
  readonly quote?: StopQuote;
}

/**
 * Describes one tour stop. The time of a quote is that of its first listed event (where it was
 * said), of a place that of its earliest event; a stop whose item is missing still shows its note.
 */
export function describeStop(story: Story, index: number, zone: ZoneChoice): StopContent | null {
  const stop = story.tour[index];
  if (!stop) return null;
  const base = { index, total: story.tour.length, note: stop.note };
  const quote = stopQuote(story, stop);
  const event = stopEvent(story, stop);
  const time = event ? formatEventTime(event, resolveZone(zone, story), story.date) : undefined;
  const { kind, id } = stop.selection;
  if (kind === 'event') {
    return {
      ...base,
      kindLabel: 'Event',
      title: event?.title ?? id,
      time,
      where: placeNames(story, event?.placeIds),
      quote,
    };
  }
  if (kind === 'place') {
    const place = story.placeById.get(id);
    return { ...base, kindLabel: 'Place', title: place?.name ?? id, time, quote };
  }
  return {
    ...base,
    kindLabel: 'Quote',
    title: quote?.speaker ?? id,
    time,
    where: placeNames(story, story.quoteById.get(id)?.placeIds),
    quote,
  };
}

function stopEvent(story: Story, stop: TourStop): StoryEvent | undefined {
  const { kind, id } = stop.selection;
  if (kind === 'event') return story.eventById.get(id);
  if (kind === 'place') return story.eventsForPlace(id)[0];
  // A quote's first listed event is where it was said (its occasion); later ones are what it
  // speaks about, which may be earlier in the day.
  const ids = story.quoteById.get(id)?.eventIds ?? [];
  return ids.map((e) => story.eventById.get(e)).find((e) => e !== undefined);
}

function stopQuote(story: Story, stop: TourStop): StopQuote | undefined {
  const { kind, id } = stop.selection;
  const quote =
    kind === 'quote'
      ? story.quoteById.get(id)
      : kind === 'event'
        ? story.quotesForEvent(id)[0]
        : story.quotesForPlace(id)[0];
  return quote ? toStopQuote(story, quote) : undefined;
}

function toStopQuote(story: Story, quote: StoryQuote): StopQuote {
  const speaker = story.personById.get(quote.speakerId);
  const occasion = quote.occasion ?? story.eventById.get(quote.eventIds[0] ?? '')?.title;
  return {
    id: quote.id,
    text: quote.text,
    speaker: speaker?.name ?? quote.speakerId,
    side: speaker?.side,
    occasion,
  };
}

function placeNames(story: Story, ids: readonly string[] | undefined): string | undefined {
  const names = (ids ?? []).flatMap((id) => story.placeById.get(id)?.name ?? []);
  return names.length ? names.join(', ') : undefined;
}
