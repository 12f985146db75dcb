import { buildStory, type Story } from '../story/model';
import { checkLinks } from './links';
import { formatPath, type Problem, type Result } from './problems';
import { StorySchema } from './schema';

/** Larger files are refused before parsing: a story of 100,000 items fits well under it. */
export const MAX_STORY_BYTES = 20 * 1024 * 1024;
/** Past this many, the rest are summarised in one line. */
export const MAX_PROBLEMS = 200;

/**
 * Turns any JSON value into a story model or a list of located problems. Never throws: the
 * shape is checked by zod, then links and meaning by `checkLinks`.
 */
export function validateStory(value: unknown): Result<Story> {
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
    return { ok: true, value: buildStory(shape.data) };
  } catch (error) {
    // A bug in our own checks must still not blank the page.
    return fail([{ path: '', message: `could not check the story (${String(error)})` }]);
  }
}

/** Parses JSON text, then validates it. */
export function parseStory(text: string): Result<Story> {
  if (text.length > MAX_STORY_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return fail([{ path: '', message: `the file is ${mb} MB; stories are limited to 20 MB` }]);
  }
  if (text.trim() === '') return fail([{ path: '', message: 'the file is empty' }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', message: `not valid JSON (${withLineAndColumn(detail, text)})` }]);
  }
  return validateStory(value);
}

export interface LoadOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/** Fetches, parses and validates a story. Every failure comes back as a problem, never a throw. */
export async function loadStory(url: string, options: LoadOptions = {}): Promise<Result<Story>> {
  const { timeoutMs = 10_000, fetchImpl = fetch } = options;
  const controller = new AbortController();
  const abortFromOutside = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromOutside);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal });
    if (!response.ok) {
      return fail([
        {
          path: '',
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        },
      ]);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_STORY_BYTES) {
      return fail([
        {
          path: '',
          message: `the file is ${(length / 1048576).toFixed(1)} MB; stories are limited to 20 MB`,
        },
      ]);
    }
    return parseStory(await response.text());
  } catch (error) {
    if (timedOut) return fail([{ path: '', message: `no answer within ${timeoutMs / 1000} s` }]);
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', message: `could not fetch the file (${detail})` }]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromOutside);
  }
}

function fail(problems: readonly Problem[]): Result<Story> {
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
