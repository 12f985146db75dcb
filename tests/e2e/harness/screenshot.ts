import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR } from './paths';

/** Saves a PNG to `tests/output/<name>.png` (the visible viewport unless `fullPage`); returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  return path;
}
