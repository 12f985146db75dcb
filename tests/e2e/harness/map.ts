import type { Page } from 'playwright-core';

const MAP = '[data-view="map"]';

/**
 * Scrolls the map panel into view. The panel is one of two elements: the placeholder, then the
 * loaded map that replaces it. Playwright gives up when the element it is scrolling is replaced
 * under it ("not attached"); the panel by then is the new element, so scroll again to that one.
 */
async function scrollToMap(page: Page): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      await page.locator(MAP).first().scrollIntoViewIfNeeded();
      return;
    } catch (error) {
      const replaced = error instanceof Error && error.message.includes('not attached');
      if (!replaced || tries === 5) throw error;
    }
  }
}

/**
 * Brings the map into view as a reader scrolling down would, and waits until Leaflet has drawn
 * it. On a phone the map sits below the timeline and loads only as the reader heads towards it
 * (src/render/useNearViewport.ts); on a wide screen it is already there.
 */
export async function showMap(page: Page): Promise<void> {
  await scrollToMap(page);
  await page.locator(`${MAP} .leaflet-container`).waitFor({ state: 'visible' });
  // The loaded map replaces the placeholder; keep it in view.
  await scrollToMap(page);
}
