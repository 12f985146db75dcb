import { MAX_STORY_BYTES, tooLarge } from './fetchStory';
import { checkLinks, type KnownIds, type ListName } from './links';
import { formatPath, type Problem, type Result } from './problems';
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
      const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
      return fail([{ path: '', message: `the file holds ${what}, not a story object` }]);
    }
    const shape = StorySchema.safeParse(value, { reportInput: true });
    if (!shape.success) {
      const shapeProblems = shape.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue),
      }));
      // Every part that could be read is still checked for links and meaning, so one run lists
      // every mistake, not only the first kind.
      return fail([...shapeProblems, ...checkReadableParts(value as Record<string, unknown>)]);
    }
    const problems = checkLinks(shape.data);
    if (problems.length) return fail(problems);
    return { ok: true, value: shape.data };
  } catch (error) {
    // A bug in our own checks must still not blank the page.
    return fail([{ path: '', message: `could not check the story (${String(error)})` }]);
  }
}

/** Parses JSON text, then checks it (see {@link checkStory}). */
export function parseStoryData(text: string): Result<RawStory> {
  if (text.length > MAX_STORY_BYTES) return fail([tooLarge(text.length)]);
  if (text.trim() === '') return fail([{ path: '', message: 'the file is empty' }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', message: `not valid JSON (${withLineAndColumn(detail, text)})` }]);
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
  }));
}

function fail(problems: readonly Problem[]): Result<never> {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      { path: '', message: `…and ${problems.length - MAX_PROBLEMS} more problems` },
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
}

/** zod's messages, reworded for people writing JSON by hand. */
function describeIssue(issue: ZodLikeIssue): string {
  if (issue.code === 'invalid_type') {
    const got = describeValue(issue.input);
    if (issue.input === undefined) return `is missing (expected ${String(issue.expected)})`;
    return `expected ${String(issue.expected)}, got ${got}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown field(s): ${issue.keys.join(', ')}`;
  }
  return issue.message;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string')
    return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}
