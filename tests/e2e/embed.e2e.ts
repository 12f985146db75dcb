/**
 * Embedding (issue 4): the app in an iframe on another origin, driven by its host through the
 * postMessage protocol of DESIGN.md. The app is served on one loopback port, the host page on a
 * second, and a third origin stands in for a stranger.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { MINI_RAW } from '../fixtures/mini-story';
import {
  addressOf,
  appUrl,
  getEnv,
  openApp,
  runAxe,
  screenshot,
  startStaticServer,
  test,
  type Viewport,
  WIDE,
} from './fixture';

type RunningServerType = Awaited<ReturnType<typeof startStaticServer>>;
type Message = { origin: string; data: Record<string, unknown> };

/** The host page: one iframe (`src`), an optional second one from a third origin, and a log. */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body style="margin:0">
<main>
<iframe id="app" title="Dayline story"></iframe>
</main>
<script>
  const q = new URLSearchParams(location.search);
  const frame = document.getElementById('app');
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.width = q.get('width') || '800';
  frame.height = q.get('height') || '600';
  if (q.get('allow') !== 'none') frame.allow = 'fullscreen';
  window.received = [];
  addEventListener('message', (e) => {
    if (e.source === frame.contentWindow) received.push({ origin: e.origin, data: e.data });
  });
  window.send = (message) => frame.contentWindow.postMessage(message, '*');
  if (q.get('embedjs')) {
    const s = document.createElement('script');
    s.src = q.get('embedjs');
    document.head.append(s);
  }
  frame.src = q.get('src');
  if (q.get('third')) {
    const other = document.createElement('iframe');
    other.title = 'Someone else';
    other.src = q.get('third');
    document.body.append(other);
  }
</script>
</body></html>`;

let folder: Promise<string> | undefined;

/** A folder the host origins serve: the host page, a second story and a broken one. */
function hostFolder(): Promise<string> {
  folder ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dayline-embed-'));
    await writeFile(join(dir, 'host.html'), HOST_PAGE);
    await writeFile(join(dir, 'third.html'), '<!doctype html><title>third</title><p>third</p>');
    await writeFile(join(dir, 'mini.json'), JSON.stringify(MINI_RAW));
    const broken = { ...MINI_RAW, places: [{ ...MINI_RAW.places[0], lat: 123 }] };
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
    return dir;
  })();
  return folder;
}

interface HostOptions {
  /** The app's query, e.g. `?embed=1&view=map`. */
  query: string;
  viewport?: Viewport;
  /** The iframe's size; default 1200×700, wide enough that the timeline shows every event. */
  width?: number;
  height?: number;
  embedJs?: boolean;
  allowFullscreen?: boolean;
  /** A second iframe, from another origin. */
  third?: string;
  host?: RunningServerType;
}

/** Opens the host page on its own origin with the app in its iframe; waits for the app's DOM. */
async function openHost(
  options: HostOptions,
): Promise<{ page: Page; app: Frame; host: RunningServerType }> {
  const host = options.host ?? (await startStaticServer(await hostFolder(), { cors: true }));
  const page = await openApp('/embed.js', {
    waitFor: false,
    viewport: options.viewport ?? WIDE,
  });
  const params = new URLSearchParams({
    src: appUrl(`/${options.query}`),
    width: String(options.width ?? 1200),
    height: String(options.height ?? 700),
  });
  if (options.embedJs) params.set('embedjs', appUrl('/embed.js'));
  if (options.allowFullscreen === false) params.set('allow', 'none');
  if (options.third) params.set('third', options.third);
  await page.goto(`${host.origin}/host.html?${params}`);
  const app = await appFrame(page);
  await app.waitForSelector('[data-view], [role="alert"]', { state: 'attached' });
  return { page, app, host };
}

async function appFrame(page: Page): Promise<Frame> {
  const { appOrigin } = getEnv();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the app iframe never loaded');
}

const received = (page: Page): Promise<Message[]> =>
  page.evaluate(() => (window as unknown as { received: Message[] }).received);

/** Waits until the host has received a message matching `test`; fails listing what it got. */
async function waitForMessage(
  page: Page,
  what: string,
  match: (m: Message) => boolean,
  timeoutMs = 5_000,
): Promise<Message> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await received(page)).find(match);
    if (found) return found;
    if (Date.now() > deadline) {
      const got = (await received(page)).map((m) => JSON.stringify(m.data)).slice(-10);
      throw new Error(`the host never received ${what}; last messages:\n  ${got.join('\n  ')}`);
    }
    await page.waitForTimeout(50);
  }
}

const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), message);

/** Waits until every element matching `selector` in the frame has `data-state` = `expected`. */
async function expectFrameState(frame: Frame, selector: string, expected: string): Promise<void> {
  try {
    await frame.waitForFunction(
      ([sel, want]) => {
        const found = [...document.querySelectorAll(sel)];
        return found.length > 0 && found.every((e) => e.getAttribute('data-state') === want);
      },
      [selector, expected] as const,
      { timeout: 5_000 },
    );
  } catch {
    const found = await frame
      .locator(selector)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    throw new Error(
      `expected ${selector} in the frame to be "${expected}", found ${JSON.stringify(found)}`,
    );
  }
}

const talks = '[data-view="timeline"] [data-event-id="talks"]';
const moscowOnMap = '[data-view="map"] [data-place-id="moscow"]';
const isSelect = (kind: string | null, id?: string) => (m: Message) => {
  const s = m.data.selection as { kind: string; id: string } | null | undefined;
  return (
    m.data.type === 'select' && (kind === null ? s === null : s?.kind === kind && s?.id === id)
  );
};

test('the frame reports ready and its height; embed.js sizes the iframe to it', async () => {
  const { page } = await openHost({ query: '?embed=1', embedJs: true, height: 300 });
  const ready = await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  assert.deepEqual(ready.data.story, { id: 'alaska-summit-2025', title: 'The Alaska summit' });
  assert.equal(ready.data.dayline, 1);
  assert.equal(ready.origin, getEnv().appOrigin);
  const resize = await waitForMessage(page, 'resize', (m) => m.data.type === 'resize');
  const height = resize.data.height as number;
  assert.ok(height > 300 && height < 3000, `a plausible height, got ${height}`);
  await waitForMessage(
    page,
    'the AMP resize',
    (m) => m.data.sentinel === 'amp' && m.data.type === 'embed-size',
  );
  await page.waitForFunction(
    () => (document.getElementById('app') as HTMLIFrameElement).style.height !== '',
  );
  const heights = (await received(page)).filter((m) => m.data.type === 'resize');
  const last = heights.at(-1)?.data.height;
  const applied = await page.locator('#app').evaluate((f) => (f as HTMLIFrameElement).style.height);
  assert.equal(applied, `${last}px`, 'embed.js applies the latest height');
  const inner = await (await appFrame(page)).evaluate(() => document.documentElement.scrollHeight);
  assert.ok(
    Math.abs(inner - (last as number)) <= 2,
    `the frame no longer scrolls (${inner} vs ${last})`,
  );
});

test('the host’s select makes the item selected in the frame, and the frame answers with select', async () => {
  const { page, app } = await openHost({ query: '?embed=1' });
  await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  await send(page, { dayline: 1, type: 'select', kind: 'event', id: 'talks' });
  await expectFrameState(app, talks, 'selected');
  const answer = await waitForMessage(page, 'select event:talks', isSelect('event', 'talks'));
  assert.equal(answer.data.source, 'host');

  await send(page, { dayline: 1, type: 'select', kind: 'place', id: 'moscow' });
  await expectFrameState(app, moscowOnMap, 'selected');
  await expectFrameState(app, talks, 'unrelated');

  await send(page, { dayline: 1, type: 'clear' });
  await expectFrameState(app, talks, 'idle');
  await waitForMessage(page, 'select null', isSelect(null));

  await send(page, { dayline: 1, type: 'step', delta: 1 });
  await send(page, { dayline: 1, type: 'step', delta: 1 });
  await expectFrameState(app, '[data-view="timeline"] [data-event-id="greeting"]', 'selected');
});

test('a reader’s click inside the frame is reported to the host as a user select', async () => {
  const { page, app } = await openHost({ query: '?embed=1' });
  await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  await app.locator(talks).first().click();
  const message = await waitForMessage(page, 'select event:talks', isSelect('event', 'talks'));
  assert.equal(message.data.source, 'user');
});

test('malformed messages are ignored without an error', async () => {
  const { page, app } = await openHost({ query: '?embed=1&select=event:talks' });
  await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  const errors: string[] = [];
  app.page().on('pageerror', (e) => errors.push(e.message));
  for (const junk of [
    'select event:greeting',
    null,
    [1, 2],
    { type: 'select', kind: 'event', id: 'greeting' },
    { dayline: 1, type: 'select', kind: 'event', id: 'no-such-event' },
    { dayline: 1, type: 'select', kind: 'person', id: 'trump' },
    { dayline: 1, type: 'step', delta: 5 },
    { dayline: '1', type: 'clear' },
  ])
    await send(page, junk);
  await page.waitForTimeout(300);
  await expectFrameState(app, talks, 'selected');
  assert.deepEqual(errors, []);
});

test('origin= blocks a third origin, and posts only to the named host', async () => {
  const third = await startStaticServer(await hostFolder());
  const host = await startStaticServer(await hostFolder());
  const { page, app } = await openHost({
    query: `?embed=1&origin=${encodeURIComponent(host.origin)}`,
    third: `${third.origin}/third.html`,
    host,
  });
  await waitForMessage(page, 'ready (to the named origin)', (m) => m.data.type === 'ready');
  const stranger = page.frames().find((f) => f.url().startsWith(third.origin));
  assert.ok(stranger, 'the third-origin frame loaded');
  await stranger.evaluate(() =>
    window.parent.frames[0]?.postMessage(
      { dayline: 1, type: 'select', kind: 'event', id: 'talks' },
      '*',
    ),
  );
  await page.waitForTimeout(400);
  await expectFrameState(app, talks, 'idle');

  await send(page, { dayline: 1, type: 'select', kind: 'event', id: 'talks' });
  await expectFrameState(app, talks, 'selected');

  // Named for someone else, the frame neither obeys this host nor tells it anything.
  const other = await openHost({
    query: `?embed=1&origin=${encodeURIComponent(third.origin)}`,
    host,
  });
  await other.app.waitForSelector(talks);
  await other.page.waitForTimeout(400);
  await send(other.page, { dayline: 1, type: 'select', kind: 'event', id: 'talks' });
  await other.page.waitForTimeout(400);
  await expectFrameState(other.app, talks, 'idle');
  assert.deepEqual(await received(other.page), [], 'the host received nothing');
});

test('a flood of 1,000 selects in a second leaves the frame responsive and ends on the last', async () => {
  const { page, app } = await openHost({ query: '?embed=1' });
  await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  const ids = ['talks', 'greeting', 'limo-ride', 'press-statements', 'cemetery-visit'];
  await page.evaluate(
    (list) =>
      new Promise<void>((done) => {
        const send = (window as unknown as { send(m: unknown): void }).send;
        let sent = 0;
        const burst = () => {
          for (let i = 0; i < 100; i++, sent++)
            send({ dayline: 1, type: 'select', kind: 'event', id: list[sent % list.length] });
          if (sent < 1000) setTimeout(burst, 100);
          else done();
        };
        burst();
      }),
    ids,
  );
  const last = ids[999 % ids.length] as string;
  await expectFrameState(app, `[data-view="timeline"] [data-event-id="${last}"]`, 'selected');
  const frameLag = await app.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((done) => setTimeout(() => done(performance.now() - start), 0));
  });
  assert.ok(
    frameLag < 200,
    `the frame answers a timer within 200 ms (took ${frameLag.toFixed(0)} ms)`,
  );
  await app.locator('[data-view="timeline"] [data-event-id="greeting"]').first().click();
  await expectFrameState(app, '[data-view="timeline"] [data-event-id="greeting"]', 'selected');
  const answers = (await received(page)).filter((m) => m.data.type === 'select');
  assert.ok(answers.length < 200, `selections are coalesced (${answers.length} answers to 1,000)`);
});

test('data= loads a second story served with CORS from the host origin', async () => {
  const host = await startStaticServer(await hostFolder(), { cors: true });
  const { page, app } = await openHost({
    query: `?embed=1&data=${encodeURIComponent(`${host.origin}/mini.json`)}`,
    host,
  });
  const ready = await waitForMessage(page, 'ready', (m) => m.data.type === 'ready');
  assert.deepEqual(ready.data.story, { id: 'mini', title: 'Mini summit' });
  await app.waitForSelector('[data-view="timeline"] [data-event-id="arrival"]', {
    state: 'attached',
  });
  const title = await app.getByRole('heading', { level: 1 }).textContent();
  assert.match(title ?? '', /Mini summit/);
});

test('data= with a broken story shows the located error with Retry, and tells the host', async () => {
  const host = await startStaticServer(await hostFolder(), { cors: true });
  const { page, app } = await openHost({
    query: `?embed=1&data=${encodeURIComponent(`${host.origin}/broken.json`)}`,
    host,
  });
  const alert = app.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  assert.match(text, /broken\.json/);
  assert.match(text, /places\[0\]\.lat/);
  await app.getByRole('button', { name: 'Retry' }).waitFor();
  const error = await waitForMessage(page, 'error', (m) => m.data.type === 'error');
  assert.ok(Array.isArray(error.data.problems) && error.data.problems.length > 0);
});

test('data= from a server without CORS, or with another scheme, shows why it failed', async () => {
  const noCors = await startStaticServer(await hostFolder());
  const { app } = await openHost({
    query: `?embed=1&data=${encodeURIComponent(`${noCors.origin}/mini.json`)}`,
  });
  await app.getByRole('alert').waitFor();
  assert.match(
    (await app.getByRole('alert').textContent()) ?? '',
    /does not allow other sites to read this file \(CORS\)/,
  );

  const page = await openApp(`/?data=${encodeURIComponent('ftp://example.org/story.json')}`);
  const text = (await page.getByRole('alert').textContent()) ?? '';
  assert.match(text, /only http: and https: addresses can be loaded, not ftp:/);
});

for (const width of [320, 480, 768, 1200]) {
  test(`an embed ${width} px wide has no horizontal scroll`, async () => {
    const { app } = await openHost({
      query: '?embed=1&select=event:talks',
      width,
      height: 480,
      viewport: { width: Math.max(width, 400), height: 800 },
    });
    await app.waitForSelector(talks, { state: 'attached' }).catch(() => {});
    await app.waitForTimeout(300);
    const { scroll, client } = await app.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > clientWidth ${client} at ${width} px`);
  });
}

test('a narrow embed switches views with tabs; a wide one shows them all', async () => {
  const narrow = await openHost({ query: '?embed=1', width: 320, height: 480 });
  const tabs = narrow.app.getByRole('tab');
  assert.deepEqual(await tabs.allTextContents(), ['Timeline', 'Map', 'Quotes', 'Details']);
  await narrow.app.getByRole('tab', { name: 'Quotes' }).click();
  await narrow.app.waitForSelector('[data-view="quotes"]');
  assert.equal(await narrow.app.locator('[data-view="timeline"]').count(), 0);
  await narrow.app.getByRole('tab', { name: 'Quotes' }).press('ArrowRight');
  await narrow.app.waitForSelector('[data-view="details"]');

  const wide = await openHost({
    query: '?embed=1',
    width: 1200,
    viewport: { width: 1280, height: 800 },
  });
  assert.equal(await wide.app.getByRole('tab').count(), 0);
  for (const view of ['timeline', 'map', 'quotes', 'details'])
    assert.equal(await wide.app.locator(`[data-view="${view}"]`).count(), 1, view);
});

test('view= pins one view in an embed, at any width', async () => {
  const { app } = await openHost({ query: '?embed=1&view=map&select=place:moscow', width: 320 });
  await expectFrameState(app, moscowOnMap, 'selected');
  assert.equal(await app.getByRole('tab').count(), 0);
  assert.equal(await app.locator('[data-view="timeline"]').count(), 0);
});

test('bad settings in an embed’s address show a dismissible notice, never a blank frame', async () => {
  const { app } = await openHost({ query: '?embed=1&tz=Mars/Phobos&select=event:nope&step=-4' });
  const notice = app.getByRole('status').filter({ hasText: 'was ignored' });
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  for (const part of ['tz=Mars/Phobos', 'select=event:nope', 'step=-4'])
    assert.ok(text.includes(part), part);
  await expectFrameState(app, talks, 'idle');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
});

const URL_CASES: [string, (page: Page) => Promise<void>][] = [
  ['?view=timeline', async (p) => assertViews(p, ['timeline'])],
  [
    '?view=map&select=place:moscow',
    async (p) => {
      await assertViews(p, ['map']);
      await expectFrameState(p.mainFrame(), moscowOnMap, 'selected');
    },
  ],
  [
    '?view=quotes&select=quote:q-interesting',
    async (p) => {
      await assertViews(p, ['quotes']);
      await expectFrameState(p.mainFrame(), '[data-quote-id="q-interesting"]', 'selected');
    },
  ],
  [
    '?tz=UTC&select=event:talks',
    async (p) => {
      await expectFrameState(p.mainFrame(), talks, 'selected');
      assert.equal(await p.getByRole('combobox', { name: /times in/i }).inputValue(), 'UTC');
    },
  ],
  [
    '?tz=Europe/Moscow',
    async (p) => {
      assert.equal(
        await p.getByRole('combobox', { name: /times in/i }).inputValue(),
        'Europe/Moscow',
      );
    },
  ],
  [
    '?embed=1&view=quotes',
    async (p) => {
      await p.getByRole('link', { name: /^Open full view/ }).waitFor();
      await assertViews(p, ['quotes']);
    },
  ],
];

for (const [query, check] of URL_CASES) {
  test(`the link ${query} opens the view it names, and the address keeps it`, async () => {
    const page = await openApp(`/${query}`);
    await page.waitForTimeout(300);
    await check(page);
    assert.equal(new URL(await addressOf(page)).search, query, 'the address is left as it was');
  });
}

async function assertViews(page: Page, expected: string[]): Promise<void> {
  const views = await page
    .locator('[data-view]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-view')));
  assert.deepEqual(views, expected);
}

test('"Open full view" opens the same state, without embed mode, in a new tab', async () => {
  const { app } = await openHost({ query: '?embed=1&view=map&select=place:moscow&tz=UTC' });
  const link = app.getByRole('link', { name: /^Open full view/ });
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  const href = new URL((await link.getAttribute('href')) ?? '');
  assert.equal(href.origin, getEnv().appOrigin);
  assert.equal(href.searchParams.get('embed'), null);
  assert.equal(href.searchParams.get('view'), 'map');
  assert.equal(href.searchParams.get('select'), 'place:moscow');
  assert.equal(href.searchParams.get('tz'), 'UTC');
});

test('the full-screen button shows only where the host allows full screen', async () => {
  const allowed = await openHost({ query: '?embed=1' });
  await allowed.app.getByRole('button', { name: 'Full screen' }).waitFor();
  const refused = await openHost({ query: '?embed=1', allowFullscreen: false });
  await refused.app.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await refused.app.getByRole('button', { name: 'Full screen' }).count(), 0);
});

test('Share & embed in a frame: a modal dialog that Esc closes without clearing the selection', async () => {
  const { app } = await openHost({ query: '?embed=1&select=event:talks', width: 320, height: 480 });
  const opener = app.getByRole('button', { name: 'Share & embed' });
  await opener.click();
  const dialog = app.getByRole('dialog', { name: 'Share & embed' });
  await dialog.waitFor();
  const code = await dialog.getByRole('textbox', { name: 'Embed code (HTML)' }).inputValue();
  assert.match(code, /<iframe src="[^"]*\?embed=1&amp;select=event:talks"/);
  assert.match(code, /<script src="[^"]*\/embed\.js" async><\/script>/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await app.waitForFunction(() =>
    [...document.querySelectorAll('dialog [role="status"]')].some((s) => s.textContent !== ''),
  );
  await app.page().keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await expectFrameState(app, talks, 'selected');
  assert.equal(await opener.evaluate((b) => b === document.activeElement), true, 'focus returns');
});

test('axe finds no violations inside a narrow frame (320 px, tabs)', async () => {
  const { app } = await openHost({ query: '?embed=1&select=event:talks', width: 320, height: 480 });
  await app.waitForSelector(talks, { state: 'attached' });
  await runAxe(app);
});

test('axe finds no violations inside a wide frame (1200 px)', async () => {
  const { app } = await openHost({ query: '?embed=1&select=place:moscow' });
  await app.waitForSelector(moscowOnMap, { state: 'attached' });
  await runAxe(app);
});

test('the demo page drives both frames and logs what they say', async () => {
  const page = await openApp('/embed-demo.html', {
    waitFor: 'iframe',
    viewport: { width: 1280, height: 1000 },
  });
  const frameOf = async (id: string) => {
    const frame = await (await page.locator(id).elementHandle())?.contentFrame();
    assert.ok(frame, `${id} has loaded`);
    return frame;
  };
  const logText = () => page.locator('#log').textContent();
  await page.waitForFunction(
    () => (document.getElementById('log')?.textContent?.match(/"ready"/g) ?? []).length >= 2,
    null,
    { timeout: 15_000 },
  );
  const [first, second] = [await frameOf('#frame-1'), await frameOf('#frame-2')];
  await expectFrameState(second, moscowOnMap, 'selected');

  await page.getByRole('button', { name: 'The talks' }).click();
  await expectFrameState(first, talks, 'selected');
  await page.waitForFunction(() =>
    /frame 2 → .*"select".*"talks"/.test(document.getElementById('log')?.textContent ?? ''),
  );

  await page
    .getByRole('combobox', { name: 'Send to' })
    .selectOption({ label: 'frame 1 (all views)' });
  await page.getByRole('button', { name: 'Moscow' }).click();
  await expectFrameState(first, moscowOnMap, 'selected');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  // Frame 1 is medium-wide: the timeline may fold unselected events into clusters.
  await expectFrameState(first, '[data-view="quotes"] [data-quote-id]', 'idle');
  await page.getByRole('button', { name: 'Next stop →' }).click();
  // Steps follow the tour from its current stop (the first), as presentation mode does.
  await expectFrameState(first, '[data-view="timeline"] [data-event-id="putin-lands"]', 'selected');
  assert.match((await logText()) ?? '', /"source":"host"/);

  await page.waitForFunction(() =>
    [...document.querySelectorAll('iframe')].every((f) => f.style.height !== ''),
  );
  await page.waitForTimeout(500);
  await screenshot(page, 'embed-demo', { fullPage: true });
});

test('screenshots: the embed at 320×480 and 768 wide', async () => {
  const small = await openApp('/?embed=1&select=event:talks', {
    viewport: { width: 320, height: 480 },
  });
  await small.waitForSelector(talks, { state: 'attached' });
  await small.waitForTimeout(600);
  await screenshot(small, 'embed-320x480');
  await small.getByRole('tab', { name: 'Map' }).click();
  await small.waitForTimeout(800);
  await screenshot(small, 'embed-320x480-map');
  const medium = await openApp('/?embed=1&select=event:talks', {
    viewport: { width: 768, height: 1000 },
  });
  await medium.waitForSelector(talks, { state: 'attached' });
  await medium.waitForTimeout(800);
  await screenshot(medium, 'embed-768', { fullPage: true });
});
