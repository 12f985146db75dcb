import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  clickItem,
  DESKTOP,
  expectState,
  item,
  OUTPUT_DIR,
  openApp,
  PHONE,
  runAxe,
  settle,
  showMap,
  test,
  type Viewport,
  WIDE,
} from './fixture';

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

/** Every place marker's button (the DOM contract's `data-place-id`). */
const MARKERS = '[data-view="map"] [data-place-id]';
/** Lighthouse's mobile preset (a Moto G Power). */
const LIGHTHOUSE_PHONE: Viewport = { width: 412, height: 823 };
const SMALLEST: Viewport = { width: 320, height: 568 };

/** Opens the app, waits for the map's land and markers, and for the map to stop moving. */
async function openMap(viewport: Viewport, query = '/', colorScheme?: 'light' | 'dark') {
  const page = await openApp(query, {
    viewport,
    ...(colorScheme ? { context: { colorScheme } } : {}),
  });
  await showMap(page);
  await page.waitForSelector(LAND, { state: 'attached' });
  await page.waitForSelector(MARKERS, { state: 'attached' });
  await settle(page);
  return page;
}

/** Pairs of marker buttons whose boxes overlap, as "a × b"; polls while markers still move. */
async function overlappingMarkers(page: Page): Promise<string[]> {
  const find = () =>
    page.locator(MARKERS).evaluateAll((buttons) => {
      const boxes = buttons.map((b) => ({
        id: b.getAttribute('data-place-id'),
        box: b.getBoundingClientRect(),
      }));
      const pairs: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left ||
            b.box.right <= a.box.left ||
            a.box.bottom <= b.box.top ||
            b.box.bottom <= a.box.top;
          if (!apart) pairs.push(`${a.id} × ${b.id}`);
        }
      }
      return pairs;
    });
  // Moved markers slide to their places with the zoom animation (0.25 s).
  for (let tries = 0; tries < 10; tries++) {
    const pairs = await find();
    if (pairs.length === 0) return pairs;
    await page.waitForTimeout(100);
  }
  return find();
}

/** Fails unless no two markers overlap and axe's target-size rule (WCAG 2.5.8) passes on the map. */
async function expectMarkersClear(page: Page, where: string) {
  const count = await page.locator(MARKERS).count();
  assert.ok(count > 1, `${where}: the map shows its markers`);
  assert.deepEqual(await overlappingMarkers(page), [], `${where}: markers that overlap`);
  await runAxe(page, { within: '[data-view="map"]', rules: ['target-size'] });
}

for (const viewport of [LIGHTHOUSE_PHONE, PHONE, DESKTOP, SMALLEST, WIDE]) {
  const size = `${viewport.width}×${viewport.height}`;
  test(`at ${size} no two place markers overlap in the first view and all pass target-size`, async () => {
    const page = await openMap(viewport);
    await expectMarkersClear(page, size);
    if (viewport === LIGHTHOUSE_PHONE) {
      await page
        .locator('[data-view="map"]')
        .screenshot({ path: join(OUTPUT_DIR, 'map-412x823-spread.png'), animations: 'disabled' });
    }
  });
}

test('place markers stay clear of each other at every zoom, in and out', async () => {
  const page = await openMap(LIGHTHOUSE_PHONE);
  const zoomIn = page.getByRole('button', { name: 'Zoom in on the map' });
  const zoomOut = page.getByRole('button', { name: 'Zoom out on the map' });
  for (const [button, times, name] of [
    [zoomOut, 2, 'out'],
    [zoomIn, 6, 'in'],
  ] as const) {
    for (let step = 1; step <= times; step++) {
      if (await button.isDisabled()) break;
      await button.click();
      await settle(page);
      await expectMarkersClear(page, `zoomed ${name} ${step}×`);
    }
  }
});

test('markers glide aside with a zoom animation only: a flight to a selection starts no transition on them', async () => {
  const page = await openMap(LIGHTHOUSE_PHONE);
  // Every transition started on a marker's content or its leader, counted in the page.
  await page.evaluate(() => {
    const counts = { started: 0 };
    (window as unknown as { markerTransitions: typeof counts }).markerTransitions = counts;
    document.addEventListener(
      'transitionrun',
      (e) => {
        const target = e.target as Element;
        if (target.closest('.place-marker, .marker-leader')) counts.started++;
      },
      true,
    );
  });
  const started = () =>
    page.evaluate(
      () =>
        (window as unknown as { markerTransitions: { started: number } }).markerTransitions.started,
    );
  // Flights to three selections, each landing at another zoom, so the markers spread anew.
  for (const id of ['talks', 'putin-departs', 'greeting']) {
    await showMap(page);
    await clickItem(page, item('timeline', 'event', id));
    await expectState(page, item('timeline', 'event', id), 'selected');
    await settle(page);
  }
  assert.equal(await started(), 0, 'transitions started on markers by flights');
  // A zoom animation: the offsets for the new zoom follow the icons in step.
  await showMap(page);
  const zoomOut = page.getByRole('button', { name: 'Zoom out on the map' });
  for (let step = 0; step < 3 && (await started()) === 0; step++) {
    if (await zoomOut.isDisabled()) break;
    await zoomOut.click();
    await settle(page);
  }
  assert.ok((await started()) > 0, 'markers moved aside glide with the zoom animation');
});

test('a marker moved aside keeps a leader to its true point, selects on click, previews beside itself', async () => {
  const page = await openMap(LIGHTHOUSE_PHONE);
  const moved = page.locator(
    '[data-view="map"] .map-marker:has(.marker-leader[data-displaced="true"])',
  );
  assert.ok((await moved.count()) > 0, 'some markers of the default story are moved aside');
  const icon = moved.first();
  const button = icon.locator('[data-place-id]');
  const id = await button.getAttribute('data-place-id');
  const dot = await icon.locator('.marker-leader__dot').boundingBox();
  const line = await icon.locator('.marker-leader__line').boundingBox();
  const box = await button.boundingBox();
  assert.ok(dot && line && box, 'the dot, the line and the button are drawn');
  const centre = (b: { x: number; y: number; width: number; height: number }) => ({
    x: b.x + b.width / 2,
    y: b.y + b.height / 2,
  });
  const apart = Math.hypot(centre(box).x - centre(dot).x, centre(box).y - centre(dot).y);
  assert.ok(apart >= 16, `the button (${id}) is drawn away from its true point (${apart} px)`);
  assert.ok(line.width + line.height > 8, 'a leader runs from the true point to the button');

  await button.hover();
  const preview = await icon.locator('.place-preview').boundingBox();
  assert.ok(preview, `hovering ${id} shows its preview`);
  // Above its button, or below it where the map's top edge would cut it, and moved sideways
  // as far as needed to stay inside the map (PlacePreview's `fitInside`).
  const frame = await page.locator('[data-view="map"] .leaflet-container').boundingBox();
  assert.ok(frame, 'the map has a size');
  assert.ok(
    preview.x >= frame.x - 0.5 &&
      preview.x + preview.width <= frame.x + frame.width + 0.5 &&
      preview.y >= frame.y - 0.5 &&
      preview.y + preview.height <= frame.y + frame.height + 0.5,
    `the preview of ${id} lies inside the map`,
  );
  const overOrUnder =
    preview.x <= centre(box).x &&
    centre(box).x <= preview.x + preview.width &&
    (preview.y + preview.height <= box.y || preview.y >= box.y + box.height);
  const beside = preview.x >= box.x + box.width || preview.x + preview.width <= box.x;
  assert.ok(
    overOrUnder || beside,
    `the preview of ${id} sits above, below or beside its moved button, not over it`,
  );

  await button.click();
  await page.waitForSelector(`[data-view="map"] [data-place-id="${id}"][data-state="selected"]`);
});

test(
  'moved markers and their leaders are drawn in the light, dark and projector themes',
  async () => {
    for (const [query, viewport, scheme, name] of [
      ['/', LIGHTHOUSE_PHONE, 'dark', 'map-412x823-spread-dark'],
      ['/?present=1', WIDE, 'light', 'map-present-1920x1080-spread'],
      ['/?select=place:jber', DESKTOP, 'light', 'map-1280x800-spread-selected'],
    ] as const) {
      const page = await openMap(viewport, query, scheme);
      await expectMarkersClear(page, name);
      await page
        .locator('[data-view="map"]')
        .screenshot({ path: join(OUTPUT_DIR, `${name}.png`), animations: 'disabled' });
    }
  },
  // A page per theme, one of them (dark) in a Firefox of its own.
  { timeoutMs: 180_000 },
);
