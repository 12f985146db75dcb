import type { BrowserContextOptions, Dialog, Page } from 'playwright-core';
import { currentRun } from './current';
import { getEnv } from './env';
import { installGlyphBox } from './glyphBox';
import { guardContext, watchPage } from './guard';
import { FIXTURES_PATH } from './paths';
import {
  allowTestEval,
  type RunningServer,
  type StaticServerOptions,
  startStaticServer as startServer,
} from './servers';

/** A browser window size. */
export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 375, height: 740 };
export const SMALL_PHONE: Viewport = { width: 360, height: 740 };
export const WIDE: Viewport = { width: 1920, height: 1080 };

/** The story has loaded (a view is shown) or failed visibly (an alert). */
export const READY = '[data-view], [role="alert"]';

/** Options of `openApp`. */
export interface OpenOptions {
  /** Default: 1280×800. */
  viewport?: Viewport;
  /** Wait for this selector after loading; `false` to not wait. Default: `READY`. */
  waitFor?: string | false;
  /** Other origins this test may talk to (servers from `startStaticServer` are added already). */
  allowOrigins?: readonly string[];
  /**
   * Anything else for the fresh browser context (offline, colour scheme, reduced motion, …). In
   * Firefox the time zone is UTC and the locale en-US: asking for others fails there.
   */
  context?: BrowserContextOptions;
  /** A script run in every page of the context before the app's own (to take away an API). */
  initScript?: string;
}

/** The app's address for a path and query, e.g. `appUrl('/?select=event:talks')`. */
export function appUrl(pathAndQuery = '/'): string {
  return new URL(pathAndQuery, `${getEnv().appOrigin}/`).href;
}

/** Where a file from `tests/e2e/fixtures/` is served, on the app's own origin. */
export function fixturePath(name: string): string {
  return `${FIXTURES_PATH}${name}`;
}

/**
 * Opens the production build in a fresh browser context with the outside-request guard on, and
 * waits until the story is shown (or its error is). The runner closes the context after the test.
 */
export async function openApp(pathAndQuery = '/', options: OpenOptions = {}): Promise<Page> {
  const run = currentRun();
  const { browser, appOrigin } = getEnv();
  run.allowedOrigins.add(appOrigin);
  for (const origin of options.allowOrigins ?? []) run.allowedOrigins.add(new URL(origin).origin);
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options.context,
  });
  run.contexts.push(context);
  // Firefox over WebDriver BiDi answers more slowly (a WebSocket round trip per step), and this
  // machine is shared: its waits get twice as long.
  context.setDefaultTimeout(browser.name === 'firefox' ? 30_000 : 15_000);
  // tsx compiles the tests with esbuild's keepNames, which wraps named inner functions of a
  // `page.evaluate` callback in `__name(…)`; the page needs that helper to run them.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  await installGlyphBox(context);
  await guardContext(context, run, { firefox: browser.name === 'firefox' });
  context.on('page', (page) => {
    if (!run.dialogs.has(page)) watchPage(page, run);
  });
  const page = await context.newPage();
  if (!run.dialogs.has(page)) watchPage(page, run);
  await page.goto(appUrl(pathAndQuery));
  if (options.waitFor !== false) {
    await page
      .locator(options.waitFor ?? READY)
      .first()
      .waitFor({ state: 'attached' });
  }
  return page;
}

/** Dialogs (`alert`, `confirm`…) the page opened so far; the harness dismisses each. */
export function dialogsSeen(page: Page): readonly Dialog[] {
  return currentRun().dialogs.get(page) ?? [];
}

/**
 * Serves a folder from a second origin for this test (an embedding page, a story elsewhere).
 * The guard lets requests to it through; the runner stops it after the test.
 */
export async function startStaticServer(
  folder: string,
  options: StaticServerOptions = {},
): Promise<RunningServer> {
  const run = currentRun();
  const firefox = getEnv().browser.name === 'firefox';
  const server = await startServer(folder, {
    ...(firefox ? { html: allowTestEval } : {}),
    ...options,
  });
  run.cleanups.push(server.close);
  run.allowedOrigins.add(server.origin);
  return server;
}
