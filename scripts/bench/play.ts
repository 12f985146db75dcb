/**
 * Playing the day (issue 16): frame times while the day plays, on the default story and on
 * generated stories of 1,000 and 10,000 events whose flights are given departure and arrival
 * times. A frame is the time between two animation frames of the page in Chromium (what a
 * reader sees), while it plays at the fastest speed (one hour of the day in 5 s). The target is
 * a frame p95 of at most 16.7 ms. Part of `npm run bench` (`npm run bench -- --only play` runs
 * just this); on its own it prints a JSON report and a table:
 *
 *   npx tsx scripts/bench/play.ts [--no-build] [--dist bench-output/dist] [--seconds 6]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { RawStory } from '../../src/data/schema';
import { buildApp, OUTPUT_DIR } from './build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { generateStory } from './generate-story';
import { openContext } from './page-waits';
import { type StaticServer, startServer } from './server';
import { deltas, type Summary, summarise } from './stats';

const log = (message: string) => console.error(`bench:play: ${message}`);

/** The generated story with every flight timed across the middle of its day, so planes move. */
function withTimedFlights(story: RawStory): RawStory {
  const starts = story.events
    .filter((e) => !e.context)
    .map((e) => e.start)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const at = (q: number) => starts[Math.floor(q * (starts.length - 1))] as string;
  return {
    ...story,
    routes: (story.routes ?? []).map((r, i) =>
      r.historical
        ? r
        : { ...r, depart: { time: at(0.05 + i * 0.02), approx: 10 }, arrive: { time: at(0.9) } },
    ),
  };
}

export interface PlayResult {
  story: string;
  events: number;
  frames: Summary;
  /** Frames of the same page before playing. */
  idleFrames: Summary;
  /** Frames over 16.7 ms, as a share of all frames. */
  longFrameShare: number;
  movingParties: number;
}

async function measure(
  page: Page,
  seconds: number,
): Promise<{ times: number[]; idle: number[]; parties: number }> {
  await page.waitForSelector('[data-view="timeline"] [role="slider"][data-t]', {
    state: 'attached',
    timeout: 120_000,
  });
  await page.waitForSelector('[data-view="map"] .leaflet-container', { timeout: 120_000 });
  await page.getByLabel('Speed').selectOption('5');
  // A large story is still rendering its views for a while after the first ones appear: wait
  // (up to 30 s) for a second of quiet frames, so playing is measured, not the page's start.
  await settle(page, 30_000);
  // The same page standing still, for comparison: what the machine gives any page right now.
  const idle = await frameTimes(page, 2);
  await page.getByRole('button', { name: /^play$/i }).click();
  const times = await frameTimes(page, seconds);
  const parties = await page.locator('.moving-party[data-lat]').count();
  await page.keyboard.press('k');
  return { times, idle, parties };
}

/** Resolves after 60 frames in a row under 34 ms, or after `limitMs`. */
function settle(page: Page, limitMs: number): Promise<void> {
  return page.evaluate(
    (limit) =>
      new Promise<void>((done) => {
        const first = performance.now();
        let last = first;
        let quiet = 0;
        const tick = (t: number) => {
          quiet = t - last < 34 ? quiet + 1 : 0;
          last = t;
          if (quiet >= 60 || t - first > limit) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    limitMs,
  );
}

function frameTimes(page: Page, seconds: number): Promise<number[]> {
  return page.evaluate(
    (ms) =>
      new Promise<number[]>((done) => {
        const stamps: number[] = [];
        const first = performance.now();
        const tick = (t: number) => {
          stamps.push(t);
          if (t - first < ms) requestAnimationFrame(tick);
          else done(stamps);
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
}

/** Plays each story in a fresh page of `browser`, served by `server`. */
export async function measurePlay(
  browser: Browser,
  server: StaticServer,
  seconds = 6,
): Promise<PlayResult[]> {
  mkdirSync(resolve(OUTPUT_DIR, 'stories'), { recursive: true });
  const cases: { name: string; events: number; query: string }[] = [
    { name: 'default', events: 17, query: '/?t=2025-08-15T09:40:00-08:00' },
  ];
  for (const events of [1_000, 10_000]) {
    const name = `play-${events}`;
    const story = withTimedFlights(
      generateStory({ events, quotes: events, places: events / 2, seed: 2025 }),
    );
    const json = JSON.stringify(story);
    writeFileSync(resolve(OUTPUT_DIR, 'stories', `${name}.json`), json);
    server.add(`/bench/stories/${name}.json`, { body: json, type: 'application/json' });
    const first = story.routes?.find((r) => r.depart && 'time' in r.depart)?.depart;
    const t = first && 'time' in first ? first.time : '';
    cases.push({
      name,
      events,
      query: `/?data=/bench/stories/${name}.json&t=${encodeURIComponent(t)}`,
    });
  }
  const results: PlayResult[] = [];
  for (const c of cases) {
    log(`${c.name} …`);
    const context = await openContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${c.query}`);
      const { times, idle, parties } = await measure(page, seconds);
      const frames = deltas(times);
      results.push({
        story: c.name,
        events: c.events,
        frames: summarise(frames),
        idleFrames: summarise(deltas(idle)),
        longFrameShare:
          Math.round((frames.filter((f) => f > 16.7).length / frames.length) * 1000) / 1000,
        movingParties: parties,
      });
    } finally {
      await context.close();
    }
  }
  return results;
}

/** The results as a Markdown table. */
export function playTable(results: readonly PlayResult[]): string {
  return [
    '| story | events | frames | p50 ms | p95 ms | max ms | > 16.7 ms | planes | idle p95 ms |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.story} | ${r.events} | ${r.frames.n} | ${r.frames.medianMs} | ${r.frames.p95Ms} | ${r.frames.maxMs} | ${(r.longFrameShare * 100).toFixed(1)} % | ${r.movingParties} | ${r.idleFrames.p95Ms} |`,
    ),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      seconds: { type: 'string', default: '6' },
    },
  });
  const loadAtStart = loadavg()[0];
  const dist = resolve(values.dist ?? resolve(OUTPUT_DIR, 'dist'));
  if (!values['no-build'] && !values.dist) {
    log('building the app into bench-output/dist/ …');
    await buildApp(dist);
  }
  const server = await startServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  let results: PlayResult[];
  try {
    results = await measurePlay(browser, server, Number(values.seconds) || 6);
  } finally {
    await browser.close();
    await server.close();
  }
  const report = {
    date: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    targetP95Ms: 16.7,
    results,
  };
  writeFileSync(resolve(OUTPUT_DIR, 'play-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  console.error(`\n${playTable(results)}`);
}

// Run on its own (`npx tsx scripts/bench/play.ts`), not when `run.ts` imports it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
