import { tr } from '../i18n/i18n';
import { resolveZone, type ZoneChoice } from '../time/zone';
import { inQuoteMarks } from '../words/quoteMarks';
import { formatEventTime } from './eventTime';
import { quoteStart } from './quoteLabel';
import { languageName, quoteLang, shownQuote } from './translationLabel';
import type { Story, StoryEvent, StoryQuote, TourStop } from './types';

/** A quote as the stop card shows it: in the reader's language, saying when it is translated. */
export interface StopQuote {
  readonly id: string;
  /** The words shown: the original, or the translation into the reader's language. */
  readonly text: string;
  /** Language of `text` (BCP 47), set as `lang` on it. */
  readonly lang: string;
  /** `Translated from Russian · Kremlin`, when `text` is a translation. */
  readonly line?: string;
  /** The words as spoken, when `text` is a translation (the handout prints them under it). */
  readonly original?: { readonly text: string; readonly lang: string; readonly language: string };
  /** A translation shown beside the original when none was sourced in the reader's language. */
  readonly also?: { readonly text: string; readonly lang: string; readonly line: string };
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
  /**
   * The item's title, a place's name, or for a quote the event it was said at and its speaker
   * (`Statements to the press — Donald Trump`).
   */
  readonly title: string;
  /**
   * The title in the list of every stop, which must tell two stops apart: for a quote the title
   * and the start of its words.
   */
  readonly listTitle: string;
  /**
   * The time in the chosen zone, never more exact than the source (`≈ 10:20 AKDT`); for an
   * order-only event what is known instead (`after …; before …`), never its placeholder.
   */
  readonly time?: string;
  /** Where it happened: the names of the item's places. */
  readonly where?: string;
  readonly note?: string;
  /** `lang` of the title and of the note when they are not in the reader's language (see `Story.langOf`). */
  readonly titleLang?: string;
  readonly noteLang?: string;
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
  const base = {
    index,
    total: story.tour.length,
    note: stop.note,
    noteLang: story.langOf('tour', stop.select, 'note'),
  };
  const quote = stopQuote(story, stop);
  const event = stopEvent(story, stop);
  const time = event ? formatEventTime(event, resolveZone(zone, story), story.date) : undefined;
  const { kind, id } = stop.selection;
  if (kind === 'event') {
    const title = event?.title ?? id;
    return {
      ...base,
      kindLabel: tr('present.kind.event'),
      title,
      titleLang: story.langOf('events', id, 'title'),
      listTitle: title,
      time,
      where: placeNames(story, event?.placeIds),
      quote,
    };
  }
  if (kind === 'place') {
    const place = story.placeById.get(id);
    const title = place?.name ?? id;
    const titleLang = story.langOf('places', id, 'name');
    return {
      ...base,
      kindLabel: tr('present.kind.place'),
      title,
      titleLang,
      listTitle: title,
      time,
      quote,
    };
  }
  // Two quotes by one speaker at one event are told apart by their words.
  const title = [event?.title, quote?.speaker ?? id].filter(Boolean).join(' — ');
  return {
    ...base,
    kindLabel: tr('present.kind.quote'),
    title,
    listTitle: quote
      ? tr('quote.name', {
          speaker: title,
          text: inQuoteMarks(quoteStart(quote.text, 44), quote.lang),
        })
      : title,
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
  const shown = shownQuote(quote, story);
  const lang = quoteLang(quote);
  return {
    id: quote.id,
    text: shown.text,
    lang: shown.lang,
    line: shown.line,
    original:
      shown.shownKey === 'original'
        ? undefined
        : { text: quote.text, lang, language: languageName(lang, story.lang) },
    ...(shown.also
      ? { also: { text: shown.also.text, lang: shown.also.lang, line: shown.also.line } }
      : {}),
    speaker: speaker?.name ?? quote.speakerId,
    side: speaker?.side,
    occasion,
  };
}

function placeNames(story: Story, ids: readonly string[] | undefined): string | undefined {
  const names = (ids ?? []).flatMap((id) => story.placeById.get(id)?.name ?? []);
  return names.length ? names.join(', ') : undefined;
}

/** One described stop of the tour, with a key that tells two visits of one item apart. */
export interface DescribedStop {
  /** The stop's position in the tour (0-based). */
  readonly index: number;
  readonly key: string;
  readonly content: StopContent;
}

/** Every stop of the tour that can be described, in order (the presenter's list, the handout). */
export function describeTour(story: Story, zone: ZoneChoice): DescribedStop[] {
  const stops: DescribedStop[] = [];
  story.tour.forEach((stop, index) => {
    const content = describeStop(story, index, zone);
    // A tour may visit one item twice; its position is what tells two stops apart.
    if (content) stops.push({ index, key: `${stop.select}@${index}`, content });
  });
  return stops;
}
