/**
 * The README's screenshots of the Studio, at 1280×800 in the system Chromium:
 *
 *   npx tsx scripts/studio-screenshots.ts [-- --no-build]
 *
 * Builds the app into bench-output/dist (unless --no-build), serves it, and saves
 * docs/studio-1280x800.png (the Alaska template imported, the Events sheet beside the preview)
 * and docs/studio-problems-1280x800.png (a workbook with three mistakes, one cell open in the
 * quick editor).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { storyXlsx } from '../src/studio/files/template';
import { writeXlsx } from '../src/studio/files/xlsxWrite';
import { storyToSheets } from '../src/studio/mapping';
import { setCell, type Workbook } from '../src/studio/workbook';
import { buildApp, OUTPUT_DIR, REPO_ROOT } from './bench/build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/chromium';
import { VIEWPORT } from './bench/page-waits';
import { startServer } from './bench/server';

const STORY = JSON.parse(
  readFileSync(resolve(REPO_ROOT, 'data/alaska-summit-2025.json'), 'utf8'),
) as Record<string, unknown>;

function edit(book: Workbook, sheet: string, row: number, header: string, value: string) {
  const table = book.sheets.find((s) => s.name === sheet);
  const col = (table?.rows[0] ?? []).indexOf(header);
  if (col < 0) throw new Error(`${sheet} has no ${header} column`);
  return setCell(book, sheet, row - 1, col, value);
}

async function importBytes(page: Page, name: string, bytes: Uint8Array) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
}

async function main() {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
  const dist = resolve(OUTPUT_DIR, 'dist');
  if (!values['no-build']) await buildApp(dist);
  const server = await startServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'UTC',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/studio.html`);
    await page.locator('.studio__start').waitFor();

    await importBytes(page, 'dayline-template.xlsx', storyXlsx(STORY));
    await page.getByRole('heading', { name: 'No errors' }).waitFor({ timeout: 60_000 });
    const preview = page.frameLocator('iframe.studio__frame');
    await preview.locator('h1.header__title', { hasText: 'The Alaska summit' }).waitFor();
    await preview.locator('[data-event-id]').first().waitFor();
    await page.screenshot({ path: resolve(REPO_ROOT, 'docs/studio-1280x800.png') });

    let { book } = storyToSheets(STORY);
    book = edit(book, 'Events', 7, 'Start time', 'half past ten');
    book = edit(book, 'Places', 4, 'Latitude', '61,2');
    book = edit(book, 'Quotes', 2, 'Speaker ID', 'nobody');
    await importBytes(page, 'alaska-draft.xlsx', writeXlsx(book));
    await page.getByRole('heading', { name: '3 errors to fix' }).waitFor({ timeout: 60_000 });
    await page
      .locator('.studio__problem--error', { hasText: 'Events, row 7, Start time' })
      .getByRole('button')
      .click();
    await page.getByRole('textbox', { name: 'Events, row 7, Start time' }).waitFor();
    await page.screenshot({ path: resolve(REPO_ROOT, 'docs/studio-problems-1280x800.png') });
    console.log('saved docs/studio-1280x800.png and docs/studio-problems-1280x800.png');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
