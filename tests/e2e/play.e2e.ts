/**
 * Playing the day (issue 16): the playhead, the planes on the map at the playhead's time, the URL,
 * the embed protocol's play/pause/seek and `time`, reduced motion, and axe while playing.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  appUrl,
  DESKTOP,
  getEnv,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  startStaticServer,
  test,
  WIDE,
} from './fixture';

const PLAYHEAD = '[data-view="timeline"] [role="slider"][data-t]';
const party = (routeId: string) =>
  `[data-view="map"] .moving-party[data-route-id="${routeId}"][data-lat][data-lon]`;
const ms = (iso: string) => Date.parse(iso);

async function playheadT(page: Page | Frame): Promise<string> {
  return (await page.locator(PLAYHEAD).getAttribute('data-t')) ?? '';
}

async function position(page: Page, routeId: string) {
  const el = page.locator(party(routeId));
  await el.waitFor({ state: 'attached', timeout: 15_000 });
  const read = async (name: string) => Number(await el.getAttribute(name));
  return {
    lat: await read('data-lat'),
    lon: await read('data-lon'),
    phase: await el.getAttribute('data-phase'),
    approx: await el.getAttribute('data-approx'),
  };
}

/** The longitude brought into [lo, lo + 360). */
const into = (lon: number, lo: number) => lon - 360 * Math.floor((lon - lo) / 360);

test('t= puts Putin’s plane over the Bering Sea and Air Force One on the ground at JBER', async () => {
  const page = await openApp('/?t=2025-08-15T10:40:00-08:00', { viewport: DESKTOP });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  assert.equal(await playheadT(page), '2025-08-15T10:40:00-08:00');
  const putin = await position(page, 'putin-flight-in');
  assert.equal(putin.phase, 'moving');
  assert.equal(putin.approx, 'true', 'the flight’s times are approximate, and so is the plane');
  assert.ok(putin.lat > 55 && putin.lat < 67, `latitude over the Bering Sea, got ${putin.lat}`);
  // Drawn continuously across 180°: between Magadan (150.8) and Anchorage (210.2 = -149.8 + 360),
  // or the same stretch shifted by a whole turn.
  const lon = into(putin.lon, 150.8);
  assert.ok(lon > 150.8 && lon < 210.2, `longitude between Magadan and JBER, got ${putin.lon}`);
  assert.ok(lon > 190, `most of the way there at 10:40 (lands 10:54), got ${putin.lon}`);
  const trump = await position(page, 'trump-flight-in');
  assert.equal(trump.phase, 'arrived');
  assert.ok(Math.abs(trump.lat - 61.2514) < 0.01, `Air Force One at JBER, got ${trump.lat}`);
  assert.ok(Math.abs(into(trump.lon, -180) + 149.8064) < 0.01, `at JBER, got ${trump.lon}`);
  await screenshot(page, 'play-1040-1280x800');
});

test('playing moves the playhead forward and updates t= in the address; axe passes while playing', async () => {
  const start = '2025-08-15T10:40:00-08:00';
  const page = await openApp(`/?t=${start}`, { viewport: DESKTOP });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  await page.getByRole('button', { name: /^play$/i }).click();
  await page.waitForFunction(
    ([sel, from]) => {
      const t = document.querySelector(sel)?.getAttribute('data-t');
      const url = new URL(location.href).searchParams.get('t');
      return !!t && Date.parse(t) > Date.parse(from) + 60_000 && !!url && url !== from;
    },
    [PLAYHEAD, start] as const,
    { timeout: 10_000 },
  );
  assert.ok(ms(await playheadT(page)) > ms(start));
  await runAxe(page);
  // One history entry for the whole play, not one per frame.
  const length = await page.evaluate(() => history.length);
  assert.ok(length <= 2, `history grew to ${length} while playing`);
  await page.keyboard.press('k');
  await page.getByRole('button', { name: /^play$/i }).waitFor();
  const paused = await playheadT(page);
  const url = await page.evaluate(() => new URL(location.href).searchParams.get('t'));
  assert.equal(url, paused, 'pausing writes the exact time to the address');
});

test('the playing keys step from event to event: l next, j previous', async () => {
  const page = await openApp('/?t=2025-08-15T10:40:00-08:00', { viewport: DESKTOP });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T10:54:00-08:00',
    PLAYHEAD,
  );
  await page.keyboard.press('j');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T10:20:00-08:00',
    PLAYHEAD,
  );
});

test('with reduced motion, playing steps from event to event', async () => {
  const page = await openApp('/?t=2025-08-15T10:40:00-08:00', {
    viewport: DESKTOP,
    context: { reducedMotion: 'reduce' },
  });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  await page.getByRole('button', { name: /^play$/i }).click();
  const seen: string[] = [];
  for (const expected of ['2025-08-15T10:54:00-08:00', '2025-08-15T11:07:00-08:00']) {
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.getAttribute('data-t') === want,
      [PLAYHEAD, expected] as const,
      { timeout: 15_000 },
    );
    seen.push(expected);
  }
  assert.deepEqual(seen, ['2025-08-15T10:54:00-08:00', '2025-08-15T11:07:00-08:00']);
});

/**
 * The playhead's time labels against the axis tick labels, as laid out: the visible tick labels
 * a playhead label overlaps (should be none), and the hidden ones farther than `near` px from it
 * (hidden for nothing; should be none).
 */
function ticksUnderPlayhead(page: Page, near: number) {
  return page.evaluate((gap) => {
    const view = document.querySelector('[data-view="timeline"]');
    const heads = [
      ...(view?.querySelectorAll('.tl-playhead__label-box, .tl-playhead__label') ?? []),
    ]
      .map((el) => window.glyphBox(el))
      .filter((r) => r.width > 0);
    const ticks = [...(view?.querySelectorAll('.tl-axis__label') ?? [])].map((el) => ({
      text: el.textContent ?? '',
      r: window.glyphBox(el),
      shown: getComputedStyle(el).visibility === 'visible',
    }));
    const within = (a: DOMRect, b: DOMRect, by: number) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > -by &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -by;
    return {
      heads: heads.length,
      ticks: ticks.length,
      hidden: ticks.filter((t) => !t.shown).map((t) => t.text),
      covered: ticks
        .filter((t) => t.shown && heads.some((h) => within(h, t.r, 0)))
        .map((t) => t.text),
      needless: ticks
        .filter((t) => !t.shown && !heads.some((h) => within(h, t.r, gap)))
        .map((t) => t.text),
    };
  }, near);
}

test('the playhead’s time never covers an hour’s label: the ones it would step aside', async () => {
  const page = await openApp('/?t=2025-08-15T10:40:00-08:00', { viewport: DESKTOP });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  const at1040 = await ticksUnderPlayhead(page, 10);
  assert.equal(at1040.heads, 4, 'two zone rows: a box and a time in each');
  assert.deepEqual(at1040.covered, [], 'at 10:40 no visible tick label under the playhead’s time');
  assert.ok(
    at1040.hidden.includes('11:00'),
    `11:00 steps aside at 10:40 (hidden: ${at1040.hidden})`,
  );
  assert.deepEqual(at1040.needless, [], 'only the labels under the playhead are hidden');
  await screenshot(page, 'playhead-1040-ticks');
  // Five minutes at a time across the 11:00 tick and past it: each time, the same.
  const slider = page.locator(PLAYHEAD);
  await slider.focus();
  for (const time of ['10:45', '10:50', '10:55', '11:00', '11:05', '11:10', '11:15', '11:20']) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.getAttribute('data-t') === want,
      [PLAYHEAD, `2025-08-15T${time}:00-08:00`] as const,
    );
    const seen = await ticksUnderPlayhead(page, 10);
    assert.deepEqual(
      seen.covered,
      [],
      `at ${time} no visible tick label under the playhead’s time`,
    );
    assert.deepEqual(seen.needless, [], `at ${time} only the labels under the playhead are hidden`);
  }
  // Playing on from 11:20, every frame until 11:30: the 12:00 label steps aside before the
  // playhead's time reaches it (about 11:22 here), though its labels are rewritten only a few
  // times a second.
  await page.getByRole('button', { name: /^play$/i }).click();
  const playing = await page.evaluate(
    ([sel, until]) =>
      new Promise<{ frames: number; bad: string[] }>((resolve) => {
        const bad: string[] = [];
        let frames = 0;
        const look = () => {
          const view = document.querySelector('[data-view="timeline"]');
          const t = document.querySelector(sel)?.getAttribute('data-t') ?? '';
          const heads = [
            ...(view?.querySelectorAll('.tl-playhead__label-box, .tl-playhead__label') ?? []),
          ].map((el) => window.glyphBox(el));
          for (const el of view?.querySelectorAll('.tl-axis__label') ?? []) {
            if (getComputedStyle(el).visibility !== 'visible') continue;
            const r = window.glyphBox(el);
            const hit = heads.some(
              (h) =>
                Math.min(h.right, r.right) > Math.max(h.left, r.left) &&
                Math.min(h.bottom, r.bottom) > Math.max(h.top, r.top),
            );
            if (hit) bad.push(`${el.textContent} at ${t}`);
          }
          frames++;
          if (t >= until) resolve({ frames, bad });
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    [PLAYHEAD, '2025-08-15T11:30:00-08:00'] as const,
  );
  await page.getByRole('button', { name: /^pause$/i }).click();
  assert.ok(playing.frames > 10, `looked at ${playing.frames} frames while playing`);
  assert.deepEqual(
    playing.bad,
    [],
    'while playing, no visible tick label under the playhead’s time',
  );
});

test('an invalid t= is ignored with a visible notice', async () => {
  const page = await openApp('/?t=yesterday', { viewport: DESKTOP });
  await page.getByText(/t=yesterday was ignored/).waitFor();
});

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<iframe id="app" title="Dayline story" width="1200" height="700" style="border:0"></iframe>
<script>
  const frame = document.getElementById('app');
  window.received = [];
  addEventListener('message', (e) => { if (e.source === frame.contentWindow) received.push(e.data); });
  window.send = (m) => frame.contentWindow.postMessage(m, '*');
  frame.src = new URLSearchParams(location.search).get('src');
</script></body></html>`;

test('a host page’s seek, play and pause drive the playhead; time messages come back', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dayline-play-'));
  await writeFile(join(dir, 'host.html'), HOST_PAGE);
  const host = await startStaticServer(dir, { cors: true });
  const page = await openApp('/embed.js', {
    waitFor: false,
    viewport: { width: 1280, height: 800 },
  });
  await page.goto(`${host.origin}/host.html?src=${encodeURIComponent(appUrl('/?embed=1'))}`);
  type Msg = { type?: string; t?: string | null; playing?: boolean };
  const received = () => page.evaluate(() => (window as unknown as { received: Msg[] }).received);
  const waitFor = async (what: string, match: (m: Msg) => boolean) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const found = (await received()).find(match);
      if (found) return found;
      await page.waitForTimeout(50);
    }
    throw new Error(`no ${what}; got ${JSON.stringify((await received()).slice(-5))}`);
  };
  const send = (m: unknown) =>
    page.evaluate((msg) => (window as unknown as { send(m: unknown): void }).send(msg), m);
  await waitFor('ready', (m) => m.type === 'ready');
  const app = page.frames().find((f) => f.url().startsWith(getEnv().appOrigin));
  assert.ok(app, 'the app frame');
  await send({ dayline: 1, type: 'seek', t: '2025-08-15T14:30:00-08:00' });
  await app.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T14:30:00-08:00',
    PLAYHEAD,
  );
  await waitFor('time after seek', (m) => m.type === 'time' && m.t === '2025-08-15T14:30:00-08:00');
  await send({ dayline: 1, type: 'seek', t: 'not a time' });
  await send({ dayline: 1, type: 'play' });
  await waitFor('time while playing', (m) => m.type === 'time' && m.playing === true);
  await app.waitForFunction(
    (sel) =>
      Date.parse(document.querySelector(sel)?.getAttribute('data-t') ?? '') >
      Date.parse('2025-08-15T14:31:00-08:00'),
    PLAYHEAD,
  );
  await send({ dayline: 1, type: 'pause' });
  await waitFor('time after pause', (m) => m.type === 'time' && m.playing === false);
  // At most a few time messages a second while playing.
  const times = (await received()).filter((m) => m.type === 'time');
  assert.ok(times.length < 40, `${times.length} time messages`);
});

test('screenshots: the day playing at 1280×800', async () => {
  const page = await openApp('/?t=2025-08-15T09:40:00-08:00', { viewport: DESKTOP });
  await page.waitForSelector(party('putin-flight-in'), { state: 'attached', timeout: 15_000 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const moments = [
    '2025-08-15T09:40:00-08:00',
    '2025-08-15T10:54:00-08:00',
    '2025-08-15T11:26:00-08:00',
    '2025-08-15T14:30:00-08:00',
    '2025-08-15T16:20:00-08:00',
    '2025-08-15T19:00:00-08:00',
  ];
  for (const [i, moment] of moments.entries()) {
    if (i > 0) {
      await page.evaluate(
        ([sel, t]) => {
          const u = new URL(location.href);
          u.searchParams.set('t', t);
          history.replaceState(null, '', u);
          dispatchEvent(new PopStateEvent('popstate'));
          return sel;
        },
        [PLAYHEAD, moment] as const,
      );
    }
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.getAttribute('data-t') === want,
      [PLAYHEAD, moment] as const,
    );
    await screenshot(page, `play-${i + 1}-${moment.slice(11, 16).replace(':', '')}-1280x800`);
  }
  for (const [size, layout] of [
    [PHONE, '.tl-vday'],
    [WIDE, '.tl-playhead__mover'],
  ] as const) {
    await page.setViewportSize(size);
    // The playhead of the layout this width draws (the day runs down a phone's screen).
    const head = page.locator(`${layout} [role="slider"][data-t="${moments.at(-1)}"]`);
    await head.waitFor({ state: 'attached' });
    await head.scrollIntoViewIfNeeded();
    await screenshot(page, `play-1900-${size.width}x${size.height}`);
  }
});

const VERTICAL_PLAYHEAD = '[data-view="timeline"] .tl-vday [role="slider"][data-t]';

test('on a phone the playhead runs down the day: level with the statements at 14:30, moved by keys and by its handle, lower as the day plays', async () => {
  const start = '2025-08-15T14:30:00-08:00';
  const page = await openApp(`/?t=${start}`, { viewport: PHONE });
  const head = page.locator(VERTICAL_PLAYHEAD);
  await head.waitFor();
  assert.equal(await head.getAttribute('data-t'), start);
  assert.equal(await head.getAttribute('aria-valuetext'), '14:30 AKDT');
  // Down the day: from the top of the vertical day, which scrolls with the page.
  const middle = (selector: string) =>
    page.evaluate((sel) => {
      const box = document.querySelector(sel)?.getBoundingClientRect();
      const day = document
        .querySelector('[data-view="timeline"] .tl-vday')
        ?.getBoundingClientRect();
      return box && day ? box.top + box.height / 2 - day.top : Number.NaN;
    }, selector);
  const dot = '[data-view="timeline"] [data-event-id="press-statements"] .tl-vrow__dot';
  const line = '[data-view="timeline"] .tl-vplayhead__line';
  const at1430 = await middle(line);
  assert.ok(
    Math.abs(at1430 - (await middle(dot))) < 3,
    `the line (${at1430}) is level with the statements’ dot (${await middle(dot)})`,
  );
  // Its handle is a target of at least 24 px, and leaves the rows free to tap.
  const handle = await head.boundingBox();
  const row = await page
    .locator('[data-view="timeline"] [data-event-id="press-statements"]')
    .boundingBox();
  assert.ok(
    handle && row && handle.height >= 24 && handle.x + handle.width <= row.x,
    'handle beside the rows',
  );
  await head.scrollIntoViewIfNeeded();
  await screenshot(page, 'play-1430-375x740');
  // The keys move it down the day.
  await head.focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T15:30:00-08:00',
    VERTICAL_PLAYHEAD,
  );
  const at1530 = await middle(line);
  assert.ok(at1530 > at1430 + 20, `an hour later is lower: ${at1430} → ${at1530}`);
  // Dragged by its handle, up the day.
  const grab = await head.boundingBox();
  assert.ok(grab);
  await page.mouse.move(grab.x + grab.width / 2, grab.y + grab.height / 2);
  await page.mouse.down();
  await page.mouse.move(grab.x + grab.width / 2, grab.y + grab.height / 2 - 120, { steps: 4 });
  await page.mouse.up();
  const dragged = Date.parse((await head.getAttribute('data-t')) ?? '');
  assert.ok(
    dragged < Date.parse('2025-08-15T15:00:00-08:00'),
    `dragged up to ${new Date(dragged).toISOString()}`,
  );
  const atDrag = await middle(line);
  assert.ok(atDrag < at1530 - 60, `dragged up the screen: ${at1530} → ${atDrag}`);
  await page.getByRole('button', { name: /^play$/i }).click();
  await page.waitForFunction(
    ([sel, from]) =>
      Date.parse(document.querySelector(sel)?.getAttribute('data-t') ?? '') > from + 10 * 60_000,
    [VERTICAL_PLAYHEAD, dragged] as const,
    { timeout: 10_000 },
  );
  assert.ok((await middle(line)) > atDrag, 'playing moves it down');
  await runAxe(page);
});

const PLAY_STOP = /^(play|pause) this stop$/i;

test('presentation mode plays a stop’s span: Putin’s plane lands, and playing stops where the next stop begins', async () => {
  // Stop 2: Putin's plane lands at 10:54; stop 3, the greeting, begins at 11:07.
  const page = await openApp('/?present=1&step=2', { viewport: WIDE });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  const play = page.getByRole('button', { name: PLAY_STOP });
  await play.waitFor();
  await page.keyboard.press('p');
  await page.waitForFunction(
    (sel) => {
      const t = Date.parse(document.querySelector(sel)?.getAttribute('data-t') ?? '');
      return t > Date.parse('2025-08-15T10:54:00-08:00');
    },
    PLAYHEAD,
    { timeout: 10_000 },
  );
  assert.equal(await play.getAttribute('aria-pressed'), 'true', 'playing while the span runs');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T11:07:00-08:00',
    PLAYHEAD,
    { timeout: 20_000 },
  );
  await page.waitForFunction(
    () =>
      document
        .querySelector('[aria-label="Presentation"] button[aria-keyshortcuts="P"]')
        ?.getAttribute('aria-pressed') === 'false',
  );
  // The map in step: the plane has landed at the summit's base.
  const putin = await position(page, 'putin-flight-in');
  assert.equal(putin.phase, 'arrived');
  const url = await page.evaluate(() => new URL(location.href).searchParams.get('t'));
  assert.equal(url, '2025-08-15T11:07:00-08:00', 'the address holds where the stop ended');
  await screenshot(page, 'play-present-stop2-1920x1080');
});

test('with reduced motion, playing a stop steps to its end instead of gliding', async () => {
  // Stop 3: the greeting, 11:07 to 11:10.
  const page = await openApp('/?present=1&step=3', {
    viewport: WIDE,
    context: { reducedMotion: 'reduce' },
  });
  await page.waitForSelector(PLAYHEAD, { state: 'attached' });
  await page.evaluate((sel) => {
    const head = document.querySelector(sel);
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    if (head)
      new MutationObserver(() => {
        const t = head.getAttribute('data-t');
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(head, { attributes: true, attributeFilter: ['data-t'] });
  }, PLAYHEAD);
  await page.getByRole('button', { name: PLAY_STOP }).click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-t') === '2025-08-15T11:10:00-08:00',
    PLAYHEAD,
    { timeout: 15_000 },
  );
  await page.getByRole('button', { name: /^play this stop$/i }).waitFor();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // From the span's start, one step to its end: no time in between was ever shown.
  const from = seen.indexOf('2025-08-15T11:07:00-08:00');
  assert.ok(from >= 0, `the playhead went to the stop's start; saw ${seen.join(', ')}`);
  assert.deepEqual(seen.slice(from), ['2025-08-15T11:07:00-08:00', '2025-08-15T11:10:00-08:00']);
});
