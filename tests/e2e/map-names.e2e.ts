import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  clickItem,
  DESKTOP,
  item,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  showMap,
  test,
  type Viewport,
  WIDE,
} from './fixture';

const MAP = '[data-view="map"]';
const CONTAINER = `${MAP} .leaflet-container`;
/** Names are laid out once a move ends; this waits for a laid-out, visible set of names. */
const NAMES_SHOWN = `${MAP} .map-labels:not([data-moving]) .map-label`;
/**
 * Coastline and border vertices in view: the 1:10m coast around Anchorage, the 1:50m borders
 * around Moscow. (A 1:110m map has a few dozen vertices in a view this size; see the report.)
 */
const MIN_VERTICES = 150;
/** Around Moscow, inland, far from the coast: borders only. */
const MIN_VERTICES_INLAND = 50;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface NameBox extends Box {
  kind: string;
  key: string;
  text: string;
}

/** Every drawn name inside the map, with its box on the page. */
function namesOf(page: Page): Promise<NameBox[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        kind: el.dataset.labelKind ?? '',
        key: el.dataset.labelFor ?? '',
        text: el.textContent ?? '',
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    });
  }, NAMES_SHOWN);
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

function overlap(a: Box, b: Box): boolean {
  // Half a pixel of anti-aliasing either way is not an overlap.
  return (
    a.x + 0.5 < b.x + b.width &&
    b.x + 0.5 < a.x + a.width &&
    a.y + 0.5 < b.y + b.height &&
    b.y + 0.5 < a.y + a.height
  );
}

async function mapBox(page: Page): Promise<Box> {
  const box = await page.locator(CONTAINER).boundingBox();
  assert.ok(box, 'the map has a size');
  return box;
}

/** Waits until the names are laid out for a view that has stopped moving. */
async function namesSettled(page: Page): Promise<void> {
  await page.waitForSelector(NAMES_SHOWN);
  // Two frames after the last layout: a flight's end lays the names out once more.
  let before = '';
  for (let i = 0; i < 40; i++) {
    const now = JSON.stringify(await namesOf(page));
    if (now === before && now !== '[]') return;
    before = now;
    await page.waitForTimeout(150);
  }
}

/** No two names overlap, and each lies inside the map. */
async function expectTidyNames(page: Page): Promise<NameBox[]> {
  const map = await mapBox(page);
  const names = await namesOf(page);
  for (const name of names) {
    assert.ok(inside(name, map), `"${name.text}" lies inside the map`);
  }
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i] as NameBox;
      const b = names[j] as NameBox;
      assert.ok(!overlap(a, b), `"${a.text}" and "${b.text}" do not overlap`);
    }
  }
  return names;
}

/** Basemap vertices (land, coast, borders) that fall inside the map's visible box. */
function verticesInView(page: Page): Promise<number> {
  return page.evaluate((container) => {
    const map = document.querySelector(container)?.getBoundingClientRect();
    if (!map) return 0;
    let count = 0;
    const paths = document.querySelectorAll<SVGPathElement>(
      `${container} .leaflet-basemap-pane path, ${container} .leaflet-basemap-detail-pane path`,
    );
    for (const path of paths) {
      if (path.classList.contains('map-detail-sea') || path.classList.contains('map-dateline'))
        continue;
      const matrix = path.getScreenCTM();
      const svg = path.ownerSVGElement;
      if (!matrix || !svg) continue;
      const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g) ?? [];
      const point = svg.createSVGPoint();
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        point.x = Number(numbers[i]);
        point.y = Number(numbers[i + 1]);
        const at = point.matrixTransform(matrix);
        if (at.x >= map.left && at.x <= map.right && at.y >= map.top && at.y <= map.bottom) count++;
      }
    }
    return count;
  }, CONTAINER);
}

/** Centres of the place markers inside the map, by place id. */
async function markerCentres(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate((map) => {
    const out: Record<string, [number, number]> = {};
    for (const button of document.querySelectorAll<HTMLElement>(`${map} [data-place-id]`)) {
      const r = button.getBoundingClientRect();
      out[button.dataset.placeId ?? ''] = [
        Math.round(r.x + r.width / 2),
        Math.round(r.y + r.height / 2),
      ];
    }
    return out;
  }, MAP);
}

/** Story places whose marker lies inside the map. */
async function placesInView(page: Page): Promise<string[]> {
  const map = await mapBox(page);
  const centres = await markerCentres(page);
  return Object.entries(centres)
    .filter(
      ([, [x, y]]) => x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height,
    )
    .map(([id]) => id);
}

async function expectDetailAround(
  page: Page,
  what: string,
  selected: string,
  minVertices: number,
): Promise<void> {
  // The map has flown there: the selected place's marker is in view (on a busy machine the flight
  // can start a while after the click, and the names of the old view look settled meanwhile).
  const placeId = selected.replace(/^place:/, '');
  for (let i = 0; i < 100 && !(await placesInView(page)).includes(placeId); i++) {
    await page.waitForTimeout(200);
  }
  assert.ok((await placesInView(page)).includes(placeId), `${what}: the map shows ${placeId}`);
  await namesSettled(page);
  // The finer geometry arrives from a worker after the flight; wait for it to be drawn.
  let vertices = 0;
  for (let i = 0; i < 50 && vertices < minVertices; i++) {
    vertices = await verticesInView(page);
    if (vertices < minVertices) await page.waitForTimeout(200);
  }
  assert.ok(
    vertices >= minVertices,
    `${what}: ${vertices} coastline and border vertices in view, want at least ${minVertices}`,
  );
  const names = await expectTidyNames(page);
  const geographic = names.filter((n) => n.kind !== 'place' || n.key !== selected);
  assert.ok(
    geographic.filter((n) => n.kind !== 'place').length >= 2,
    `${what}: at least two geographic names besides the selected place, got ${JSON.stringify(
      geographic.map((n) => n.text),
    )}`,
  );
}

test('the world view names every story place in view without overlaps, and names countries', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  await namesSettled(page);
  const names = await expectTidyNames(page);
  const inView = await placesInView(page);
  assert.ok(inView.length >= 10, `most places are in the first view (${inView.length})`);
  const named = new Set(names.filter((n) => n.kind === 'place').map((n) => n.key));
  const nameless = inView.filter((id) => !named.has(`place:${id}`));
  assert.deepEqual(nameless, [], 'places in view without a name');
  assert.ok(
    names.some((n) => n.kind === 'country'),
    `country names are written (${names.map((n) => n.text).join(', ')})`,
  );
  const overview = await markerCentres(page);

  // The talks: a single place, shown in its region with the 1:10m coast of Cook Inlet.
  await clickItem(page, item('timeline', 'event', 'talks'));
  await expectDetailAround(page, 'the talks', 'place:jber', MIN_VERTICES);
  await screenshot(page, 'map-names-talks-1280x800');

  // Moscow: its region, with borders and the towns around it.
  await page.locator(`${MAP} [data-place-id="moscow"]`).evaluate((b: HTMLElement) => b.click());
  // Inland: the 1:50m borders in view, and the towns around it (there are no rivers in the data).
  await expectDetailAround(page, 'Moscow', 'place:moscow', MIN_VERTICES_INLAND);
  await screenshot(page, 'map-names-moscow-1280x800');

  // Esc: back to the story's overview, every marker where it was at first.
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    ({ map, want }) => {
      for (const button of document.querySelectorAll<HTMLElement>(`${map} [data-place-id]`)) {
        const at = want[button.dataset.placeId ?? ''];
        if (!at) continue;
        const r = button.getBoundingClientRect();
        if (Math.abs(r.x + r.width / 2 - at[0]) > 2 || Math.abs(r.y + r.height / 2 - at[1]) > 2)
          return false;
      }
      return true;
    },
    { map: MAP, want: overview },
  );
  assert.ok(await page.locator(`${MAP} .map-view__reset`).isVisible(), 'Reset map stays');
});

test('the map passes axe target-size at phone width with its names drawn', async () => {
  const page = await openApp('/', { viewport: PHONE });
  await showMap(page);
  await namesSettled(page);
  await runAxe(page, { within: MAP, rules: ['target-size'] });
  const button = await page.locator(`${MAP} [data-place-id]`).first().boundingBox();
  assert.ok(button && button.width >= 24 && button.height >= 24, 'markers are 24×24 or more');
});

test('a preview opened from the keyboard near the top of the map opens to the side that fits', async () => {
  const page = await openApp('/?select=event:briefing-calls', { viewport: DESKTOP });
  await namesSettled(page);
  const map = await mapBox(page);
  // The highest marker in the map, whose preview would otherwise open above it.
  const centres = Object.entries(await markerCentres(page)).filter(
    ([, [x, y]]) => x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height,
  );
  const [top] = centres.sort((a, b) => a[1][1] - b[1][1]);
  assert.ok(top, 'a marker in view');
  await page.locator(`${MAP} [data-place-id="${top[0]}"]`).focus();
  const preview = page.locator(`${MAP} .place-preview`);
  await preview.waitFor();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-side') !== null,
    `${MAP} .place-preview`,
  );
  const box = await preview.boundingBox();
  assert.ok(box && inside(box, map), `the preview lies inside the map (${JSON.stringify(box)})`);
});

const VIEWS: readonly { name: string; viewport: Viewport; query: string }[] = [
  { name: '1280x800', viewport: DESKTOP, query: '' },
  { name: '375x740', viewport: PHONE, query: '' },
  { name: '1920x1080-present', viewport: WIDE, query: 'present=1' },
];
const STATES: readonly { name: string; query: string }[] = [
  { name: 'none', query: '' },
  { name: 'talks', query: 'select=event:talks' },
  { name: 'moscow', query: 'select=place:moscow' },
  { name: 'step11', query: 'present=1&step=11' },
];

for (const view of VIEWS) {
  test(
    `screenshots of the map with names at ${view.name}`,
    async () => {
      for (const state of STATES) {
        const query = [view.query, state.query].filter(Boolean).join('&');
        const unique = [...new Set(query.split('&').filter(Boolean))].join('&');
        const page = await openApp(`/${unique ? `?${unique}` : ''}`, { viewport: view.viewport });
        await showMap(page);
        await namesSettled(page);
        await expectTidyNames(page);
        await screenshot(page, `map-names-${view.name}-${state.name}`);
        await page.close();
      }
    },
    // Four fresh pages, each settled: on a busy machine (and in Firefox) more than the default.
    { timeoutMs: 180_000 },
  );
}
