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

/**
 * Waits until the loaded map has drawn its basemap (its status line no longer says it is
 * loading), for a screenshot that shows the map as a reader sees it. Only where the map loads
 * without scrolling to it: on a wide screen, not on a phone.
 */
export async function basemapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    (map) =>
      document.querySelector(`${map} .leaflet-container`) !== null &&
      (document.querySelector(`${map} .map-status`)?.textContent ?? '') === '',
    MAP,
  );
}
