import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getEnv } from './env';
import { OUTPUT_DIR } from './paths';

/**
 * Saves a PNG to `tests/output/<name>.png` in Chromium (the README's screenshots), to
 * `tests/output/firefox/<name>.png` in Firefox; the visible viewport unless `fullPage`. Returns
 * its path.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<string> {
  const browser = getEnv().browser.name;
  const folder = browser === 'chromium' ? OUTPUT_DIR : join(OUTPUT_DIR, browser);
  await mkdir(folder, { recursive: true });
  const path = join(folder, name.endsWith('.png') ? name : `${name}.png`);
  // Rows of the quote list out of the window are skipped until a reader scrolls near them
  // (content-visibility: auto); a picture of the whole page shows them all, as a reader would
  // see each on the way down.
  if (fullPage) await showSkippedRows(page, true);
  try {
    await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  } finally {
    if (fullPage) await showSkippedRows(page, false);
  }
  return path;
}

/** Draws (or lets the browser skip again) the rows that skip their content out of the window. */
async function showSkippedRows(page: Page, show: boolean): Promise<void> {
  await page.evaluate((visible) => {
    for (const row of document.querySelectorAll<HTMLElement>('.quotes__row')) {
      row.style.contentVisibility = visible ? 'visible' : '';
    }
  }, show);
}
