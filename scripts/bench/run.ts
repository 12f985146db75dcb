import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { INITIAL_JS_BUDGET_KB, type InitialJs, measureInitialJs } from '../check-size';
import { buildApp, OUTPUT_DIR, REPO_ROOT } from './build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { createCleanup } from './cleanup';
import { generateStory } from './generate-story';
import { type DaylineResult, measureDayline, type StoryCase } from './measure-dayline';
import { measureStudio, type StudioResult } from './measure-studio';
import { measureVis, serveVisPage, type VisResult } from './measure-vis';
import { VIEWPORT } from './page-waits';
import { measurePlay, type PlayResult } from './play';
import {
  type BenchReport,
  type BudgetCheck,
  compare,
  formatTable,
  worstSelectionP95,
} from './report';
import { startServer } from './server';

const GENERATED = [
  { events: 1_000, quotes: 1_000, places: 500 },
  { events: 10_000, quotes: 10_000, places: 5_000 },
] as const;
const SEED = 2025;
/** The whole bench should take about six minutes; past this something is stuck. */
const WATCHDOG_MS = 11 * 60_000;

const round1 = (n: number) => Math.round(n * 10) / 10;
const log = (message: string) => console.error(`bench: ${message}`);

function defaultStoryCounts(): StoryCase['counts'] {
  try {
    const raw = JSON.parse(
      readFileSync(resolve(REPO_ROOT, 'data/alaska-summit-2025.json'), 'utf8'),
    );
    return { events: raw.events.length, quotes: raw.quotes.length, places: raw.places.length };
  } catch {
    return { events: 0, quotes: 0, places: 0 };
  }
}

function budgets(
  stories: readonly DaylineResult[],
  play: readonly PlayResult[],
  initialKB: number | null,
  studio: StudioResult | null,
): BudgetCheck[] {
  const check = (budget: string, value: number | null, limit: number): BudgetCheck => ({
    budget,
    value,
    limit,
    met: value === null ? null : value <= limit,
  });
  const byName = (name: string) => stories.find((s) => s.story === name);
  const small = byName('default');
  const large = byName('gen-10000');
  return [
    check('initial JS, KB gzip', initialKB, INITIAL_JS_BUDGET_KB),
    check(
      'selection p95 ms, default story (worst view)',
      small ? worstSelectionP95(small) : null,
      50,
    ),
    check(
      'selection p95 ms, 10,000 events + 10,000 quotes (budget is for 5,000 + 5,000; worst view)',
      large ? worstSelectionP95(large) : null,
      100,
    ),
    check(
      'playback frame p95 ms, 10,000 events (issue 16)',
      play.find((p) => p.story === 'play-10000')?.frames.p95Ms ?? null,
      16.7,
    ),
    check(
      'Studio import ms, 10,000 Events rows (read + map + check; issue 14)',
      studio?.importMs.wall ?? null,
      studio?.targetMs ?? 2000,
    ),
  ];
}

function notesFor(stories: readonly DaylineResult[], vis: readonly VisResult[]): string[] {
  const notes = [
    `timings come from one run on ${cpus().length} cores and are noisy; compare runs, not single figures`,
    'KB = 1024 bytes; initial JS = index.html scripts and module preloads plus their static imports, each gzipped at zlib level 6',
    'vis-timeline opens on the same window as the day (the extent of the non-context events) with its default options',
  ];
  for (const s of [...stories, ...vis]) {
    for (const p of s.problems) notes.push(`${s.story}: ${p}`);
  }
  for (const s of stories) {
    if (s.missingViews.length)
      notes.push(
        `${s.story}: no items appeared in ${s.missingViews.join(', ')}, so first render is unmeasured`,
      );
    if (!s.timelineZoom) notes.push(`${s.story}: no timeline plot (svg) to zoom`);
    if (!s.mapPan) notes.push(`${s.story}: no map (.leaflet-container) to pan`);
    if (s.foreignRequests.length) {
      notes.push(
        `${s.story}: requests left the origin: ${s.foreignRequests.slice(0, 3).join(', ')}`,
      );
    }
  }
  return notes;
}

/** What the run has measured so far: a watchdog stop still reports it. */
interface Collected {
  initialJs: InitialJs | null;
  chromium: string;
  /** The machine's 1-minute load average when the run started. */
  loadAtStart: number;
  stories: (DaylineResult & { initialJsGzipKB: number })[];
  vis: VisResult[];
  play: PlayResult[];
  studio: StudioResult | null;
}

function report(collected: Collected, startedAt: number, extraNotes: string[]): BenchReport {
  const { initialJs, stories, vis, play, studio } = collected;
  return {
    date: new Date().toISOString(),
    environment: {
      cpus: cpus().length,
      loadAverage: { start: collected.loadAtStart, end: round1(loadavg()[0] ?? 0) },
      node: process.version,
      chromium: collected.chromium,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    },
    durationS: Math.round((Date.now() - startedAt) / 1000),
    initialJs: {
      gzipKB: initialJs?.gzipKB ?? Number.NaN,
      budgetKB: INITIAL_JS_BUDGET_KB,
      files: initialJs?.files ?? [],
    },
    stories,
    visTimeline: vis,
    play,
    studio,
    ratios: compare(stories, vis),
    budgets: budgets(stories, play, initialJs?.gzipKB ?? null, studio),
    notes: [...extraNotes, ...notesFor(stories, vis)],
  };
}

function publish(result: BenchReport) {
  const json = JSON.stringify(result, null, 2);
  writeFileSync(resolve(OUTPUT_DIR, 'report.json'), `${json}\n`);
  process.stdout.write(`${json}\n`);
  console.error(`\n${formatTable(result)}\n\nsaved bench-output/report.json`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      selections: { type: 'string', default: '50' },
      'no-build': { type: 'boolean', default: false },
      /**
       * `play`: only the frames while the day plays. `studio`: only the Studio's import and chunks.
       * `stories`: only Dayline on each story (first render, selections, zoom and pan), with no
       * vis-timeline comparison, no playback and no Studio.
       */
      only: { type: 'string' },
    },
  });
  const playOnly = values.only === 'play';
  const studioOnly = values.only === 'studio';
  const storiesOnly = values.only === 'stories';
  const storiesToo = !playOnly && !studioOnly;
  const started = Date.now();
  const collected: Collected = {
    initialJs: null,
    chromium: '',
    loadAtStart: round1(loadavg()[0] ?? 0),
    stories: [],
    vis: [],
    play: [],
    studio: null,
  };
  const cleanup = createCleanup();
  const watchdog = setTimeout(() => {
    log(`still running after ${WATCHDOG_MS / 60_000} minutes; reporting what was measured`);
    publish(
      report(collected, started, ['stopped early by the watchdog: the figures are incomplete']),
    );
    void cleanup.run().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();
  try {
    mkdirSync(resolve(OUTPUT_DIR, 'stories'), { recursive: true });
    const dist = resolve(OUTPUT_DIR, 'dist');
    if (values['no-build']) {
      log('measuring the existing build in bench-output/dist/');
    } else {
      log('building the app into bench-output/dist/ …');
      await buildApp(dist);
    }
    const initialJs = measureInitialJs(dist);
    collected.initialJs = initialJs;
    log(`initial JS ${initialJs.gzipKB} KB gzip`);

    const server = await startServer(dist);
    cleanup.add(() => server.close());
    serveVisPage(server);
    const cases: StoryCase[] = [{ name: 'default', data: null, counts: defaultStoryCounts() }];
    for (const counts of values.quick ? GENERATED.slice(0, 1) : GENERATED) {
      const name = `gen-${counts.events}`;
      const json = JSON.stringify(generateStory({ ...counts, seed: SEED }));
      writeFileSync(resolve(OUTPUT_DIR, 'stories', `${name}.json`), json);
      server.add(`/bench/stories/${name}.json`, { body: json, type: 'application/json' });
      cases.push({ name, data: `/bench/stories/${name}.json`, counts });
    }
    log(`serving on ${server.origin}`);

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
    });
    cleanup.add(() => browser.close());
    collected.chromium = `Chromium ${browser.version()}`;
    const options = {
      selections: values.quick ? 10 : Number(values.selections) || 50,
      selectionTimeoutMs: 5_000,
      selectionBudgetMs: values.quick ? 10_000 : 20_000,
    };
    for (const story of storiesToo ? cases : []) {
      log(`Dayline: ${story.name} …`);
      const result = await measureDayline(browser, server.origin, story, options);
      collected.stories.push({ ...result, initialJsGzipKB: initialJs.gzipKB });
      log(`  first render ${result.firstRenderMs ?? '–'} ms`);
    }
    for (const story of storiesToo && !storiesOnly ? cases : []) {
      if (!story.data) continue;
      log(`vis-timeline: ${story.name} …`);
      const result = await measureVis(browser, server.origin, {
        name: story.name,
        data: story.data,
        events: story.counts.events,
      });
      collected.vis.push(result);
      log(`  first render ${result.firstRenderMs ?? '–'} ms`);
    }
    if (!studioOnly && !storiesOnly) {
      log('playing the day …');
      collected.play = await measurePlay(browser, server);
    }
    if (!playOnly && !storiesOnly) {
      log('Studio: importing a 10,000-row Events workbook …');
      collected.studio = await measureStudio(dist, { browser, origin: server.origin });
    }
    clearTimeout(watchdog);
    publish(report(collected, started, []));
  } finally {
    clearTimeout(watchdog);
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
