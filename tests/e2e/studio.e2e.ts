import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { runValidate } from '../../scripts/validate';
import { writeXlsx } from '../../src/studio/files/xlsxWrite';
import { storyToSheets } from '../../src/studio/mapping';
import { setCell, type Workbook } from '../../src/studio/workbook';
import {
  DESKTOP,
  downloadFrom,
  OUTPUT_DIR,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  startStaticServer,
  test,
  WIDE,
} from './fixture';
import { DEFAULT_STORY_FILE } from './story-links';

const STORY = JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as Record<string, unknown>;

async function openStudio(viewport = DESKTOP): Promise<Page> {
  return openApp('/studio.html', {
    viewport,
    waitFor: '.studio__start, .studio__work',
    context: { acceptDownloads: true },
  });
}

/**
 * Replaces a field's text by typing, as a reader does. (Playwright's `fill` in Firefox sets the
 * value from script, which React's controlled inputs do not see as a change.)
 */
async function typeOver(field: Locator, text: string): Promise<void> {
  await field.selectText();
  await field.pressSequentially(text);
}

/** Clicks a button that downloads a file; returns the file's bytes and name. */
function downloadWith(page: Page, name: string | RegExp) {
  return downloadFrom(page, () => page.getByRole('button', { name }).click());
}

async function importFile(page: Page, path: string, name?: string) {
  const input = page.locator('input[type="file"]');
  if (name)
    await input.setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer: await readFile(path),
    });
  else await input.setInputFiles(path);
}

const previewTitle = (page: Page) =>
  page.frameLocator('iframe.studio__frame').locator('h1.header__title');

function edit(book: Workbook, sheet: string, row: number, header: string, value: string): Workbook {
  const table = book.sheets.find((s) => s.name === sheet);
  const col = (table?.rows[0] ?? []).indexOf(header);
  assert.ok(col >= 0, `${sheet} has a ${header} column`);
  return setCell(book, sheet, row - 1, col, value);
}

test('studio: the template imports unchanged, shows the Alaska story and exports the same JSON', async () => {
  const page = await openStudio();
  const template = await downloadWith(page, 'Template (.xlsx)');
  assert.equal(template.name, 'dayline-template.xlsx');
  // Downloads are saved under a random name; the Studio knows a workbook by its content too.
  await importFile(page, template.path);
  await page.getByRole('heading', { name: 'No errors' }).waitFor();
  await previewTitle(page).filter({ hasText: 'The Alaska summit' }).waitFor();
  await page
    .locator('iframe.studio__frame')
    .contentFrame()
    .locator('[data-view="timeline"]')
    .waitFor();

  const exported = await downloadWith(page, 'Export story (.json)');
  assert.equal(exported.name, 'alaska-summit-2025.json');
  assert.deepEqual(JSON.parse(exported.bytes.toString('utf8')), STORY);
  // `npm run validate` accepts the exported file as it is.
  const said: string[] = [];
  const code = runValidate([exported.path], {
    out: (line) => said.push(line),
    err: (line) => said.push(line),
  });
  assert.equal(code, 0, said.join('\n'));

  await mkdir(OUTPUT_DIR, { recursive: true });
  await screenshot(page, 'studio-1280x800');
  await runAxe(page);
  await page.setViewportSize(WIDE);
  await screenshot(page, 'studio-1920x1080');
});

test('studio: seeded mistakes are located by sheet, row and column; a fix in place updates the preview; the draft survives a reload', async () => {
  let { book } = storyToSheets(STORY);
  book = edit(book, 'Events', 7, 'Start time', 'half past ten');
  book = edit(book, 'Places', 4, 'Latitude', '61,2');
  book = edit(book, 'Quotes', 2, 'Speaker ID', 'nobody');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, 'studio-three-mistakes.xlsx');
  await writeFile(file, writeXlsx(book));

  const page = await openStudio();
  await importFile(page, file);
  await page.getByRole('heading', { name: '3 errors to fix' }).waitFor();
  const problems = page.locator('.studio__problem--error');
  const lines = await problems.allInnerTexts();
  assert.ok(
    lines.some((l) => l.includes('Events, row 7, Start time: not a time')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('Places, row 4, Latitude: "61,2" is not a number')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('Quotes, row 2, Speaker ID: no person "nobody"')),
    lines.join('\n'),
  );

  await screenshot(page, 'studio-problems-1280x800');
  // Clicking a problem opens its cell; the fix is typed in place.
  await problems.filter({ hasText: 'Places, row 4, Latitude' }).getByRole('button').click();
  const input = page.getByRole('textbox', { name: 'Places, row 4, Latitude' });
  await input.waitFor();
  assert.equal(await input.evaluate((e) => e === document.activeElement), true);
  await typeOver(input, '61.2');
  await input.press('Enter');
  await page.getByRole('heading', { name: '2 errors to fix' }).waitFor();

  await problems.filter({ hasText: 'Events, row 7' }).getByRole('button').click();
  await typeOver(
    page.getByRole('textbox', { name: 'Events, row 7, Start time' }),
    '2025-08-15 11:40',
  );
  await page.getByRole('textbox', { name: 'Events, row 7, Start time' }).press('Enter');
  await problems.filter({ hasText: 'Quotes, row 2' }).getByRole('button').click();
  await typeOver(page.getByRole('textbox', { name: 'Quotes, row 2, Speaker ID' }), 'trump');
  await page.getByRole('textbox', { name: 'Quotes, row 2, Speaker ID' }).press('Enter');
  await page.getByRole('heading', { name: 'No errors' }).waitFor();
  await previewTitle(page).filter({ hasText: 'The Alaska summit' }).waitFor();

  // The preview follows an edit of the Story sheet.
  await page.getByRole('tab', { name: 'Story' }).click();
  await page.getByRole('button', { name: /^Story, row 3, Value: The Alaska summit$/ }).click();
  const title = page.getByRole('textbox', { name: 'Story, row 3, Value' });
  await typeOver(title, 'The Alaska summit, as drafted');
  await title.press('Enter');
  await previewTitle(page).filter({ hasText: 'The Alaska summit, as drafted' }).waitFor();

  // Saved as you go: once the line says the latest change is saved, a reload brings it back.
  await page.waitForFunction(() =>
    document.querySelector('.studio__saved')?.textContent?.startsWith('Draft saved'),
  );
  await page.reload();
  await page.getByRole('heading', { name: 'No errors' }).waitFor();
  await previewTitle(page).filter({ hasText: 'The Alaska summit, as drafted' }).waitFor();

  // "New story" asks first; keeping the draft keeps it.
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('button', { name: 'Keep the draft' }).click();
  await previewTitle(page).filter({ hasText: 'as drafted' }).waitFor();
});

test('studio: phone width', async () => {
  const page = await openStudio(PHONE);
  await page.getByRole('button', { name: 'Start from the Alaska example' }).click();
  await page.getByRole('heading', { name: 'No errors' }).waitFor();
  await previewTitle(page).filter({ hasText: 'The Alaska summit' }).waitFor();
  await screenshot(page, 'studio-375x740');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow}px)`);
});

test('studio: publishes a website zip that shows the story from a sub-path', async () => {
  const page = await openStudio();
  await page.getByRole('button', { name: 'Start from the Alaska example' }).click();
  await page.getByRole('heading', { name: 'No errors' }).waitFor();
  await page.getByRole('tab', { name: 'Story' }).click();
  await page.getByRole('button', { name: /^Story, row 3, Value: The Alaska summit$/ }).click();
  const title = page.getByRole('textbox', { name: 'Story, row 3, Value' });
  await typeOver(title, 'Published from the Studio');
  await title.press('Enter');
  await previewTitle(page).filter({ hasText: 'Published from the Studio' }).waitFor();

  // Packing fetches and zips the whole built site: on a busy machine that takes longer than
  // the usual wait (and the rest of this test may wait as long).
  page.setDefaultTimeout(60_000);
  const zip = await downloadWith(page, 'Publish: website (.zip)');
  assert.equal(zip.name, 'alaska-summit-2025-website.zip');
  const files = unzipSync(new Uint8Array(zip.bytes));
  assert.ok(files['index.html'] && files['sw.js'], 'the zip holds the site');
  const single = new TextDecoder().decode(files['dayline-single.html']);
  assert.match(
    single,
    /<title>Dayline — Published from the Studio<\/title>/,
    'and the single file',
  );
  const root = await mkdtemp(join(tmpdir(), 'dayline-site-'));
  const site = join(root, 'stories', 'published');
  for (const [name, data] of Object.entries(files)) {
    await mkdir(dirname(join(site, name)), { recursive: true });
    await writeFile(join(site, name), data);
  }
  const server = await startStaticServer(root);
  const reader = await page.context().newPage();
  await reader.goto(`${server.origin}/stories/published/`);
  // The first screen already names the story, then the explorer shows it.
  assert.equal(await reader.title(), 'Dayline — Published from the Studio');
  await reader
    .locator('h1.header__title', { hasText: 'Published from the Studio' })
    .first()
    .waitFor();
  await reader.locator('[data-view="timeline"]').waitFor();

  // One visit is enough: with the server gone and the network off, the story still opens.
  await reader.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
  await reader.context().setOffline(true);
  await server.close();
  await reader.reload();
  await reader
    .locator('h1.header__title', { hasText: 'Published from the Studio' })
    .first()
    .waitFor();
  await reader.locator('[data-view="timeline"]').waitFor();
  await reader.context().setOffline(false);
});
