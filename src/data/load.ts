import type { Story } from '../story/model';
import { toStory } from './build';
import { type FetchOptions, fetchStoryFile, MAX_STORY_BYTES, tooLarge } from './fetchStory';
import { checkLinks } from './links';
import { formatPath, type Problem, type Result } from './problems';
import { type RawStory, StorySchema } from './schema';

export { MAX_STORY_BYTES, toStory };
/** Past this many, the rest are summarised in one line. */
export const MAX_PROBLEMS = 200;

/**
 * Turns any JSON value into a story model or a list of located problems. Never throws: the
 * shape is checked by zod, then links and meaning by `checkLinks`.
 */
export function validateStory(value: unknown): Result<Story> {
  return toStory(checkStory(value));
}

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
      return fail(
        shape.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: describeIssue(issue),
        })),
      );
    }
    const problems = checkLinks(shape.data);
    if (problems.length) return fail(problems);
    return { ok: true, value: shape.data };
  } catch (error) {
    // A bug in our own checks must still not blank the page.
    return fail([{ path: '', message: `could not check the story (${String(error)})` }]);
  }
}

/** Parses JSON text, then validates it. */
export function parseStory(text: string): Result<Story> {
  return toStory(parseStoryData(text));
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

export type LoadOptions = FetchOptions;

/** Fetches, parses and validates a story. Every failure comes back as a problem, never a throw. */
export async function loadStory(url: string, options: LoadOptions = {}): Promise<Result<Story>> {
  const file = await fetchStoryFile(url, options);
  return file.ok ? parseStory(new TextDecoder().decode(file.value)) : file;
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
