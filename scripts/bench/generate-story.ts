import type {
  RawEvent,
  RawPerson,
  RawPlace,
  RawQuote,
  RawRoute,
  RawSource,
  RawStory,
  RawTourStop,
} from '../../src/data/schema';
import { zoneOffsetMinutes } from '../../src/time/zone';
import { createRandom, type Random } from './random';
import * as words from './story-words';

/** How far apart the generated events lie. */
export type Span = 'day' | 'years';

/** What `generateStory` makes. Counts may be 0; the same options always give the same story. */
export interface GenerateOptions {
  /** Number of events. */
  readonly events: number;
  /** Number of quotes. */
  readonly quotes: number;
  /** Number of places. */
  readonly places: number;
  /** Seeds the random source. */
  readonly seed: number;
  /**
   * `day` (the default): the events fill 15 August 2025 in Anchorage, plus a few context events
   * years before or months after. `years`: the events spread from 1940 to 2025.
   */
  readonly span?: Span;
  /**
   * The share of events (0–1) that are context, outside the day (one always is, from five events
   * on). Default 0.04.
   */
  readonly contextShare?: number;
  /**
   * The share of day events (0–1) known only by their order (`precision: "order"`). Default 0,
   * which draws no random numbers, so stories made without it stay as they were.
   */
  readonly orderShare?: number;
}

const ZONE = 'America/Anchorage';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAY_START = Date.parse('2025-08-15T00:00:00-08:00');
const YEARS_START = Date.parse('1940-01-01T00:00:00Z');
const YEARS_END = Date.parse('2025-12-31T00:00:00Z');
/** Places on both sides of the 180° meridian, so maps must draw across it. */
const ACROSS_180: readonly (readonly [number, number])[] = [
  [64.7333, 177.5167],
  [64.5011, -165.4064],
];

/** A valid version-1 story of the requested size, deterministic from the seed. */
export function generateStory(options: GenerateOptions): RawStory {
  const random = createRandom(options.seed);
  const span = options.span ?? 'day';
  const iso = isoFormatter(ZONE);
  const sources = makeSources(
    random,
    Math.min(100, Math.max(3, Math.ceil((options.events + options.quotes) / 100))),
    options.seed,
  );
  const people = makePeople(random, Math.min(400, Math.max(4, Math.ceil(options.events / 25))));
  const places = makePlaces(random, options.places, sources);
  const pools = { places, people, sources };
  const events = makeEvents(random, options, span, pools, iso);
  if (options.orderShare) {
    for (const event of events) {
      if (!event.context && random.chance(options.orderShare)) event.precision = 'order';
    }
  }
  const quotes = makeQuotes(random, options.quotes, { events, places, people, sources });
  return {
    version: 1,
    id: `generated-${options.seed}`,
    title: `Generated story: ${options.events} events, ${options.quotes} quotes, ${options.places} places`,
    subtitle: `Made by scripts/gen-story.ts from seed ${options.seed}; every name in it is invented.`,
    date: '2025-08-15',
    timezone: ZONE,
    secondTimezone: 'Europe/Moscow',
    places,
    people,
    events,
    quotes,
    routes: makeRoutes(random, places, events),
    tour: makeTour(random, events, places, quotes),
    sources,
  };
}

interface Pools {
  readonly places: readonly RawPlace[];
  readonly people: readonly RawPerson[];
  readonly sources: readonly RawSource[];
}

function makeSources(random: Random, count: number, seed: number): RawSource[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `src-${i + 1}`,
    ...words.source(random, i + 1),
    url: `https://example.org/dayline/generated/${seed}/${i + 1}`,
    date: '2025-08-16',
  }));
}

function makePeople(random: Random, count: number): RawPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `person-${i + 1}`,
    ...words.person(random),
  }));
}

function makePlaces(random: Random, count: number, sources: readonly RawSource[]): RawPlace[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const [lat, lon] =
      ACROSS_180[i] ?? (i % 25 === 0 ? nearAntimeridian(random) : anywhere(random));
    const [name, kind] = words.placeName(random);
    const place: RawPlace = {
      id: `place-${String(i + 1).padStart(width, '0')}`,
      name,
      lat: round(lat, 4),
      lon: round(lon, 4),
      kind,
      sourceIds: [random.pick(sources).id],
    };
    if (random.chance(0.3)) place.description = `An invented ${kind} used to test the map.`;
    return place;
  });
}

/** Uniform over the inhabited latitudes by area, not by degree. */
function anywhere(random: Random): [number, number] {
  const toRad = Math.PI / 180;
  const lat = Math.asin(random.between(Math.sin(-60 * toRad), Math.sin(75 * toRad))) / toRad;
  return [lat, random.between(-180, 180)];
}

function nearAntimeridian(random: Random): [number, number] {
  const lon = random.chance(0.5) ? random.between(174, 180) : random.between(-180, -174);
  return [random.between(-50, 70), lon];
}

type EventKind = 'span' | 'context' | 'approx' | undefined;

function makeEvents(
  random: Random,
  { events: count, contextShare = 0.04 }: GenerateOptions,
  span: Span,
  pools: Pools,
  iso: (ms: number) => string,
): RawEvent[] {
  const width = String(count).length;
  const busy = Array.from({ length: 6 }, () => DAY_START + random.between(7 * HOUR, 22 * HOUR));
  // The first three are fixed so that even a small story has each kind.
  const forced: readonly EventKind[] = count >= 5 ? ['span', 'context', 'approx'] : [];
  return Array.from({ length: count }, (_, i) => {
    const kind = forced[i];
    const context = kind === 'context' || (kind === undefined && random.chance(contextShare));
    const where = pickPlaces(random, pools.places);
    const who = distinct(random, pools.people, random.int(0, 3));
    const title = words.eventTitle(random, who[0]?.name, where[0]?.name);
    const time =
      span === 'years'
        ? yearsTime(random, kind)
        : context
          ? contextTime(random)
          : dayTime(random, busy, kind);
    const event: RawEvent = {
      id: `ev-${String(i + 1).padStart(width, '0')}`,
      title,
      start: iso(time.start),
      placeIds: where.map((p) => p.id),
      peopleIds: who.map((p) => p.id),
      sourceIds: distinct(random, pools.sources, random.int(1, 2)).map((s) => s.id),
    };
    if (time.end !== undefined) event.end = iso(time.end);
    if (time.approx !== undefined) event.approx = time.approx;
    if (time.precision) event.precision = time.precision;
    if (context) event.context = true;
    if (random.chance(0.5)) event.summary = words.summary(random, title);
    return event;
  });
}

interface EventTime {
  start: number;
  end?: number;
  approx?: number;
  precision?: RawEvent['precision'];
}

function dayTime(random: Random, busy: readonly number[], kind: EventKind): EventTime {
  const around = random.chance(0.4)
    ? random.pick(busy) + (random.next() + random.next() - 1) * HOUR
    : DAY_START + random.between(0, DAY);
  const start = clamp(floorTo(around, MINUTE), DAY_START, DAY_START + DAY - 2 * HOUR);
  const time: EventTime = { start };
  if (kind === 'span' || (kind === undefined && random.chance(0.3))) {
    time.end = Math.min(start + random.int(5, 180) * MINUTE, DAY_START + DAY - MINUTE);
  }
  if (kind === 'approx' || (kind === undefined && random.chance(0.25))) {
    time.approx = 5 * random.int(1, 12);
    time.precision = 'approx';
  }
  return time;
}

/** History years before the day, or a meeting weeks after it. */
function contextTime(random: Random): EventTime {
  if (random.chance(0.8)) {
    const start = floorTo(
      random.between(Date.parse('1945-01-01T00:00:00Z'), DAY_START - 30 * DAY),
      DAY,
    );
    return { start, precision: random.pick(['day', 'year'] as const) };
  }
  return { start: DAY_START + random.int(2, 120) * DAY + 12 * HOUR, precision: 'day' };
}

function yearsTime(random: Random, kind: EventKind): EventTime {
  const start = floorTo(random.between(YEARS_START, YEARS_END - 700 * DAY), MINUTE);
  const time: EventTime = { start };
  if (kind === 'span' || (kind === undefined && random.chance(0.3))) {
    time.end = start + random.int(1, 600) * DAY;
  }
  if (kind === 'approx' || (kind === undefined && random.chance(0.25))) {
    time.approx = random.int(1, 30) * 24 * 60;
    time.precision = 'approx';
  } else if (random.chance(0.1)) {
    time.precision = random.pick(['day', 'year'] as const);
  }
  return time;
}

/** Mostly one place, sometimes two, rarely none. */
function pickPlaces(random: Random, places: readonly RawPlace[]): RawPlace[] {
  const r = random.next();
  if (places.length === 0 || r < 0.05) return [];
  return distinct(random, places, r < 0.85 ? 1 : 2);
}

function makeQuotes(
  random: Random,
  count: number,
  pools: Pools & { readonly events: readonly RawEvent[] },
): RawQuote[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const event = pools.events.length ? random.pick(pools.events) : undefined;
    const eventIds = event ? [event.id] : [];
    if (event && pools.events.length > 1 && random.chance(0.05)) {
      const other = random.pick(pools.events);
      if (other.id !== event.id) eventIds.push(other.id);
    }
    const where = event?.placeIds[0];
    const placeIds =
      where && random.chance(0.85)
        ? [where]
        : pools.places.length && random.chance(0.3)
          ? [random.pick(pools.places).id]
          : [];
    const speakerId =
      event?.peopleIds.length && random.chance(0.7)
        ? random.pick(event.peopleIds)
        : random.pick(pools.people).id;
    const quote: RawQuote = {
      id: `q-${String(i + 1).padStart(width, '0')}`,
      speakerId,
      text: words.quoteText(random),
      eventIds,
      placeIds,
      sourceIds: [random.pick(pools.sources).id],
    };
    if (event && random.chance(0.6)) quote.occasion = `During “${event.title}”`;
    return quote;
  });
}

function makeRoutes(
  random: Random,
  places: readonly RawPlace[],
  events: readonly RawEvent[],
): RawRoute[] {
  const routes: RawRoute[] = [
    {
      id: 'route-ferry',
      name: 'Historical ferry route over the Bering Strait',
      kind: 'ferry',
      historical: true,
      points: [
        [64.8378, -147.7164],
        [64.5011, -165.4064],
        [64.7333, 177.5167],
        [62.0355, 129.6755],
      ],
    },
  ];
  if (places.length < 2) return routes;
  // places[0] and places[1] lie either side of 180°, so this flight crosses it.
  routes.push({
    id: 'route-strait',
    name: `Flight from ${places[1]?.name} to ${places[0]?.name}`,
    kind: 'flight',
    placeIds: [places[1]?.id ?? '', places[0]?.id ?? ''],
  });
  for (let i = 0; i < Math.min(4, Math.floor(places.length / 3)); i++) {
    const stops = distinct(random, places, random.int(2, Math.min(4, places.length)));
    const route: RawRoute = {
      id: `route-${i + 1}`,
      name: `Flight via ${stops.map((p) => p.name).join(', ')}`.slice(0, 300),
      kind: 'flight',
      placeIds: stops.map((p) => p.id),
    };
    if (events.length) route.eventIds = distinct(random, events, random.int(1, 2)).map((e) => e.id);
    routes.push(route);
  }
  return routes;
}

/** Ten stops (fewer in a tiny story): mostly events, then places and quotes. */
function makeTour(
  random: Random,
  events: readonly RawEvent[],
  places: readonly RawPlace[],
  quotes: readonly RawQuote[],
): RawTourStop[] {
  const want = { event: 6, place: 2, quote: 2 };
  const chosen = [
    ...distinct(random, events, want.event).map((e) => `event:${e.id}`),
    ...distinct(random, places, want.place).map((p) => `place:${p.id}`),
    ...distinct(random, quotes, want.quote).map((q) => `quote:${q.id}`),
  ];
  // Top up from whatever kind has more, so a story without quotes still gets ten stops.
  const rest = [
    ...events.map((e) => `event:${e.id}`),
    ...places.map((p) => `place:${p.id}`),
  ].filter((key) => !chosen.includes(key));
  for (const key of rest) {
    if (chosen.length >= 10) break;
    chosen.push(key);
  }
  return chosen.slice(0, 10).map((select, i) => ({ select, note: `Stop ${i + 1} of the tour.` }));
}

/** `count` different items (fewer when the list is shorter), without copying long lists. */
function distinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const n = Math.min(count, items.length);
  if (n * 4 > items.length) return random.sample(items, n);
  const picked = new Set<T>();
  while (picked.size < n) picked.add(random.pick(items));
  return [...picked];
}

/** ISO 8601 in the zone's own offset at that moment, e.g. `2025-08-15T10:20:00-08:00`. */
function isoFormatter(zone: string): (ms: number) => string {
  const offsets = new Map<number, number>();
  return (ms) => {
    // Offsets change on the hour, so one look-up per hour is enough and keeps 10,000 events fast.
    const hour = Math.floor(ms / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(zone, ms);
      offsets.set(hour, offset);
    }
    const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
