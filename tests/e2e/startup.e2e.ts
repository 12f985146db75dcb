import assert from 'node:assert/strict';
import { appUrl, openApp, showMap, test } from './fixture';

/** The phone Lighthouse's mobile preset emulates. */
const LIGHTHOUSE_PHONE = { width: 412, height: 823 };

test('index.html already shows the default story’s header, before any script runs', async () => {
  const page = await openApp('/', { viewport: LIGHTHOUSE_PHONE, waitFor: false });
  const html = await page.evaluate(async (url) => (await fetch(url)).text(), appUrl('/'));
  assert.match(html, /<div id="boot"[^>]*>/);
  assert.match(html, /<h1 class="header__title">The Alaska summit<\/h1>/);
  assert.match(html, /<p class="header__intro">On 15 August 2025/);
});

test('the shell is replaced in place: one header, and no layout shift while the views load', async () => {
  for (const viewport of [LIGHTHOUSE_PHONE, { width: 1280, height: 800 }]) {
    const page = await openApp('/', { viewport });
    await page.waitForSelector('[data-view="quotes"] [data-quote-id]');
    if (viewport === LIGHTHOUSE_PHONE) {
      // Two screens down on a phone, the map waits until the reader heads towards it.
      await page.waitForLoadState('networkidle');
      assert.equal(
        await page.locator('[data-view="map"] .leaflet-container').count(),
        0,
        'on a phone the map does not load before the reader scrolls towards it',
      );
      assert.ok(await page.locator('[data-view="map"][aria-busy="true"]').isVisible());
      const leaflet = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\/leaflet[^/]*\.js$/.test(name)),
      );
      assert.deepEqual(leaflet, [], 'on a phone Leaflet is not even fetched before the scroll');
      await showMap(page);
    }
    await page.waitForSelector('[data-view="map"] [data-place-id]');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const { boot, headings, shift, sources } = await page.evaluate(
      () =>
        new Promise<{ boot: boolean; headings: number; shift: number; sources: string[] }>(
          (resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as unknown as {
                value: number;
                hadRecentInput: boolean;
                sources: { node?: Node }[];
              }[];
              const counted = entries.filter((e) => !e.hadRecentInput);
              resolve({
                boot: document.getElementById('boot') !== null,
                headings: document.querySelectorAll('h1:not(.handout h1)').length,
                shift: counted.reduce((sum, e) => sum + e.value, 0),
                sources: counted.flatMap((e) =>
                  e.sources.map(
                    (s) => (s.node as Element | undefined)?.className?.toString() ?? '?',
                  ),
                ),
              });
            }).observe({ type: 'layout-shift', buffered: true });
            // No entry at all: the observer never calls back.
            setTimeout(
              () =>
                resolve({
                  boot: !!document.getElementById('boot'),
                  headings: document.querySelectorAll('h1:not(.handout h1)').length,
                  shift: 0,
                  sources: [],
                }),
              300,
            );
          },
        ),
    );
    const size = `${viewport.width}×${viewport.height}`;
    assert.equal(boot, false, `${size}: the shell from index.html is gone`);
    // The print-only handout (hidden on screen) has its own h1 for paper.
    assert.equal(headings, 1, `${size}: one h1 on the page`);
    // Lighthouse calls 0.1 good; the one shift allowed here is the map's credit line growing
    // when the basemap arrives (about 0.0002).
    assert.ok(
      shift < 0.005,
      `${size}: layout shift ${shift.toFixed(4)} from ${sources.join(', ')}`,
    );
  }
});
