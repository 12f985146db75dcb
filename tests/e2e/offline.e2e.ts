import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, getEnv, openApp, screenshot, startStaticServer, test } from './fixture';

/**
 * These tests serve the build from a server of their own, so that "the network is cut" is
 * real: the context goes offline *and* the server is stopped before the reload.
 */

/** Waits until a service worker controls the page, with its precache installed. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

const daylineCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('dayline-')));

const BASEMAP = '[data-view="map"] path.map-land';

/**
 * What real static hosts send (vite preview, CDNs): `Vary: Origin` makes a cache look-up that
 * honours Vary miss the page's CORS-mode module scripts, which carry an `Origin` header.
 */
const REAL_HOST = {
  gzip: true,
  headers: { vary: 'Origin, Accept-Encoding', 'cache-control': 'no-cache' },
} as const;

test('behind a host sending Vary: Origin, no-cache and gzip, one online load is enough: the story and its basemap show with the network cut', async () => {
  const server = await startStaticServer(getEnv().distDir, REAL_HOST);
  const page = await openApp(`${server.origin}/`, { viewport: DESKTOP });
  await waitForWorker(page);
  await page.locator(BASEMAP).first().waitFor({ state: 'attached' });

  await page.context().setOffline(true);
  await server.close();
  await page.reload();
  await page.locator('[data-view="timeline"]').waitFor();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  assert.ok(title && title.length > 0, 'the story title shows offline');
  await page
    .locator(BASEMAP)
    .first()
    .waitFor({ state: 'attached' })
    .catch(() => {
      throw new Error('the basemap (path.map-land) did not draw offline');
    });
  await screenshot(page, 'offline-reload-1280x800');

  // A stop of the tour, opened fresh while offline: the page comes from the cache.
  await page.goto(`${server.origin}/?present=1&step=3`);
  await page
    .getByRole('region', { name: 'Presentation' })
    .getByText(/^Stop 3 of \d+$/)
    .waitFor();
});

/**
 * Watches, once a frame, for the service worker's registration, and notes whether the quote list
 * (which comes a frame after the timeline) was on the page when it was first found.
 */
const WATCH_REGISTRATION = `(() => {
  const seen = (window.__registration = { found: false, quotesShown: false, at: 0 });
  const tick = () => {
    navigator.serviceWorker.getRegistration().then((registration) => {
      if (!registration || seen.found) return;
      seen.found = true;
      seen.at = performance.now();
      seen.quotesShown = document.querySelector('[data-view="quotes"] [data-quote-id]') !== null;
    });
    if (!seen.found) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

test('the service worker registers only once the views are shown, so its download never slows the first render', async () => {
  const server = await startStaticServer(getEnv().distDir, REAL_HOST);
  const page = await openApp(`${server.origin}/`, {
    viewport: DESKTOP,
    initScript: WATCH_REGISTRATION,
  });
  await waitForWorker(page);
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __registration: { quotesShown: boolean; at: number } })
        .__registration,
  );
  assert.ok(
    seen.quotesShown,
    `the service worker registered at ${Math.round(seen.at)} ms, before the quote list was shown`,
  );
  await server.close();
});

test('a new build replaces the old cache: its worker takes over and the old files are deleted', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'dayline-build-'));
  await cp(getEnv().distDir, folder, { recursive: true });
  const server = await startStaticServer(folder);
  const page = await openApp(`${server.origin}/`, { viewport: DESKTOP });
  await waitForWorker(page);
  const before = await daylineCaches(page);
  assert.equal(before.length, 1, `one precache after the first visit, found ${before.join(', ')}`);
  const oldBuild = before[0]!.replace('dayline-', '');

  // "Deploy" a new build: a changed page, and the worker that lists it under a new hash.
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  await writeFile(
    join(folder, 'index.html'),
    html.replace('</head>', '<meta name="dayline-test" content="second build" /></head>'),
  );
  const worker = await readFile(join(folder, 'sw.js'), 'utf8');
  assert.ok(worker.includes(oldBuild), 'sw.js carries its build hash');
  await writeFile(join(folder, 'sw.js'), worker.replaceAll(oldBuild, 'second-build'));

  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const changed = new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
    await registration?.update();
    await changed;
  });
  await page.waitForFunction(
    async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('dayline-'));
      return names.length === 1 && names[0] === 'dayline-second-build';
    },
    undefined,
    { timeout: 10_000 },
  );

  await page.context().setOffline(true);
  await server.close();
  await page.reload();
  await page.locator('[data-view="timeline"]').waitFor();
  const marker = await page.locator('meta[name="dayline-test"]').getAttribute('content');
  assert.equal(marker, 'second build', 'offline, the page is the new build’s, not a stale one');
});

test('the web app manifest is installable: name, start URL, standalone, 192 and 512 icons', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'index.html links the manifest');
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
  assert.equal(manifest.short_name, 'Dayline');
  assert.ok(manifest.name);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.theme_color && manifest.background_color);
  const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
  assert.ok(
    icons.some((i) => i.purpose === 'maskable'),
    'a maskable icon',
  );
  for (const size of [192, 512]) {
    const icon = icons.find((i) => i.sizes === `${size}x${size}`);
    assert.ok(icon, `a ${size}×${size} icon`);
    const natural = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = new URL(src, new URL('manifest.webmanifest', document.baseURI)).href;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, icon.src);
    assert.deepEqual(natural, [size, size]);
  }
});
