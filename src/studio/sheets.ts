/**
 * How a story maps onto a workbook: one sheet per list, one row per item, one column per field.
 * Column names are for people who write stories, not programmers; each has a note that the
 * template shows on its "Read me" sheet. This table drives import, export and problem locations.
 */

/** How a column's cells are read and written. */
export type ColumnKind =
  /** Any text; an empty cell means "not given". */
  | 'text'
  /** An identifier (trimmed). */
  | 'id'
  /** A number (latitude, minutes). */
  | 'number'
  /** yes / no; empty means "not given". */
  | 'bool'
  /** Comma-separated identifiers: "jber, anchorage". */
  | 'ids'
  /** A time, read in the story's time zone unless it carries an offset. */
  | 'time'
  /** How exact a time is, in words ("only the order is known"). */
  | 'precision'
  /** A list of points, "lat lon; lat lon". */
  | 'points'
  /** When a route's leg left or arrived: "event ID", or a time with an optional "± minutes". */
  | 'moment';

/** One column of a sheet. */
export interface ColumnSpec {
  /** The header as written in row 1. */
  readonly header: string;
  /** The story field it fills. */
  readonly field: string;
  readonly kind: ColumnKind;
  /** Lists that must always be present in the story JSON (empty cell → empty list). */
  readonly alwaysList?: boolean;
  /** One line for the "Read me" sheet. */
  readonly note: string;
}

/** Names of the sheets, in the workbook's order. */
export const SHEET_NAMES = [
  'Story',
  'Events',
  'Places',
  'People',
  'Quotes',
  'Translations',
  'Printed',
  'Sources',
  'Routes',
  'Tour',
  'Other languages',
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** A sheet whose rows are the items of one list of the story (every sheet but "Story"). */
export interface ListSheetSpec {
  readonly name: Exclude<SheetName, 'Story'>;
  /** The story list it fills; for child sheets, the list inside each parent item. */
  readonly list: string;
  /** Child sheets (Translations, Printed) attach each row to a quote named in this column. */
  readonly parent?: { readonly sheet: 'Quotes'; readonly column: string };
  readonly note: string;
  readonly columns: readonly ColumnSpec[];
}

const c = (
  header: string,
  field: string,
  kind: ColumnKind,
  note: string,
  alwaysList = false,
): ColumnSpec => ({ header, field, kind, note, alwaysList });

/** The Story sheet: one row per field, in two columns. */
export const STORY_FIELDS: readonly ColumnSpec[] = [
  c('Story ID', 'id', 'id', 'A short name for the story: letters, digits, "-" (no spaces).'),
  c('Title', 'title', 'text', 'The title readers see.'),
  c('Subtitle', 'subtitle', 'text', 'One line under the title.'),
  c('Introduction', 'intro', 'text', 'A paragraph that sets the scene.'),
  c(
    'Date',
    'date',
    'text',
    'The day the story is about, as YYYY-MM-DD. Times with no date use it.',
  ),
  c(
    'Time zone',
    'timezone',
    'text',
    'Where the day happened, e.g. America/Anchorage. Times without an offset are read in this zone.',
  ),
  c(
    'Second time zone',
    'secondTimezone',
    'text',
    'A second clock on the timeline, e.g. Europe/Moscow.',
  ),
  c('Schema address', '$schema', 'text', 'Only for the JSON file; leave as it is.'),
];
export const STORY_HEADERS = ['Field', 'Value', 'What it is'] as const;

const SOURCE_IDS = 'Source IDs';
const sources = (what: string) =>
  c(
    SOURCE_IDS,
    'sourceIds',
    'ids',
    `IDs from the Sources sheet that back ${what}, comma-separated.`,
    true,
  );

/** Every list sheet. */
export const LIST_SHEETS: readonly ListSheetSpec[] = [
  {
    name: 'Events',
    list: 'events',
    note: 'What happened, one row per event. Rows may be in any order; the timeline sorts them.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. trump-lands (used in links).'),
      c('Title', 'title', 'text', 'What happened, in a few words.'),
      c(
        'Start time',
        'start',
        'time',
        'When it began: 2025-08-15 10:20 (in the story’s time zone), or with an offset 2025-08-15T10:20:00-08:00.',
      ),
      c(
        'End time',
        'end',
        'time',
        'When it ended, written like the start time. Empty for a moment.',
      ),
      c('± minutes', 'approx', 'number', 'How many minutes either way the times may be off.'),
      c(
        'How exact',
        'precision',
        'precision',
        'exact, to the minute, approximate, only the order is known, date not set, day only, or year only.',
      ),
      c(
        'After event',
        'after',
        'text',
        'For “only the order is known”: the ID of the event it came after (optional).',
      ),
      c(
        'Before event',
        'before',
        'text',
        'For “only the order is known”: the ID of the event it came before (optional).',
      ),
      c('Outside the day', 'context', 'bool', 'yes for history or what followed later.'),
      c('Place IDs', 'placeIds', 'ids', 'IDs from the Places sheet, comma-separated.', true),
      c('People IDs', 'peopleIds', 'ids', 'IDs from the People sheet, comma-separated.', true),
      c('Summary', 'summary', 'text', 'What happened, in our own words.'),
      sources('the time and the place'),
    ],
  },
  {
    name: 'Places',
    list: 'places',
    note: 'Where things happened, one row per place.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. jber.'),
      c('Name', 'name', 'text', 'The name readers see.'),
      c('Latitude', 'lat', 'number', 'Degrees north (negative for south), e.g. 61.2514.'),
      c('Longitude', 'lon', 'number', 'Degrees east (negative for west), e.g. -149.8064.'),
      c('Kind', 'kind', 'text', 'base, city, airfield, cemetery…'),
      c('Description', 'description', 'text', 'A short description in our own words.'),
      c(SOURCE_IDS, 'sourceIds', 'ids', 'IDs from the Sources sheet that back the position.'),
    ],
  },
  {
    name: 'People',
    list: 'people',
    note: 'Who took part, one row per person.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. trump.'),
      c('Name', 'name', 'text', 'Full name.'),
      c('Role', 'role', 'text', 'Role on the day.'),
      c('Side', 'side', 'text', 'Delegation or side, e.g. us or russia.'),
    ],
  },
  {
    name: 'Quotes',
    list: 'quotes',
    note: 'The words that were spoken, exactly as the source prints them.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. q-very-profound.'),
      c('Speaker ID', 'speakerId', 'id', 'An ID from the People sheet.'),
      c('Text', 'text', 'text', 'The exact words.'),
      c('Language', 'lang', 'text', 'The language the words were spoken in, e.g. en or ru.'),
      c('Occasion', 'occasion', 'text', 'When and to whom it was said.'),
      c('Note', 'note', 'text', 'Anything a reader should know about the words (optional).'),
      c('Event IDs', 'eventIds', 'ids', 'IDs from the Events sheet, comma-separated.', true),
      c('Place IDs', 'placeIds', 'ids', 'IDs from the Places sheet, comma-separated.', true),
      sources('the words'),
    ],
  },
  {
    name: 'Translations',
    list: 'translations',
    parent: { sheet: 'Quotes', column: 'Quote ID' },
    note: 'Translations of quotes, one row per translation.',
    columns: [
      c('Quote ID', '', 'id', 'The ID of the quote on the Quotes sheet.'),
      c('Language', 'lang', 'text', 'The language of the translation, e.g. en.'),
      c('Text', 'text', 'text', 'The translated words.'),
      c('Kind', 'kind', 'text', 'official, interpretation, press or ours.'),
      c('By', 'by', 'text', 'Who translated it (optional).'),
      sources('the translation'),
    ],
  },
  {
    name: 'Printed',
    list: 'printed',
    parent: { sheet: 'Quotes', column: 'Quote ID' },
    note: 'Other wordings of a quote as printed by the press, one row per wording.',
    columns: [
      c('Quote ID', '', 'id', 'The ID of the quote on the Quotes sheet.'),
      c('Text', 'text', 'text', 'The words as printed.'),
      sources('this wording'),
    ],
  },
  {
    name: 'Sources',
    list: 'sources',
    note: 'Where every fact comes from, one row per source.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. article.'),
      c('Title', 'title', 'text', 'The title of the article, page or document.'),
      c('Publisher', 'publisher', 'text', 'Who published it.'),
      c('Address', 'url', 'text', 'Where to read it: an http(s) address.'),
      c('Date', 'date', 'text', 'When it was published.'),
      c('Language', 'lang', 'text', 'The language it is written in, e.g. en.'),
      c('Note', 'note', 'text', 'What it backs, and any conflict with other sources.'),
    ],
  },
  {
    name: 'Routes',
    list: 'routes',
    note: 'Lines on the map: flights, ferry routes. One row per route.',
    columns: [
      c('ID', 'id', 'id', 'A short unique name, e.g. af1-flight.'),
      c('Name', 'name', 'text', 'The name readers see.'),
      c('Kind', 'kind', 'text', 'flight, ferry, historical…'),
      c('Historical', 'historical', 'bool', 'yes to draw it dashed, as a route from history.'),
      c('Place IDs', 'placeIds', 'ids', 'The places it passes, in order, comma-separated.'),
      c(
        'Points',
        'points',
        'points',
        'Or points as "lat lon; lat lon", e.g. 61.2 -149.8; 55.7 37.6.',
      ),
      c('Event IDs', 'eventIds', 'ids', 'Events it belongs to, comma-separated.'),
      c(
        'Departs',
        'depart',
        'moment',
        'When it left, for playing the day: "event ID" (that event’s start), or a time, e.g. 2025-08-15 06:54 ± 30.',
      ),
      c('Arrives', 'arrive', 'moment', 'When it arrived, written like Departs.'),
    ],
  },
  {
    name: 'Tour',
    list: 'tour',
    note: 'A guided tour for class: the stops in order, one row per stop.',
    columns: [
      c('Shows', 'select', 'text', 'What the stop selects: event:ID, place:ID or quote:ID.'),
      c('Note', 'note', 'text', 'One line for the class.'),
    ],
  },
];

/** The spec of a list sheet by name. */
export function listSheet(name: string): ListSheetSpec | undefined {
  return LIST_SHEETS.find((s) => s.name === name);
}

/** Headers are matched without regard to case, spaces or a trailing "(…)" explanation. */
export function headerKey(header: string): string {
  return header
    .replace(/\(.*\)\s*$/, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Words for precision values, as the "How exact" column writes them. */
export const PRECISION_WORDS: Readonly<Record<string, string>> = {
  exact: 'exact',
  minute: 'to the minute',
  approx: 'approximate',
  order: 'only the order is known',
  undated: 'date not set',
  day: 'day only',
  year: 'year only',
};
