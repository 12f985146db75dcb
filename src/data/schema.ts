import * as z from 'zod/mini';
import { ISO_WITH_OFFSET } from './time';

/**
 * The dataset format, version 1 (DESIGN.md, "Dataset format"). This zod schema is the single
 * source of truth: the TypeScript types below and `data/schema.json` are derived from it.
 * It checks shape only; links and meaning are checked by `checkLinks` in `./links.ts`.
 * `zod/mini` keeps the validator small enough for the first paint's JS budget.
 */

const id = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(200, 'is longer than 200 characters'),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be letters, digits, "-", "_" or "." (no spaces)'),
    z.describe('A stable identifier, unique within its list; used in URLs and links.'),
  );

const text = (what: string, max = 5000) =>
  z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `is longer than ${max} characters`),
      z.describe(what),
    );

const idList = (what: string) =>
  z.array(id).check(z.maxLength(100_000, 'has too many entries'), z.describe(what));

/** A list of links that may be left out: a story without any reads it as empty. */
const optionalIdList = (what: string) => z._default(idList(what), () => []);

const list = <T extends z.core.SomeType>(item: T, max = 100_000) =>
  z.array(item).check(z.maxLength(max, `has more than ${max} entries`));

const isoTime = z
  .string()
  .check(
    z.regex(
      ISO_WITH_OFFSET,
      'not an ISO 8601 time with an offset (e.g. 2025-08-15T10:20:00-08:00)',
    ),
    z.describe('ISO 8601 date-time with an offset, e.g. 2025-08-15T10:20:00-08:00.'),
  );

const number = (what: string) => z.number('expected a number').check(z.describe(what));

export const PlaceSchema = z.object({
  id,
  name: text('Display name of the place.', 300),
  lat: number('Latitude in degrees, -90 to 90.'),
  lon: number('Longitude in degrees, -180 to 180.'),
  kind: z.optional(text('What sort of place (base, city, cemetery, airfield…).', 100)),
  description: z.optional(text('A short description in our own words.')),
  sourceIds: z.optional(idList('Sources backing the coordinates.')),
});

export const PersonSchema = z.object({
  id,
  name: text('Full name.', 300),
  role: z.optional(text('Role on the day.', 300)),
  side: z.optional(text('Delegation or side, e.g. "us" or "russia".', 100)),
});

export const EventSchema = z.object({
  id,
  title: text('Short title of the event.', 300),
  start: isoTime,
  end: z.optional(isoTime),
  approx: z.optional(
    z
      .number('expected a number of minutes')
      .check(
        z.gte(0, 'must be 0 or more minutes'),
        z.lte(5_256_000, 'is more than ten years of minutes'),
        z.describe('Uncertainty of the times in minutes (± this many).'),
      ),
  ),
  precision: z.optional(
    z
      .enum(['exact', 'minute', 'approx', 'order', 'day', 'year'])
      .check(z.describe('How exact the time is: "order" means only the order is known.')),
  ),
  context: z.optional(
    z
      .boolean()
      .check(z.describe('True for context outside the day (history, what followed later).')),
  ),
  placeIds: optionalIdList('Places where it happened.'),
  peopleIds: optionalIdList('People who took part.'),
  summary: z.optional(text('What happened, in our own words.')),
  sourceIds: idList('Sources backing the time and place.'),
});

export const QuoteSchema = z.object({
  id,
  speakerId: id,
  text: text('The exact words, as the source prints them.', 5000),
  occasion: z.optional(text('When and to whom it was said.', 300)),
  eventIds: optionalIdList('Events the quote belongs to.'),
  placeIds: optionalIdList('Places where it was said.'),
  sourceIds: idList('Sources printing the quote.'),
});

const point = z.tuple([z.number(), z.number()]).check(z.describe('A [lat, lon] pair.'));

export const RouteSchema = z.object({
  id,
  name: text('Name of the route.', 300),
  kind: z.optional(text('flight, ferry, historical…', 100)),
  historical: z.optional(z.boolean().check(z.describe('Drawn dashed: a route from history.'))),
  placeIds: z.optional(idList('Places the route passes, in order.')),
  points: z.optional(list(point, 10_000)),
  eventIds: z.optional(idList('Events the route belongs to.')),
});

export const TourStopSchema = z.object({
  select: z
    .string()
    .check(
      z.regex(/^(event|place|quote):.+$/, 'must be "event:ID", "place:ID" or "quote:ID"'),
      z.describe('The item this stop selects, as KIND:ID.'),
    ),
  note: z.optional(text('One line for the class.', 1000)),
});

export const SourceSchema = z.object({
  id,
  title: text('Title of the source.', 500),
  publisher: z.optional(text('Who published it.', 300)),
  url: z.optional(
    z
      .string()
      .check(
        z.maxLength(2000, 'is longer than 2000 characters'),
        z.regex(/^https?:\/\/\S+$/, 'must be an http(s) address'),
        z.describe('Where to read it.'),
      ),
  ),
  date: z.optional(text('Publication date.', 100)),
  note: z.optional(text('What this source backs, and any conflict with others.', 2000)),
});

export const StorySchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1, 'must be 1 (the only format version so far)'),
  id,
  title: text('Title of the story.', 300),
  subtitle: z.optional(text('One line under the title.', 500)),
  intro: z.optional(text('A one-paragraph introduction.', 3000)),
  date: z.optional(text('The day the story is about, e.g. 2025-08-15.', 100)),
  timezone: text('IANA time zone of the story, e.g. America/Anchorage.', 100),
  secondTimezone: z.optional(text('IANA zone for the second axis row, e.g. Europe/Moscow.', 100)),
  places: list(PlaceSchema),
  people: list(PersonSchema),
  events: list(EventSchema),
  quotes: list(QuoteSchema),
  routes: z.optional(list(RouteSchema, 10_000)),
  tour: z.optional(list(TourStopSchema, 1000)),
  sources: list(SourceSchema),
});

export type RawPlace = z.infer<typeof PlaceSchema>;
export type RawPerson = z.infer<typeof PersonSchema>;
export type RawEvent = z.infer<typeof EventSchema>;
export type RawQuote = z.infer<typeof QuoteSchema>;
export type RawRoute = z.infer<typeof RouteSchema>;
export type RawTourStop = z.infer<typeof TourStopSchema>;
export type RawSource = z.infer<typeof SourceSchema>;
/** A story whose shape has been checked, before its links have been. */
export type RawStory = z.infer<typeof StorySchema>;
