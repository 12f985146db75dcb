import * as z from 'zod/mini';
import { ISO_WITH_OFFSET } from '../time/iso';

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
      .enum(['exact', 'minute', 'approx', 'order', 'undated', 'day', 'year'])
      .check(
        z.describe(
          'How exact the time is: "order" means only the order is known (start and end only place the event among its neighbours); "undated" means not even the date is set (e.g. a meeting proposed for later).',
        ),
      ),
  ),
  context: z.optional(
    z
      .boolean()
      .check(z.describe('True for context outside the day (history, what followed later).')),
  ),
  after: z.optional(
    id.check(z.describe('For an order-only event: the event it is known to have followed.')),
  ),
  before: z.optional(
    id.check(z.describe('For an order-only event: the event it is known to have preceded.')),
  ),
  placeIds: optionalIdList('Places where it happened.'),
  peopleIds: optionalIdList('People who took part.'),
  summary: z.optional(text('What happened, in our own words.')),
  sourceIds: idList('Sources backing the time and place.'),
});

/** A BCP 47 language tag, e.g. `en`, `ru`, `en-GB`; well-formedness is checked in `./links.ts`. */
const langTag = (what: string) =>
  z
    .string()
    .check(
      z.minLength(2, 'must be a language tag such as "en" or "ru"'),
      z.maxLength(35, 'is longer than 35 characters'),
      z.describe(what),
    );

/** Who made a translation: the speaker's side (official), a live interpreter, a news outlet, or us. */
export const TRANSLATION_KINDS = ['official', 'interpretation', 'press', 'ours'] as const;

export const TranslationSchema = z.object({
  lang: langTag('Language of this rendering (BCP 47), e.g. "en".'),
  text: text('The words of this rendering, exactly as its source prints them.', 5000),
  kind: z
    .enum(TRANSLATION_KINDS)
    .check(
      z.describe(
        'Who made it: "official" (the speaker\'s government), "interpretation" (a live interpreter), "press" (a news outlet) or "ours" (this story\'s authors).',
      ),
    ),
  sourceIds: idList('Sources printing this rendering; required unless kind is "ours".'),
  by: z.optional(text('Short name of who made it, e.g. "Kremlin", "live interpreter".', 100)),
});

export const PrintedFormSchema = z.object({
  text: text('Another printed form of the words in the same language, e.g. an abridged one.', 5000),
  sourceIds: idList('Sources printing this form.'),
});

export const QuoteSchema = z.object({
  id,
  speakerId: id,
  text: text('The exact words in the language they were spoken, as the source prints them.', 5000),
  lang: z.optional(langTag('Language the words were spoken in (BCP 47); "en" when absent.')),
  occasion: z.optional(text('When and to whom it was said.', 300)),
  eventIds: optionalIdList('Events the quote belongs to.'),
  placeIds: optionalIdList('Places where it was said.'),
  sourceIds: idList('Sources printing the quote.'),
  translations: z.optional(
    list(TranslationSchema, 100).check(
      z.describe('Renderings in other languages, each with who made it and its sources.'),
    ),
  ),
  printed: z.optional(
    list(PrintedFormSchema, 100).check(
      z.describe('Other printed forms in the same language (abridged, differently transcribed).'),
    ),
  ),
  note: z.optional(text('What is uncertain about the words or their occasion.', 2000)),
});

/** When a route's leg departed or arrived: the time of one of the story's events, or a time. */
export const TimeRefSchema = z.union([
  z.object({ eventId: id.check(z.describe('The event whose start is this moment.')) }),
  z.object({
    time: isoTime,
    approx: z.optional(
      z
        .number('expected a number of minutes')
        .check(z.gte(0, 'must be 0 or more minutes'), z.describe('Uncertainty in minutes (±).')),
    ),
  }),
]);

const point = z.tuple([z.number(), z.number()]).check(z.describe('A [lat, lon] pair.'));

export const RouteSchema = z.object({
  id,
  name: text('Name of the route.', 300),
  kind: z.optional(text('flight, ferry, historical…', 100)),
  historical: z.optional(z.boolean().check(z.describe('Drawn dashed: a route from history.'))),
  placeIds: z.optional(idList('Places the route passes, in order.')),
  points: z.optional(list(point, 10_000)),
  eventIds: z.optional(idList('Events the route belongs to.')),
  depart: z.optional(TimeRefSchema.check(z.describe('When the journey left its first place.'))),
  arrive: z.optional(TimeRefSchema.check(z.describe('When the journey reached its last place.'))),
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
  lang: z.optional(langTag('Language the source is written in (BCP 47).')),
  note: z.optional(text('What this source backs, and any conflict with others.', 2000)),
});

/** A map from ids (of events, places…) to the translated texts of that item. */
const textsById = <T extends z.core.SomeType>(item: T, what: string) =>
  z.record(z.string(), item).check(z.describe(what));

/**
 * The story's own texts in one other language, for readers of that language: a translator fills
 * in one block per language. Every field is optional; a reader sees the story's own (English)
 * text where one is missing. Quotes' words are never here: they are the words as spoken, with
 * their sourced translations on the quote itself.
 */
export const StoryTextsSchema = z.strictObject({
  title: z.optional(text("The story's title.", 300)),
  subtitle: z.optional(text('One line under the title.', 500)),
  intro: z.optional(text('The introduction.', 3000)),
  events: z.optional(
    textsById(
      z.strictObject({
        title: z.optional(text("The event's title.", 300)),
        summary: z.optional(text('What happened, in our own words.')),
      }),
      "By event id: the event's title and summary.",
    ),
  ),
  places: z.optional(
    textsById(
      z.strictObject({
        name: z.optional(text("The place's name.", 300)),
        kind: z.optional(
          text(
            "What sort of place, in this language's words, as readers see it (the place's own `kind` stays as written: it picks the marker's shape).",
            100,
          ),
        ),
        description: z.optional(text('The description.')),
      }),
      "By place id: the place's name, kind and description.",
    ),
  ),
  people: z.optional(
    textsById(
      z.strictObject({
        name: z.optional(text("The person's name, as readers of the language spell it.", 300)),
        role: z.optional(text('Role on the day.', 300)),
      }),
      'By person id: the name and role.',
    ),
  ),
  quotes: z.optional(
    textsById(
      z.strictObject({
        occasion: z.optional(text('When and to whom it was said.', 300)),
        note: z.optional(text('What is uncertain about the words or their occasion.', 2000)),
      }),
      'By quote id: the occasion and note (never the words, which stay as spoken).',
    ),
  ),
  routes: z.optional(
    textsById(
      z.strictObject({ name: z.optional(text("The route's name.", 300)) }),
      "By route id: the route's name.",
    ),
  ),
  sides: z.optional(
    textsById(
      z.strictObject({ name: z.optional(text("The side's name.", 100)) }),
      'By a person\'s `side` the interface has no words for (anything but us, russia, ukraine and europe), e.g. "public": the side\'s name.',
    ),
  ),
  tour: z.optional(
    textsById(
      z.strictObject({ note: z.optional(text('One line for the class.', 1000)) }),
      'By the stop\'s "select" (e.g. "event:talks"): the stop\'s note.',
    ),
  ),
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
  texts: z.optional(
    z
      .record(langTag('A language the texts are given in (BCP 47), e.g. "ru".'), StoryTextsSchema)
      .check(
        z.describe(
          'The story\'s own texts in other languages, one block per language (e.g. "ru", "uk").',
        ),
      ),
  ),
});

export type RawPlace = z.infer<typeof PlaceSchema>;
export type RawPerson = z.infer<typeof PersonSchema>;
export type RawEvent = z.infer<typeof EventSchema>;
export type RawQuote = z.infer<typeof QuoteSchema>;
export type RawTranslation = z.infer<typeof TranslationSchema>;
export type RawPrintedForm = z.infer<typeof PrintedFormSchema>;
export type RawRoute = z.infer<typeof RouteSchema>;
/** A moment given by an event (`{eventId}`) or as a time (`{time, approx?}`). */
export type RawTimeRef = z.infer<typeof TimeRefSchema>;
export type RawTourStop = z.infer<typeof TourStopSchema>;
export type RawSource = z.infer<typeof SourceSchema>;
/** The story's own texts in one other language. */
export type RawStoryTexts = z.infer<typeof StoryTextsSchema>;
/** A story whose shape has been checked, before its links have been. */
export type RawStory = z.infer<typeof StorySchema>;
