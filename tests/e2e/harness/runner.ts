import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserName } from './browser';
import { runWith, type TestRun } from './current';
import { OUTPUT_DIR } from './paths';
import type { E2ETest } from './registry';

/** How one test went. */
export interface TestResult {
  readonly test: E2ETest;
  readonly browser: BrowserName;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: unknown;
  /** The page as it looked when the test failed. */
  readonly screenshot?: string;
  readonly pageErrors: readonly string[];
}

/** Runs one test in its own run record, then closes everything it opened, pass or fail. */
export async function runTest(test: E2ETest, browser: BrowserName): Promise<TestResult> {
  const run: TestRun = {
    name: test.name,
    contexts: [],
    pages: [],
    allowedOrigins: new Set(),
    outside: new Set(),
    pageErrors: [],
    dialogs: new Map(),
    cleanups: [],
  };
  const started = performance.now();
  let error: unknown;
  try {
    // Firefox over BiDi is slower at every step (its waits get twice as long too, see openApp).
    const timeoutMs = test.timeoutMs * (browser === 'firefox' ? 2 : 1);
    await runWith(run, () => withTimeout(test.fn(), timeoutMs));
  } catch (caught) {
    error = caught;
  }
  if (!error && run.outside.size > 0) {
    error = new Error(
      `requests tried to leave the page's origin (aborted):\n${[...run.outside].map((u) => `  ${u}`).join('\n')}`,
    );
  }
  const screenshot = error
    ? await saveFailureScreenshot(run, `${browser}-${test.name}`)
    : undefined;
  await tearDown(run);
  return {
    test,
    browser,
    ok: !error,
    ms: performance.now() - started,
    error,
    screenshot,
    pageErrors: run.pageErrors,
  };
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  // After a timeout the test body may still be running; its later failure is not news.
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function saveFailureScreenshot(run: TestRun, name: string): Promise<string | undefined> {
  const page = run.pages.filter((p) => !p.isClosed()).at(-1);
  if (!page) return undefined;
  const path = join(OUTPUT_DIR, `FAIL-${slug(name)}.png`);
  try {
    await mkdir(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path, timeout: 5_000 });
    return path;
  } catch {
    return undefined;
  }
}

async function tearDown(run: TestRun): Promise<void> {
  for (const cleanup of run.cleanups.reverse()) await cleanup().catch(() => {});
  for (const context of run.contexts) await context.close().catch(() => {});
}

/** A file-name-safe form of a test name. */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'test'
  );
}
