import assert from 'node:assert/strict';
import { openApp, test } from './fixture';

/** The bundled Natural Earth land, as src/map/BasemapLayer.tsx draws it (SVG, its own pane). */
const LAND = '[data-view="map"] .leaflet-basemap-pane path.map-land';

test('the map draws land from bundled geometry with every outside request blocked', async () => {
  // The guard aborts (and fails the test on) any request that leaves the app's origin, so
  // whatever is drawn here came from the build itself.
  const page = await openApp('/');
  await page
    .waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].some((path) => {
          const box = path.getBoundingClientRect();
          return (path.getAttribute('d') ?? '').length > 100 && box.width > 0 && box.height > 0;
        }),
      LAND,
      { timeout: 10_000 },
    )
    .catch(async () => {
      const status = await page.locator('[data-view="map"] [role="status"]').allTextContents();
      throw new Error(
        `the map drew no land (${LAND}); its status says: ${JSON.stringify(status.join(' ').trim())}`,
      );
    });
  const map = await page.locator('[data-view="map"] .leaflet-container').boundingBox();
  const land = await page.locator(LAND).first().boundingBox();
  assert.ok(map && land, 'the map and its land have a size');
  const overlaps =
    land.x < map.x + map.width &&
    land.x + land.width > map.x &&
    land.y < map.y + map.height &&
    land.y + land.height > map.y;
  assert.ok(overlaps, 'the land lies inside the visible map');
});

test('the default page makes no request outside the page origin', async () => {
  const page = await openApp('/');
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => r.name),
  );
  const foreign = resources.filter(
    (url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin,
  );
  assert.deepEqual(foreign, [], 'resources from other origins');
});
