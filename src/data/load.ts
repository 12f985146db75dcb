import type { MessageId } from '../i18n/i18n';
import { MAX_STORY_BYTES, tooLarge } from './fetchStory';
import { checkLinks, type KnownIds, type ListName } from './links';
import { formatPath, type Problem, problemAt, type Result } from './problems';
import {
  EventSchema,
  PersonSchema,
  PlaceSchema,
  QuoteSchema,
  type RawStory,
  RouteSchema,
  SourceSchema,
  StorySchema,
  TourStopSchema,
} from './schema';

export { MAX_STORY_BYTES };
/** Past this many, the rest are summarised in one line. */
export const MAX_PROBLEMS = 200;

/**
 * Checks any JSON value against the format and its links: the checked data (plain, so it can
 * cross from a worker) or a list of located problems. Never throws.
 */
export function checkStory(value: unknown): Result<RawStory> {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
      const what = kind === 'null' ? 'null' : kind === 'list' ? 'a list' : `a ${kind}`;
      return fail([
        problemAt('', `the file holds ${what}, not a story object`, 'problem.notObject', {
          what: kind,
        }),
      ]);
    }
    const shape = StorySchema.safeParse(value, { reportInput: true });
    if (!shape.success) {
      const shapeProblems = shape.error.issues.map((issue) =>
        describeIssue(formatPath(issue.path), issue),
      );
      // Every part that could be read is still checked for links and meaning, so one run lists
      // every mistake, not only the first kind.
      return fail([...shapeProblems, ...checkReadableParts(value as Record<string, unknown>)]);
    }
    const problems = checkLinks(shape.data);
    if (problems.length) return fail(problems);
    return { ok: true, value: shape.data };
  } catch (error) {
    // A bug in our own checks must still not blank the page.
    return fail([
      problemAt('', `could not check the story (${String(error)})`, 'problem.checkFailed', {
        detail: String(error),
      }),
    ]);
  }
}

/** Parses JSON text, then checks it (see {@link checkStory}). */
export function parseStoryData(text: string): Result<RawStory> {
  if (text.length > MAX_STORY_BYTES) return fail([tooLarge(text.length)]);
  if (text.trim() === '') return fail([problemAt('', 'the file is empty', 'problem.empty')]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = withLineAndColumn(message, text);
    return fail([problemAt('', `not valid JSON (${detail})`, 'problem.notJson', { detail })]);
  }
  return checkStory(value);
}

const ITEM_SCHEMAS = {
  places: PlaceSchema,
  people: PersonSchema,
  events: EventSchema,
  quotes: QuoteSchema,
  routes: RouteSchema,
  sources: SourceSchema,
  tour: TourStopSchema,
} as const;
type ItemList = keyof typeof ITEM_SCHEMAS;

/**
 * Link and meaning checks on a story whose shape is wrong: each list keeps only its items whose
 * own shape is right, the problems found are reported at those items' places in the file, and
 * links to the left-out items are not called dangling (their shape problem is reported already).
 */
function checkReadableParts(value: Record<string, unknown>): Problem[] {
  const readable: Record<string, unknown> = {
    // A missing or wrong zone is a shape problem already; a stand-in keeps the zone check quiet.
    timezone: typeof value.timezone === 'string' ? value.timezone : 'UTC',
    secondTimezone: typeof value.secondTimezone === 'string' ? value.secondTimezone : undefined,
  };
  const positions: Partial<Record<ItemList, number[]>> = {};
  const known: { -readonly [K in ListName]?: Set<string> } = {};
  for (const list of Object.keys(ITEM_SCHEMAS) as ItemList[]) {
    const items = Array.isArray(value[list]) ? (value[list] as unknown[]) : [];
    const kept: unknown[] = [];
    const at: number[] = [];
    items.forEach((item, i) => {
      const checked = ITEM_SCHEMAS[list].safeParse(item);
      if (checked.success) {
        kept.push(checked.data);
        at.push(i);
      } else if (list !== 'tour') {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') {
          known[list] ??= new Set();
          known[list].add(id);
        }
      }
    });
    readable[list] = kept;
    positions[list] = at;
  }
  // Back from the kept items' positions to the file's: `events[2]` of the kept list may be
  // `events[5]` in the file.
  const inFile = (text: string) =>
    text.replace(
      /\b(places|people|events|quotes|routes|sources|tour)\[(\d+)\]/g,
      (whole, list, i) => {
        const original = positions[list as ItemList]?.[Number(i)];
        return original === undefined ? whole : `${list}[${original}]`;
      },
    );
  return checkLinks(readable as RawStory, known as KnownIds).map((p) => ({
    path: inFile(p.path),
    message: inFile(p.message),
    ...(p.phrase && {
      phrase: {
        id: p.phrase.id,
        values: Object.fromEntries(
          Object.entries(p.phrase.values ?? {}).map(([k, v]) => [
            k,
            typeof v === 'string' ? inFile(v) : v,
          ]),
        ),
      },
    }),
  }));
}

function fail(problems: readonly Problem[]): Result<never> {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      problemAt('', `…and ${problems.length - MAX_PROBLEMS} more problems`, 'problem.more', {
        n: problems.length - MAX_PROBLEMS,
      }),
    ],
  };
}

/** Engines report a character offset ("at position 33"); people editing a file need a line. */
function withLineAndColumn(detail: string, text: string): string {
  const at = /position (\d+)/.exec(detail);
  if (!at || /line \d+/.test(detail)) return detail;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${detail}, line ${line} column ${column}`;
}

interface ZodLikeIssue {
  code: string;
  message: string;
  expected?: unknown;
  input?: unknown;
  keys?: readonly string[];
  values?: readonly unknown[];
  maximum?: unknown;
}

/**
 * The schema's own messages (./schema.ts), each with its catalog message; those with a number
 * in them are matched by pattern.
 */
const SCHEMA_PHRASES: Readonly<Record<string, MessageId>> = {
  'must not be empty': 'problem.notEmpty',
  'must be letters, digits, "-", "_" or "." (no spaces)': 'problem.idChars',
  'has too many entries': 'problem.tooManyEntries',
  'not an ISO 8601 time with an offset (e.g. 2025-08-15T10:20:00-08:00)': 'problem.isoTime',
  'expected a number': 'problem.number',
  'expected a number of minutes': 'problem.minutes',
  'must be 0 or more minutes': 'problem.minutesMin',
  'is more than ten years of minutes': 'problem.minutesMax',
  'must be a language tag such as "en" or "ru"': 'problem.langTagShort',
  'must be "event:ID", "place:ID" or "quote:ID"': 'problem.selectForm',
  'must be an http(s) address': 'problem.httpAddress',
  'must be 1 (the only format version so far)': 'problem.version',
};
const SCHEMA_COUNTS: readonly (readonly [RegExp, MessageId])[] = [
  [/^is longer than (\d+) characters$/, 'problem.tooLong'],
  [/^has more than (\d+) entries$/, 'problem.moreThanEntries'],
];

/** zod's messages, reworded for people writing JSON by hand, and put into catalog words. */
function describeIssue(path: string, issue: ZodLikeIssue): Problem {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    if (issue.input === undefined)
      return problemAt(path, `is missing (expected ${expected})`, 'problem.missing', { expected });
    const { got, value, text } = describeValue(issue.input);
    return problemAt(path, `expected ${expected}, got ${text}`, 'problem.wrongType', {
      expected,
      got,
      value,
    });
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const fields = issue.keys.join(', ');
    return problemAt(path, `unknown field(s): ${fields}`, 'problem.unknownFields', { fields });
  }
  if (issue.code === 'invalid_value' && issue.values && issue.values.length > 1) {
    const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return problemAt(path, `expected one of ${options}`, 'problem.oneOf', { options });
  }
  const known = SCHEMA_PHRASES[issue.message];
  if (known) return problemAt(path, issue.message, known);
  for (const [pattern, id] of SCHEMA_COUNTS) {
    const count = pattern.exec(issue.message);
    if (count) return problemAt(path, issue.message, id, { max: Number(count[1]) });
  }
  // zod's own words (a union no branch of which matched): shown as they are, marked as such.
  return problemAt(path, issue.message, 'problem.invalid', { detail: issue.message });
}

/** A value as a problem names it: `a list`, `the text "…"`, `number 5`. */
function describeValue(v: unknown): { got: string; value: string; text: string } {
  if (v === null) return { got: 'null', value: '', text: 'null' };
  if (Array.isArray(v)) return { got: 'list', value: '', text: 'a list' };
  if (typeof v === 'string') {
    const value = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return { got: 'text', value, text: `the text ${value}` };
  }
  if (typeof v === 'object') return { got: 'object', value: '', text: 'an object' };
  return { got: typeof v, value: String(v), text: `${typeof v} ${String(v)}` };
}
