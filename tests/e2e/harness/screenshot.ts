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
  await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  return path;
}
