import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  clickItem,
  DESKTOP,
  downloadFrom,
  expectState,
  getEnv,
  isScreenshotStyleRefused,
  item,
  linkedTo,
  openApp,
  screenshot,
  statesOf,
  test,
} from './fixture';

/** Markup in a title is text: it must show as typed and must not end the page's story element. */
const TITLE = 'Offline </script><script>document.title="broken"</script> & <b>day</b>';
/** Requests a page opened from disk may make: the file itself and what it holds. */
const LOCAL = /^(file|data|blob|about):/;

test('studio: exports a single HTML file that works from disk with the network off', async () => {
  const studio = await openApp('/studio.html', {
    waitFor: '.studio__start, .studio__work',
    context: { acceptDownloads: true },
  });
  await studio.getByRole('button', { name: 'Start from the Alaska example' }).click();
  await studio.getByRole('heading', { name: 'No errors' }).waitFor();
  await studio.getByRole('tab', { name: 'Story' }).click();
  await studio.getByRole('button', { name: /^Story, row 3, Value: The Alaska summit$/ }).click();
  const title = studio.getByRole('textbox', { name: 'Story, row 3, Value' });
  // Typed, as a reader does: Playwright's `fill` in Firefox sets the value from script, which
  // React's controlled input does not see (the edit would keep the old title).
  await title.selectText();
  await title.pressSequentially(TITLE);
  await title.press('Enter');
  await studio
    .frameLocator('iframe.studio__frame')
    .locator('h1.header__title', { hasText: TITLE })
    .waitFor();

  const download = await downloadFrom(studio, () =>
    studio.getByRole('button', { name: 'Publish: single HTML file' }).click(),
  );
  assert.equal(download.name, 'alaska-summit-2025.html');
  await studio.locator('.studio__status', { hasText: 'Single HTML file written' }).waitFor();
  const file = join(await mkdtemp(join(tmpdir(), 'dayline-single-')), 'story.html');
  await copyFile(download.path, file);

  // A fresh browser with no network: only the file itself may be read.
  const context = await getEnv().browser.newContext({
    viewport: DESKTOP,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const outside: string[] = [];
  const errors: string[] = [];
  try {
    context.setDefaultTimeout(15_000);
    // As openApp does: tsx wraps named functions in `page.evaluate` callbacks in `__name(…)`.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    context.on('request', (request) => {
      if (!LOCAL.test(request.url())) outside.push(request.url());
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      // Firefox reports the page's CSP refusing the style Playwright's screenshot adds.
      if (!isScreenshotStyleRefused(error.message)) errors.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    await page.goto(pathToFileURL(file).href);

    // The story, its title shown as typed (the first screen, then the explorer).
    assert.equal(await page.title(), `Dayline — ${TITLE}`);
    await page.locator('[data-view="timeline"]').waitFor();
    assert.equal(await page.locator('h1.header__title').textContent(), TITLE);
    // The map's land, from the 1:110m atlas carried in the page.
    await page.locator('[data-view="map"] path.map-land').first().waitFor({ state: 'attached' });
    // The quotes.
    const talks = linkedTo('event', 'talks').quotes;
    assert.ok(talks.size > 0, 'the dataset links at least one quote to the talks');
    for (const id of talks) await page.locator(item('quotes', 'quote', id)).waitFor();

    // Selecting works: the talks are selected, their quotes related, the others not.
    await clickItem(page, item('timeline', 'event', 'talks'));
    await expectState(page, item('timeline', 'event', 'talks'), 'selected');
    for (const id of talks) await expectState(page, item('quotes', 'quote', id), 'related');
    const wrong = (await statesOf(page, 'quotes', 'quote')).filter(
      ({ id, state }) => state !== (talks.has(id) ? 'related' : 'unrelated'),
    );
    assert.deepEqual(wrong, [], 'quotes whose data-state does not match their links');
    await screenshot(page, 'single-file-1280x800-selected');

    assert.deepEqual(outside, [], 'requests beyond the file');
    assert.deepEqual(errors, [], 'errors in the page');
  } finally {
    await context.close();
  }
});
