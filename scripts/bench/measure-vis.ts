import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from './build-app';
import { type FrameRun, wheelZoom } from './gestures';
import { heapMB, openContext, waitForFirstRender, waitForIdle, withTimeout } from './page-waits';
import { aimAt, watchFirstRender } from './probes';
import type { StaticServer } from './server';

/** What vis-timeline achieved on the same story, in the same browser. */
export interface VisResult {
  readonly story: string;
  readonly events: number;
  /** Navigation start to its items in the DOM and painted; `null` if it never got there. */
  readonly firstRenderMs: number | null;
  /** `.vis-item` elements in the DOM after the first render. */
  readonly renderedItems: number;
  readonly heapMB: number | null;
  readonly zoom: FrameRun | null;
  readonly problems: string[];
}

const VENDOR = resolve(REPO_ROOT, 'node_modules/vis-timeline');
const SCRIPT = '/bench/vendor/vis-timeline-graph2d.min.js';
const STYLES = '/bench/vendor/vis-timeline-graph2d.min.css';
/** The comparison page; it takes the story's address as `?data=`. */
export const VIS_PAGE = '/bench/vis.html';

/**
 * A plain page with vis-timeline's standalone build: one item per event (a range when it has
 * an end), content = title, and the window set to the day's events as Dayline opens on them.
 * Titles are escaped because vis-timeline treats string content as HTML.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline comparison</title>
<link rel="stylesheet" href="${STYLES}">
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #timeline { width: 100%; }</style>
</head>
<body>
<main><div id="timeline"></div></main>
<script src="${SCRIPT}"></script>
<script>
(async () => {
  const params = new URLSearchParams(location.search);
  const url = params.get('data');
  const story = await (await fetch(url)).json();
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = new vis.DataSet(story.events.map((e) => {
    const item = { id: e.id, start: e.start, content: escape(e.title) };
    if (e.end) item.end = e.end;
    return item;
  }));
  const day = story.events.filter((e) => !e.context);
  const starts = day.map((e) => Date.parse(e.start));
  const ends = day.map((e) => Date.parse(e.end || e.start));
  const options = { height: '600px' };
  if (day.length && params.get('window') !== 'all') {
    options.start = new Date(Math.min(...starts));
    options.end = new Date(Math.max(...ends));
  }
  window.__visTimeline = new vis.Timeline(document.getElementById('timeline'), items, options);
})();
</script>
</body>
</html>
`;

/** Adds the comparison page and vis-timeline's files to the bench server. */
export function serveVisPage(server: StaticServer): void {
  server.add(VIS_PAGE, { body: PAGE, type: 'text/html; charset=utf-8' });
  server.add(SCRIPT, {
    body: readFileSync(resolve(VENDOR, 'standalone/umd/vis-timeline-graph2d.min.js')),
    type: 'text/javascript; charset=utf-8',
  });
  server.add(STYLES, {
    body: readFileSync(resolve(VENDOR, 'styles/vis-timeline-graph2d.min.css')),
    type: 'text/css; charset=utf-8',
  });
}

/** Renders one story with vis-timeline and measures its load and its zoom frames. */
export async function measureVis(
  browser: Browser,
  origin: string,
  story: { name: string; data: string; events: number },
): Promise<VisResult> {
  const context = await openContext(browser);
  const problems: string[] = [];
  const result = {
    story: story.name,
    events: story.events,
    firstRenderMs: null as number | null,
    renderedItems: 0,
    heapMB: null as number | null,
    zoom: null as FrameRun | null,
    problems,
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.length < 5 && problems.push(error.message));
    const selector = '.vis-timeline .vis-item';
    await page.addInitScript(watchFirstRender, [selector]);
    await page.goto(`${origin}${VIS_PAGE}?data=${story.data}`, { waitUntil: 'commit' });
    result.firstRenderMs = (await waitForFirstRender(page, [selector], { settleMs: 120_000 })).ms;
    if (result.firstRenderMs === null) throw new Error('no items painted within 120 s');
    if ((await waitForIdle(page)) === null) problems.push('still busy 20 s after the first render');
    result.renderedItems = await withTimeout(
      page.evaluate((s) => document.querySelectorAll(s).length, selector),
      30_000,
      'count items',
    );
    result.heapMB = await withTimeout(heapMB(page), 30_000, 'heap');
    // vis-timeline keeps redrawing for a moment after it goes idle, and until then no point of
    // its panel hits it: ask again for up to 5 s.
    const findPlot = async () => {
      for (let tries = 0; tries < 25; tries++) {
        const aim = await page.evaluate(aimAt, {
          root: '.vis-timeline',
          selectors: ['.vis-panel.vis-center'],
        });
        if (aim) return aim;
        await page.waitForTimeout(200);
      }
      return null;
    };
    const plot = await withTimeout(findPlot(), 30_000, 'find plot');
    if (!plot) problems.push('no point of the plot could be aimed at');
    if (plot) result.zoom = await withTimeout(wheelZoom(page, plot), 60_000, 'zoom');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}
