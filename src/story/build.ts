import { problemAt, type Result } from '../data/problems';
import type { RawEvent, RawStory } from '../data/schema';
import { parseIsoTime } from '../time/iso';
import { localiseStory, STORY_LANG, type TextList, textKey } from './localise';
import { type ItemKey, type ItemKind, itemKey, parseItemKey } from './selection';
import type {
  KnownOrder,
  Story,
  StoryEvent,
  StoryPlace,
  StoryQuote,
  StoryRoute,
  TourStop,
} from './types';

const EMPTY_SET: ReadonlySet<ItemKey> = Object.freeze(new Set<ItemKey>());

/**
 * A frozen copy of an item, its lists (ids, points) copied and frozen too: views cannot change
 * the story, and the model never freezes the caller's objects.
 */
function freezeItem<T extends object>(item: T): T {
  const copy = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    if (Array.isArray(value)) {
      copy[key] = Object.freeze(value.map((v) => (Array.isArray(v) ? Object.freeze([...v]) : v)));
    }
  }
  return Object.freeze(copy) as T;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the model in time linear in the number of items and links. Assumes `checkLinks` passed.
 * The story's own texts are given in `lang` where the story translates them (see
 * `localiseStory`); `inLanguage` builds the model in another language once and keeps it.
 */
export function buildStory(raw: RawStory, lang: string = STORY_LANG): Story {
  return buildIn(raw, lang, new Map());
}

function buildIn(source: RawStory, lang: string, built: Map<string, Story>): Story {
  const known = built.get(lang);
  if (known) return known;
  const { story: raw, translated, sideNames } = localiseStory(source, lang);
  const sorted: StoryEvent[] = raw.events
    .map((e, i) => {
      const startMs = parseIsoTime(e.start) ?? 0;
      const endMs = e.end === undefined ? startMs : (parseIsoTime(e.end) ?? startMs);
      return { e, i, startMs, endMs };
    })
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.i - b.i)
    .map(({ e, startMs, endMs }, order) => ({ ...e, startMs, endMs, order }));
  const rawById = new Map(raw.events.map((e) => [e.id, e] as const));
  const events: StoryEvent[] = sorted.map((e, i) => {
    if (e.precision !== 'order') return freezeItem(e);
    return freezeItem({ ...e, knownOrder: Object.freeze(knownOrderOf(sorted, i, rawById)) });
  });

  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((item) => [item.id, item] as const));
  const places: StoryPlace[] = raw.places.map((p) =>
    freezeItem(p.kindText === undefined && p.kind !== undefined ? { ...p, kindText: p.kind } : p),
  );
  const people = raw.people.map(freezeItem);
  const quotes = raw.quotes.map(freezeItem);
  const sources = raw.sources.map(freezeItem);
  const eventById = byId(events);
  const placeById = byId(places);
  const personById = byId(people);
  const quoteById = byId(quotes);
  const sourceById = byId(sources);

  const quotesByEvent = new Map<string, StoryQuote[]>();
  const quotesByPlace = new Map<string, StoryQuote[]>();
  const eventsByPlace = new Map<string, StoryEvent[]>();
  const related = new Map<ItemKey, Set<ItemKey>>();
  const addTo = (from: ItemKey, to: ItemKey) => {
    const set = related.get(from);
    if (set) set.add(to);
    else related.set(from, new Set([to]));
  };
  const link = (a: ItemKey, b: ItemKey) => {
    if (a === b) return;
    addTo(a, b);
    addTo(b, a);
  };

  for (const e of events) {
    for (const p of e.placeIds) {
      push(eventsByPlace, p, e);
      link(itemKey('event', e.id), itemKey('place', p));
    }
  }
  for (const q of quotes) {
    const qk = itemKey('quote', q.id);
    for (const e of q.eventIds) {
      push(quotesByEvent, e, q);
      link(qk, itemKey('event', e));
    }
    for (const p of q.placeIds) {
      push(quotesByPlace, p, q);
      link(qk, itemKey('place', p));
    }
  }

  const routes: StoryRoute[] = (raw.routes ?? []).map((r) => {
    const path: [number, number][] = r.points
      ? r.points.map(([lat, lon]) => [lat, lon])
      : (r.placeIds ?? []).flatMap((id) => {
          const p = placeById.get(id);
          return p ? [[p.lat, p.lon] as [number, number]] : [];
        });
    return freezeItem({ ...r, path });
  });

  const tour: TourStop[] = (raw.tour ?? []).flatMap((stop) => {
    const selection = parseItemKey(stop.select);
    return selection ? [Object.freeze({ ...stop, selection: Object.freeze(selection) })] : [];
  });

  const nonContext = events.filter((e) => !e.context);
  const extentOf = (list: readonly StoryEvent[]): [number, number] => {
    if (list.length === 0) return [0, 0];
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const e of list) {
      lo = Math.min(lo, e.startMs);
      hi = Math.max(hi, e.endMs);
    }
    return [lo, hi];
  };

  const listFor = (kind: ItemKind, id: string): { sourceIds?: readonly string[] } | undefined =>
    kind === 'event' ? eventById.get(id) : kind === 'place' ? placeById.get(id) : quoteById.get(id);

  const story: Story = {
    id: raw.id,
    title: raw.title,
    subtitle: raw.subtitle,
    intro: raw.intro,
    date: raw.date,
    timezone: raw.timezone,
    secondTimezone: raw.secondTimezone,
    events: Object.freeze(events),
    places: Object.freeze(places),
    people: Object.freeze(people),
    quotes: Object.freeze(quotes),
    routes: Object.freeze(routes),
    tour: Object.freeze(tour),
    sources: Object.freeze(sources),
    eventById,
    placeById,
    personById,
    quoteById,
    sourceById,
    has: (s) => listFor(s.kind, s.id) !== undefined,
    relatedTo: (s) => related.get(itemKey(s.kind, s.id)) ?? EMPTY_SET,
    quotesForEvent: (id) => quotesByEvent.get(id) ?? [],
    quotesForPlace: (id) => quotesByPlace.get(id) ?? [],
    eventsForPlace: (id) => eventsByPlace.get(id) ?? [],
    peopleFor: (s) => {
      if (s.kind === 'event') {
        return (eventById.get(s.id)?.peopleIds ?? []).flatMap((p) => personById.get(p) ?? []);
      }
      if (s.kind === 'quote') {
        const speaker = personById.get(quoteById.get(s.id)?.speakerId ?? '');
        return speaker ? [speaker] : [];
      }
      return [];
    },
    sourcesFor: (s) => {
      const item = listFor(s.kind, s.id);
      // A quote's sources include those of its translations and other printed forms.
      const quote = s.kind === 'quote' ? quoteById.get(s.id) : undefined;
      const ids = new Set([
        ...(item?.sourceIds ?? []),
        ...[...(quote?.translations ?? []), ...(quote?.printed ?? [])].flatMap((t) => t.sourceIds),
      ]);
      return [...ids].flatMap((id) => sourceById.get(id) ?? []);
    },
    stateOf: (kind, id, selection) => {
      if (!selection) return 'idle';
      if (selection.kind === kind && selection.id === id) return 'selected';
      return related.get(itemKey(selection.kind, selection.id))?.has(itemKey(kind, id))
        ? 'related'
        : 'unrelated';
    },
    dayExtent: extentOf(nonContext.length ? nonContext : events),
    fullExtent: extentOf(events),
    lang,
    langOf: (list: TextList | '', id: string, field: string) => {
      if (translated.has(textKey(list, id, field))) return undefined;
      // Not translated: the story's own words, marked as such where the reader's language differs.
      return lang.split('-')[0] === STORY_LANG ? undefined : STORY_LANG;
    },
    sideName: (side) => sideNames.get(side),
    inLanguage: (other) => buildIn(source, other, built),
  };
  built.set(lang, Object.freeze(story));
  return story;
}

/** True when an event's clock time is only a placeholder that orders it among the others. */
export function isTimeUnknown(event: Pick<RawEvent, 'precision'>): boolean {
  return event.precision === 'order' || event.precision === 'undated';
}

/**
 * What is known of an order-only event's time: the events named in its `after` / `before`, or
 * else the nearest events before and after it (by the placeholder start) whose time is known,
 * preferring ones that share a person with it — the placeholder orders, it never shows.
 */
function knownOrderOf(
  sorted: readonly StoryEvent[],
  index: number,
  byId: ReadonlyMap<string, RawEvent>,
): KnownOrder {
  const event = sorted[index] as StoryEvent;
  const people = new Set(event.peopleIds);
  const candidate = (other: StoryEvent) =>
    !isTimeUnknown(other) && !!other.context === !!event.context;
  const nearest = (step: 1 | -1): string | undefined => {
    let fallback: string | undefined;
    for (let i = index + step; i >= 0 && i < sorted.length; i += step) {
      const other = sorted[i] as StoryEvent;
      if (!candidate(other)) continue;
      if (other.peopleIds.some((p) => people.has(p)) || people.size === 0) return other.title;
      fallback ??= other.title;
    }
    return fallback;
  };
  const titleOf = (id: string | undefined) => (id ? byId.get(id)?.title : undefined);
  return {
    after: titleOf(event.after) ?? nearest(-1),
    before: titleOf(event.before) ?? nearest(1),
  };
}

/** Builds the model from checked data; problems pass through. Never throws. */
export function toStory(checked: Result<RawStory>): Result<Story> {
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: buildStory(checked.value) };
  } catch (error) {
    // A bug in our own model must still not blank the page.
    return {
      ok: false,
      problems: [
        problemAt('', `could not build the story (${String(error)})`, 'problem.buildFailed', {
          detail: String(error),
        }),
      ],
    };
  }
}
