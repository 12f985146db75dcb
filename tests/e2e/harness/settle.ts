import type { Page } from 'playwright-core';

/**
 * Waits until the page has stopped moving, so that a screenshot or a measurement shows the
 * finished state: no network, fonts loaded, and for a few polls in a row the same Leaflet pane
 * transforms (a fly-to scales the map by CSS until it ends) and the same scroll positions (related
 * quotes scroll smoothly into view).
 */
export async function settle(
  page: Page,
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => {
      const parts: string[] = [String(window.scrollY)];
      for (const e of document.querySelectorAll<HTMLElement>(
        '.leaflet-map-pane, .leaflet-pane > svg, .leaflet-zoom-anim',
      )) {
        parts.push(`${e.className}|${e.style.transform}`);
      }
      for (const e of document.querySelectorAll<HTMLElement>('[data-view] *')) {
        if (e.scrollHeight > e.clientHeight + 1) parts.push(String(e.scrollTop));
      }
      const signature = parts.join(';');
      const w = window as unknown as { __e2eSettle?: { signature: string; same: number } };
      const before = w.__e2eSettle;
      const same = before?.signature === signature ? before.same + 1 : 0;
      w.__e2eSettle = { signature, same };
      return same >= 3;
    },
    undefined,
    // Without a timeout given, the context's (15 s in Chromium, 30 s in Firefox).
    { polling: 100, ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }) },
  );
}
