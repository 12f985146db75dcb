/**
 * Where a playing frame's time goes: plays a bench story (default, 1,000 or 10,000 events) for a
 * few seconds under a Chromium trace and a CPU profile, and prints the renderer main thread's
 * work while playing, by trace event (self time, wall and thread), and the JS functions with the
 * most self time. Thread time is what the page itself costs, whatever else the machine is doing.
 *
 *   npx tsx scripts/bench/trace-play.ts [--story play-10000] [--seconds 4] [--dist DIR] [--out FILE]
 *
 * Measures the build in bench-output/dist/ (run `npm run bench -- --only play` first, or give --dist).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { OUTPUT_DIR } from './build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { openContext } from './page-waits';
import { startServer } from './server';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: 'play-10000' },
    seconds: { type: 'string', default: '4' },
    dist: { type: 'string' },
    out: { type: 'string' },
  },
});

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'gpu',
  'v8',
  'toplevel',
  'benchmark',
  'rail',
  'loading',
];

async function play(page: Page, seconds: number) {
  await page.getByRole('button', { name: /^play$/i }).click();
  await page.waitForTimeout(seconds * 1000);
  await page.keyboard.press('k');
}

function storyQuery(story: string): string {
  if (story === 'default') return '/?t=2025-08-15T09:40:00-08:00';
  const path = resolve(OUTPUT_DIR, 'stories', `${story}.json`);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    routes?: { depart?: { time?: string } }[];
  };
  const t = raw.routes?.find((r) => r.depart?.time)?.depart?.time ?? '';
  return `/?data=/bench/stories/${story}.json&t=${encodeURIComponent(t)}`;
}

function summariseTrace(events: TraceEvent[], from: number, to: number) {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === 'CrRendererMain' && e.ph === 'X')
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const slices = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: each slice's time less its children's (slices on one thread nest).
  const self = new Map<string, { wall: number; thread: number; count: number }>();
  const stack: { e: TraceEvent; childWall: number; childThread: number }[] = [];
  let topWall = 0;
  let topThread = 0;
  const close = (frame: { e: TraceEvent; childWall: number; childThread: number }) => {
    const label = labelOf(frame.e);
    const s = self.get(label) ?? { wall: 0, thread: 0, count: 0 };
    s.wall += (frame.e.dur ?? 0) - frame.childWall;
    s.thread += (frame.e.tdur ?? 0) - frame.childThread;
    s.count += 1;
    self.set(label, s);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.childWall += frame.e.dur ?? 0;
      parent.childThread += frame.e.tdur ?? 0;
    }
  };
  for (const e of slices) {
    while (stack.length) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      if (e.ts >= top.e.ts + (top.e.dur ?? 0)) close(stack.pop() as (typeof stack)[number]);
      else break;
    }
    if (stack.length === 0) {
      topWall += e.dur ?? 0;
      topThread += e.tdur ?? 0;
    }
    stack.push({ e, childWall: 0, childThread: 0 });
  }
  while (stack.length) close(stack.pop() as (typeof stack)[number]);
  const frames = events.filter(
    (e) =>
      e.ts >= from &&
      e.ts <= to &&
      (e.name === 'BeginMainThreadFrame' || e.name === 'FireAnimationFrame') &&
      `${e.pid}:${e.tid}` === main,
  ).length;
  return { main, topWall, topThread, frames, self };
}

function labelOf(e: TraceEvent): string {
  const data = e.args?.data;
  if (e.name === 'FunctionCall' && data) {
    const fn = String(data.functionName ?? '');
    return `FunctionCall ${fn || '(anonymous)'}`;
  }
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch')
    return `${e.name}${data?.type ? ` ${String(data.type)}` : ''}`;
  return e.name;
}

function summariseProfile(profile: {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    if (!node) continue;
    const f = node.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const label = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    self.set(label, (self.get(label) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const f = (byId.get(id) as ProfileNode).callFrame;
      const l = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  return {
    self: [...self].sort((a, b) => b[1] - a[1]),
    total: [...total].sort((a, b) => b[1] - a[1]),
  };
}

async function main() {
  const dist = resolve(values.dist ?? resolve(OUTPUT_DIR, 'dist'));
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const story = values.story ?? 'play-10000';
  const seconds = Number(values.seconds) || 4;
  const server = await startServer(dist);
  if (story !== 'default') {
    const body = readFileSync(resolve(OUTPUT_DIR, 'stories', `${story}.json`), 'utf8');
    server.add(`/bench/stories/${story}.json`, { body, type: 'application/json' });
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const context = await openContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}${storyQuery(story)}`);
    await page.waitForSelector('[data-view="timeline"] [role="slider"][data-t]', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.waitForSelector('[data-view="map"] .leaflet-container', { timeout: 120_000 });
    await page.getByLabel('Speed').selectOption('5');
    await page.waitForTimeout(2000);
    const load = loadavg()[0];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: CATEGORIES });
    await cdp.send('Profiler.start');
    const from = (await page.evaluate(() => performance.timeOrigin + performance.now())) * 1000;
    await play(page, seconds);
    const { profile } = await cdp.send('Profiler.stop');
    const buffer = await browser.stopTracing();
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    if (values.out) {
      writeFileSync(values.out, buffer);
      writeFileSync(values.out.replace(/(\.json)?$/, '.cpuprofile'), JSON.stringify(profile));
    }
    // Trace timestamps are on the monotonic clock; find the window from the first animation frame.
    const all = trace.traceEvents;
    const firstClick = all.find(
      (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click',
    );
    const start = firstClick?.ts ?? 0;
    const end = start + seconds * 1e6;
    void from;
    const { topWall, topThread, frames, self } = summariseTrace(all, start, end);
    const out: string[] = [];
    out.push(`story ${story}, ${seconds} s playing, load ${load?.toFixed(1)}`);
    out.push(
      `main thread busy: wall ${(topWall / 1000).toFixed(0)} ms, thread ${(topThread / 1000).toFixed(0)} ms; animation frames ${frames}`,
    );
    out.push('self time by trace event (ms wall / ms thread / count):');
    for (const [label, s] of [...self].sort((a, b) => b[1].thread - a[1].thread).slice(0, 30))
      out.push(
        `  ${(s.wall / 1000).toFixed(1).padStart(8)} ${(s.thread / 1000).toFixed(1).padStart(8)} ${String(s.count).padStart(6)}  ${label}`,
      );
    out.push('JS self time (ms, sampled):');
    const js = summariseProfile(profile);
    for (const [label, ms] of js.self.slice(0, 30))
      out.push(`  ${ms.toFixed(1).padStart(8)}  ${label}`);
    out.push('JS total (inclusive) time (ms, sampled):');
    for (const [label, ms] of js.total.slice(0, 60))
      out.push(`  ${ms.toFixed(1).padStart(8)}  ${label}`);
    console.log(out.join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
