import type {
  RawEvent,
  RawPerson,
  RawPlace,
  RawQuote,
  RawRoute,
  RawSource,
  RawTourStop,
} from '../data/schema';
import type { TextList } from './localise';
import type { ItemKey, ItemKind, Selection } from './selection';

export interface StoryEvent extends RawEvent {
  /** Start, in ms since the epoch. */
  readonly startMs: number;
  /** End in ms; equals `startMs` for an instant. */
  readonly endMs: number;
  /** Position in time order (0 = earliest). */
  readonly order: number;
  /**
   * For an order-only event, what is known instead of a clock time: the titles of the events it
   * came after and before (its `after` / `before`, else its nearest neighbours with a known time).
   */
  readonly knownOrder?: KnownOrder;
}

/** The neighbours an order-only event is placed between, by title. */
export interface KnownOrder {
  readonly after?: string;
  readonly before?: string;
}
export interface StoryPlace extends RawPlace {
  /**
   * The kind shown to readers: in the reader's language where the story's texts give it
   * (`texts.ru.places.ID.kind`), else the story's own `kind`. `kind` itself is a key (it picks the
   * marker's shape) and is never translated.
   */
  readonly kindText?: string;
}
export type StoryPerson = RawPerson;
export type StoryQuote = RawQuote;
export type StorySource = RawSource;
export interface StoryRoute extends RawRoute {
  /** The route's points as [lat, lon], from `points` or from its places. */
  readonly path: readonly (readonly [number, number])[];
}
export interface TourStop extends RawTourStop {
  readonly selection: Selection;
}

/** The state of one rendered item, as the DOM contract's `data-state` names it. */
export type ItemState = 'idle' | 'selected' | 'related' | 'unrelated';

/**
 * An immutable, indexed story. Built once by `buildStory` from a dataset whose links have been
 * checked; every look-up is O(1).
 */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly intro?: string;
  readonly date?: string;
  readonly timezone: string;
  readonly secondTimezone?: string;
  /** Events sorted by start time (then end, then dataset order). */
  readonly events: readonly StoryEvent[];
  readonly places: readonly StoryPlace[];
  readonly people: readonly StoryPerson[];
  readonly quotes: readonly StoryQuote[];
  readonly routes: readonly StoryRoute[];
  readonly tour: readonly TourStop[];
  readonly sources: readonly StorySource[];
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  readonly placeById: ReadonlyMap<string, StoryPlace>;
  readonly personById: ReadonlyMap<string, StoryPerson>;
  readonly quoteById: ReadonlyMap<string, StoryQuote>;
  readonly sourceById: ReadonlyMap<string, StorySource>;
  /** True when the item exists. */
  has(selection: Selection): boolean;
  /** Items linked to this one (not including itself). */
  relatedTo(selection: Selection): ReadonlySet<ItemKey>;
  quotesForEvent(id: string): readonly StoryQuote[];
  quotesForPlace(id: string): readonly StoryQuote[];
  eventsForPlace(id: string): readonly StoryEvent[];
  /** People linked to the item: an event's people, a quote's speaker. */
  peopleFor(selection: Selection): readonly StoryPerson[];
  /** Sources of the item, resolved; for a quote also those of its translations and printed forms. */
  sourcesFor(selection: Selection): readonly StorySource[];
  /** `'idle'` without a selection, else the item's relation to it. */
  stateOf(kind: ItemKind, id: string, selection: Selection | null): ItemState;
  /** The earliest start and latest end of events that are not context. */
  readonly dayExtent: readonly [number, number];
  /** The extent of all events. */
  readonly fullExtent: readonly [number, number];
  /** The reader's language the story's own texts are given in, where the story translates them. */
  readonly lang: string;
  /**
   * The `lang` attribute for one of the story's texts: `undefined` when it is in the reader's
   * language, else the language it is shown in (the story's own, where a translation is missing).
   * `langOf('', '', 'title')` for the story's title; `langOf('events', 'talks', 'summary')`.
   */
  langOf(list: TextList | '', id: string, field: string): string | undefined;
  /**
   * The name of a side the interface has no words for (a person's `side`, e.g. `public`), in the
   * reader's language where the story's texts give it (`texts.ru.sides.public.name`).
   */
  sideName(side: string): string | undefined;
  /** The same story with its texts in another language; built once per language, then kept. */
  inLanguage(lang: string): Story;
}
