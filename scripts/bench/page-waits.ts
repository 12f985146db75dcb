import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type FirstRenderState, readFirstRender } from './probes';

/** The window every page is measured in: a laptop screen. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Raised when the page did not answer in time: its main thread is stuck or swamped. */
export class PageTimeout extends Error {}

/**
 * Settles with `promise`, or rejects with a `PageTimeout` after `ms`. The abandoned promise
 * keeps a handler (the race's), so its later failure, when the page is closed, is not unhandled.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new PageTimeout(`${what}: no answer within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fresh context (empty cache, like a first visit). tsx compiles functions with esbuild's
 * `keepNames`, which wraps them in `__name(…)` calls; the stub lets the probes run in the page.
 */
export async function openContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return context;
}

/** The outcome of waiting for a first render. */
export interface FirstRender {
  /** Navigation start to the painted first full render; `null` when it never completed. */
  readonly ms: number | null;
  /** When each selector first matched, in ms from navigation start. */
  readonly seenMs: Record<string, number>;
  /** Selectors that never matched. */
  readonly missing: string[];
  /** The page's error, if it showed one instead. */
  readonly alert: string | null;
}

/**
 * Polls the page's `watchFirstRender` state. Gives up `settleMs` after the last selector that
 * appeared (a view still being built would have shown by then) or after `limitMs` in all.
 */
export async function waitForFirstRender(
  page: Page,
  selectors: readonly string[],
  { settleMs = 15_000, limitMs = 120_000 } = {},
): Promise<FirstRender> {
  const started = Date.now();
  let lastSeenCount = 0;
  let lastChange = started;
  let state: Omit<FirstRenderState, 'longTasks'> | null = null;
  let alert: string | null = null;
  for (;;) {
    const left = limitMs - (Date.now() - started);
    if (left <= 0) break;
    try {
      ({ state, alert } = await withTimeout(page.evaluate(readFirstRender), left, 'first render'));
    } catch (error) {
      if (error instanceof PageTimeout) break;
      throw error;
    }
    const seen = Object.keys(state?.seen ?? {}).length;
    if (state?.doneMs != null) break;
    if (seen !== lastSeenCount) {
      lastSeenCount = seen;
      lastChange = Date.now();
    }
    const now = Date.now();
    if (seen === 0 && alert && now - started > 3_000) break;
    if (seen > 0 && now - lastChange > settleMs) break;
    await sleep(200);
  }
  const seenMs = Object.fromEntries(
    Object.entries(state?.seen ?? {}).map(([k, v]) => [k, Math.round(v)]),
  );
  return {
    ms: state?.doneMs == null ? null : Math.round(state.doneMs),
    seenMs,
    missing: selectors.filter((s) => !(s in seenMs)),
    alert,
  };
}

/**
 * Waits until the page's service worker, if it registers one, is active: it downloads the whole
 * app for offline use once the first render has settled, and the selections measured next should
 * not share the processor with that download. Returns `false` if it did not happen within `limitMs`.
 */
export async function waitForOfflineCopy(page: Page, limitMs = 30_000): Promise<boolean> {
  try {
    return await withTimeout(
      page.evaluate(async () => {
        if (!('serviceWorker' in navigator) || !window.isSecureContext) return true;
        const registration = await navigator.serviceWorker.ready;
        const worker = registration.active;
        if (!worker || worker.state === 'activated') return true;
        await new Promise<void>((done) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && done()),
        );
        return true;
      }),
      limitMs,
      'offline copy',
    );
  } catch (error) {
    if (error instanceof PageTimeout) return false;
    throw error;
  }
}

/**
 * Waits until the page answers a round trip within `quietMs` twice running: the work that
 * follows a first render (effects, lazy chunks, off-screen views) is done and clicks will be
 * handled at once. Returns how long that took, or `null` if it never happened within `limitMs`.
 */
export async function waitForIdle(
  page: Page,
  { quietMs = 100, limitMs = 20_000 } = {},
): Promise<number | null> {
  const started = Date.now();
  let quiet = 0;
  while (Date.now() - started < limitMs) {
    const t = Date.now();
    try {
      await withTimeout(
        page.evaluate(() => new Promise((done) => setTimeout(done, 0))),
        limitMs - (t - started),
        'idle',
      );
    } catch (error) {
      if (error instanceof PageTimeout) return null;
      throw error;
    }
    quiet = Date.now() - t < quietMs ? quiet + 1 : 0;
    if (quiet >= 2) return Date.now() - started;
    await sleep(50);
  }
  return null;
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round((usedSize / 1048576) * 10) / 10;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
