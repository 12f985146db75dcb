import { AsyncLocalStorage } from 'node:async_hooks';
import type { BrowserContext, Dialog, Page } from 'playwright-core';

/** What one running test has opened and seen; the runner closes and checks it afterwards. */
export interface TestRun {
  readonly name: string;
  readonly contexts: BrowserContext[];
  readonly pages: Page[];
  /** Origins a request may go to: the app's, plus any server the test started. */
  readonly allowedOrigins: Set<string>;
  /** Requests that tried to leave the allowed origins (the guard aborted them). */
  readonly outside: Set<string>;
  /** Uncaught exceptions and console errors in the pages, printed when the test fails. */
  readonly pageErrors: string[];
  readonly dialogs: Map<Page, Dialog[]>;
  /** Run in reverse order after the test, pass or fail. */
  readonly cleanups: (() => Promise<unknown>)[];
}

const storage = new AsyncLocalStorage<TestRun>();

export function runWith<T>(run: TestRun, fn: () => Promise<T>): Promise<T> {
  return storage.run(run, fn);
}

/** The test that is running now; the fixture helpers act on it. */
export function currentRun(): TestRun {
  const run = storage.getStore();
  if (!run) throw new Error('This helper only works inside a test() body');
  return run;
}
