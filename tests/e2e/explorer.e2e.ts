import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  openApp,
  PHONE,
  SMALL_PHONE,
  screenshot,
  settle,
  showMap,
  test,
  type Viewport,
  WIDE,
} from './fixture';

/** The three linked views; details may sit below the fold. */
const MAIN_VIEWS = ['timeline', 'map', 'quotes'] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, view: string): Promise<Box> {
  // A view still loading (aria-busy: the map's placeholder) is about to be replaced.
  const root = page.locator(`[data-view="${view}"]:not([aria-busy="true"])`);
  await root.waitFor({ state: 'visible' });
  const box = await root.boundingBox();
  assert.ok(box && box.width > 0 && box.height > 0, `[data-view="${view}"] has no size`);
  return box;
}

const describe = (b: Box) =>
  `${Math.round(b.width)}×${Math.round(b.height)} at (${Math.round(b.x)}, ${Math.round(b.y)})`;

async function expectAllViewsInViewport(page: Page, viewport: Viewport): Promise<void> {
  for (const view of MAIN_VIEWS) {
    const box = await boxOf(page, view);
    const inside =
      box.x >= -0.5 &&
      box.y >= -0.5 &&
      box.x + box.width <= viewport.width + 0.5 &&
      box.y + box.height <= viewport.height + 0.5;
    assert.ok(
      inside,
      `[data-view="${view}"] is ${describe(box)}: not within the ${viewport.width}×${viewport.height} viewport`,
    );
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(
    scrollWidth <= innerWidth,
    `the page scrolls sideways: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`,
  );
}

test('at 1280×800 the timeline, map and quotes are all in view without scrolling', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  await settle(page);
  await expectAllViewsInViewport(page, DESKTOP);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'explorer-1280x800');
});

test('at 1920×1080 the views fill the screen and nothing scrolls sideways', async () => {
  const page = await openApp('/', { viewport: WIDE });
  await settle(page);
  await expectAllViewsInViewport(page, WIDE);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'explorer-1920x1080');
});

for (const viewport of [PHONE, SMALL_PHONE]) {
  const size = `${viewport.width}×${viewport.height}`;
  test(`at ${size} the views stack, each as wide as the screen at most, with no sideways scroll`, async () => {
    const page = await openApp('/', { viewport });
    // The map loads as the reader scrolls towards it; then back to the top to measure.
    await showMap(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await expectNoSidewaysScroll(page);
    const boxes = [];
    for (const view of MAIN_VIEWS) boxes.push({ view, box: await boxOf(page, view) });
    for (const { view, box } of boxes) {
      assert.ok(
        box.x >= -0.5 && box.x + box.width <= viewport.width + 0.5,
        `[data-view="${view}"] is ${describe(box)}: wider than the ${viewport.width}px screen`,
      );
    }
    boxes.sort((a, b) => a.box.y - b.box.y);
    for (let i = 1; i < boxes.length; i++) {
      const above = boxes[i - 1]!;
      const below = boxes[i]!;
      assert.ok(
        below.box.y >= above.box.y + above.box.height - 1,
        `[data-view="${below.view}"] (${describe(below.box)}) overlaps or sits beside [data-view="${above.view}"] (${describe(above.box)}) instead of below it`,
      );
    }
    if (viewport === PHONE) {
      await screenshot(page, 'explorer-375x740');
      await screenshot(page, 'explorer-375x740-full', { fullPage: true });
    }
  });
}
