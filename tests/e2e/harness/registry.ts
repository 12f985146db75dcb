/** One browser test, as a test file declares it. */
export interface E2ETest {
  readonly name: string;
  /** The file that declared it, relative to the repository root. */
  readonly file: string;
  readonly timeoutMs: number;
  /** Why this test cannot run in Firefox, when it cannot (tests/e2e/README.md lists them). */
  readonly chromiumOnly?: string;
  readonly fn: () => Promise<void>;
}

/** Options of one test. */
export interface TestOptions {
  /** Fail the test after this long; default 90 s (the machine may be busy), twice that in Firefox. */
  timeoutMs?: number;
  /**
   * Runs in Chromium only, for this reason (what Firefox ESR cannot do). Keep these few, and list
   * each in tests/e2e/README.md.
   */
  chromiumOnly?: string;
}

const DEFAULT_TIMEOUT_MS = 90_000;
const declared: E2ETest[] = [];
let declaringFile = '(unknown file)';

/**
 * Declares a browser test. Test files run it at import time; the runner collects the tests, then
 * runs them one at a time, each with its own browser context(s).
 */
export function test(name: string, fn: () => Promise<void>, options: TestOptions = {}): void {
  declared.push({
    name,
    file: declaringFile,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.chromiumOnly ? { chromiumOnly: options.chromiumOnly } : {}),
    fn,
  });
}

/** Imports one test file and returns the tests it declared. */
export async function collectTests(file: string, load: () => Promise<unknown>): Promise<E2ETest[]> {
  const before = declared.length;
  declaringFile = file;
  try {
    await load();
  } finally {
    declaringFile = '(unknown file)';
  }
  return declared.slice(before);
}
