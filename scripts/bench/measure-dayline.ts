import type { Browser } from 'playwright-core';
import { dragPan, type FrameRun, wheelZoom } from './gestures';
import {
  heapMB,
  openContext,
  PageTimeout,
  waitForFirstRender,
  waitForIdle,
  waitForOfflineCopy,
  withTimeout,
} from './page-waits';
import {
  aimAt,
  busySummary,
  countItems,
  measureSelections,
  type SelectionRun,
  watchFirstRender,
} from './probes';
import { type Summary, summarise } from './stats';

/** One story the bench loads into Dayline. */
export interface StoryCase {
  /** Short label for the report, e.g. `gen-1000`. */
  readonly name: string;
  /** The `data=` value (a same-origin path), or `null` for the default story. */
  readonly data: string | null;
  readonly counts: { readonly events: number; readonly quotes: number; readonly places: number };
}

/** Selection latency from one view. */
export interface SelectionResult extends Summary, Omit<SelectionRun, 'samples'> {}

/** Everything measured for one story. Times in ms; `null` where it could not be measured. */
export interface DaylineResult {
  readonly story: string;
  readonly url: string;
  readonly counts: StoryCase['counts'];
  readonly firstRenderMs: number | null;
  /** When each view first had an item, from navigation start. */
  readonly viewFirstItemMs: Record<string, number | null>;
  /** Views that never showed an item. */
  readonly missingViews: string[];
  /** When the main thread's last long task after load ended, from navigation start. */
  readonly busyUntilMs: number | null;
  /** Long-task time after the first render, until the page went quiet. */
  readonly longTaskMsAfterFirstRender: number | null;
  /** Items in the DOM once quiet (a view may render only what is in sight). */
  readonly renderedItems: Record<string, number>;
  readonly heapMB: number | null;
  readonly selection: Record<string, SelectionResult>;
  readonly timelineZoom: FrameRun | null;
  readonly mapPan: FrameRun | null;
  /** Requests that left the page's origin (DESIGN.md allows none by default). */
  readonly foreignRequests: string[];
  /** Uncaught errors, the page's own alert, steps that timed out. */
  readonly problems: string[];
}

/** The three item views and the attribute DESIGN.md's DOM contract gives their items. */
export const ITEM_VIEWS = [
  { view: 'timeline', attr: 'data-event-id' },
  { view: 'map', attr: 'data-place-id' },
  { view: 'quotes', attr: 'data-quote-id' },
] as const;

const itemSelector = (v: (typeof ITEM_VIEWS)[number]) => `[data-view="${v.view}"] [${v.attr}]`;

/** Options for one story's run. */
export interface DaylineOptions {
  /** Clicks per view. */
  readonly selections: number;
  /** Give up on one click after this long. */
  readonly selectionTimeoutMs: number;
  /** Stop clicking in a view after this long, to keep the bench to a few minutes. */
  readonly selectionBudgetMs: number;
}

/** Loads one story in a fresh context and measures it. */
export async function measureDayline(
  browser: Browser,
  origin: string,
  story: StoryCase,
  options: DaylineOptions,
): Promise<DaylineResult> {
  const url = story.data ? `${origin}/?data=${story.data}` : `${origin}/`;
  const context = await openContext(browser);
  const problems: string[] = [];
  let stuck = false;
  /** Runs one step; a step that times out marks the page stuck and the rest are skipped. */
  const step = async <T>(
    name: string,
    limitMs: number,
    run: () => Promise<T>,
  ): Promise<T | null> => {
    if (stuck) return null;
    try {
      return await withTimeout(run(), limitMs, name);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      stuck ||= error instanceof PageTimeout;
      return null;
    }
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.length < 8 && problems.push(error.message));
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      const address = request.url();
      const local = address.startsWith(origin) || /^(data|blob):/.test(address);
      if (!local && foreignRequests.length < 20) foreignRequests.push(address);
    });
    const selectors = ITEM_VIEWS.map(itemSelector);
    await page.addInitScript(watchFirstRender, selectors);
    await page.goto(url, { waitUntil: 'commit' });
    const first = await waitForFirstRender(page, selectors);
    if (first.alert) problems.push(`the page shows an alert: ${first.alert}`);
    if (!(await waitForOfflineCopy(page)))
      problems.push('the service worker was not active 30 s after the first render');
    const idleAfterMs = await waitForIdle(page);
    if (idleAfterMs === null)
      problems.push('the main thread was still busy 20 s after the first render');
    const busy = await step('long tasks', 30_000, () => page.evaluate(busySummary, first.ms ?? 0));
    const renderedItems =
      (await step('count items', 30_000, () => page.evaluate(countItems))) ?? {};
    const heap = await step('heap', 30_000, () => heapMB(page));

    const selection: Record<string, SelectionResult> = {};
    for (const v of ITEM_VIEWS) {
      const run = await step(`selections from ${v.view}`, options.selectionBudgetMs + 30_000, () =>
        page.evaluate(measureSelections, {
          view: v.view,
          attr: v.attr,
          count: options.selections,
          timeoutMs: options.selectionTimeoutMs,
          budgetMs: options.selectionBudgetMs,
        }),
      );
      if (run) {
        const { samples, ...rest } = run;
        selection[v.view] = { ...summarise(samples), ...rest };
      }
    }
    await step('clear', 10_000, () => page.keyboard.press('Escape'));

    const plot = await step('find plot', 30_000, () =>
      page.evaluate(aimAt, { root: '[data-view="timeline"]', selectors: ['svg'] }),
    );
    const timelineZoom = plot
      ? await step('timeline zoom', 60_000, () => wheelZoom(page, plot))
      : null;
    const map = await step('find map', 30_000, () =>
      page.evaluate(aimAt, {
        root: '[data-view="map"]',
        selectors: ['.leaflet-container'],
        avoid: '[data-place-id], .leaflet-control, .leaflet-marker-icon, .leaflet-interactive',
      }),
    );
    const mapPan = map ? await step('map pan', 60_000, () => dragPan(page, map)) : null;

    return {
      story: story.name,
      url: url.replace(origin, ''),
      counts: story.counts,
      firstRenderMs: first.ms,
      viewFirstItemMs: Object.fromEntries(
        ITEM_VIEWS.map((v) => [v.view, first.seenMs[itemSelector(v)] ?? null]),
      ),
      missingViews: ITEM_VIEWS.filter((v) => first.missing.includes(itemSelector(v))).map(
        (v) => v.view,
      ),
      busyUntilMs: busy?.busyUntilMs ?? null,
      longTaskMsAfterFirstRender: first.ms === null ? null : (busy?.longTaskMsAfter ?? null),
      renderedItems,
      heapMB: heap,
      selection,
      timelineZoom,
      mapPan,
      foreignRequests,
      problems,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
