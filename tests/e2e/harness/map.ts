import type { Page } from 'playwright-core';

const MAP = '[data-view="map"]';

/**
 * Brings the map into view as a reader scrolling down would, and waits until Leaflet has drawn
 * it. On a phone the map sits below the timeline and loads only as the reader heads towards it
 * (src/render/useNearViewport.ts); on a wide screen it is already there.
 */
export async function showMap(page: Page): Promise<void> {
  await page.locator(MAP).first().scrollIntoViewIfNeeded();
  await page.locator(`${MAP} .leaflet-container`).waitFor({ state: 'visible' });
  // The loaded map replaces the placeholder; keep it in view.
  await page.locator(MAP).first().scrollIntoViewIfNeeded();
}
