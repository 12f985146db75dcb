import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  basemapDrawn,
  DESKTOP,
  expectState,
  FIREFOX_CANNOT,
  item,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  settle,
  test,
  WIDE,
} from './fixture';
import { DEFAULT_STORY_FILE } from './story-links';

/** The stop number (from 1) of the greeting in the default story's tour. */
const GREETING_STEP =
  (
    JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as { tour: { select: string }[] }
  ).tour.findIndex((s) => s.select === 'quote:q-dear-neighbour') + 1;

/**
 * Issue 11: a quote spoken in Russian shows English first, says whose translation it is, and
 * opens the Russian original and every English rendering side by side, each with its source.
 */
const QUOTE = '[data-view="quotes"] .quote:has([data-quote-id="q-dear-neighbour"])';

test('a Putin quote shows English, says it is translated, and opens the original and both renderings', async () => {
  const page = await openApp('/?select=event:press-statements', { viewport: DESKTOP });
  await expectState(page, item('timeline', 'event', 'press-statements'), 'selected');
  const quote = page.locator(QUOTE);
  await quote.waitFor();

  // English by default, with the line that says what it is.
  const words = quote.locator('.quote__text');
  assert.equal(await words.getAttribute('lang'), 'en');
  assert.match((await words.textContent()) ?? '', /Good afternoon, dear neighbour/);
  assert.match(
    (await quote.locator('.quote-translated').textContent()) ?? '',
    /^Translated from Russian · Kremlin$/,
  );

  // The control: a real button that says what it opens and what it controls.
  const toggle = quote.getByRole('button', { name: /original and 2 translations/i });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const panelId = await toggle.getAttribute('aria-controls');
  assert.ok(panelId);
  const panel = page.locator(`[id="${panelId}"]`);
  assert.equal(await panel.isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await panel.waitFor({ state: 'visible' });

  // The Russian original, marked as Russian, with its source.
  const original = panel.locator('[data-rendering="original"]');
  const russian = original.locator('blockquote');
  assert.equal(await russian.getAttribute('lang'), 'ru');
  assert.match((await russian.textContent()) ?? '', /добрый день, дорогой сосед/);
  assert.match((await original.textContent()) ?? '', /Original · Russian/);
  assert.equal(await original.locator('a[href*="5-tv.ru"]').count(), 1);

  // Both English renderings, each with who made it and its source.
  const kremlin = panel.locator('[data-rendering="translation-0"]');
  assert.match((await kremlin.textContent()) ?? '', /Kremlin · English · official/);
  assert.match(
    (await kremlin.locator('blockquote').textContent()) ?? '',
    /I am glad to see you alive/,
  );
  assert.equal(await kremlin.locator('blockquote').getAttribute('lang'), 'en');
  assert.equal(await kremlin.locator('a[href*="europesays.com"]').count(), 1);

  const interpreter = panel.locator('[data-rendering="translation-1"]');
  assert.match(
    (await interpreter.textContent()) ?? '',
    /live interpreter · English · live interpretation/,
  );
  assert.match(
    (await interpreter.locator('blockquote').textContent()) ?? '',
    /Very good to see you in good health and to see you alive/,
  );
  assert.equal(await interpreter.locator('a[href*="thefrontpage.uk"]').count(), 1);

  await quote.scrollIntoViewIfNeeded();
  await screenshot(page, 'translations-desktop');
  await page.waitForLoadState('networkidle');
  await runAxe(page);

  // Pressing again closes it, and the selection is untouched by the control.
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await expectState(page, item('timeline', 'event', 'press-statements'), 'selected');
});

test('quotation marks follow the language of the words: «…» round Russian, “…” round English, in a Ukrainian page', async () => {
  const page = await openApp('/?lang=uk&select=event:press-statements', { viewport: DESKTOP });
  const quote = page.locator(QUOTE);
  await quote.waitFor();
  // No Ukrainian translation of the greeting: the Russian words, in Russian marks.
  const words = quote.locator('.quote__text');
  assert.equal(await words.getAttribute('lang'), 'ru');
  assert.match(
    (await words.textContent()) ?? '',
    /^«Когда мы встретились[\s\S]*добрый день, дорогой сосед[\s\S]*»$/,
  );
  // The English beside them is a <q>: its marks come from CSS, by its own lang.
  const also = quote.locator('.quote-also q');
  assert.equal(await also.getAttribute('lang'), 'en');
  assert.match(await also.evaluate((q) => getComputedStyle(q).quotes), /^"“" "”"/);
  const russianQ = await page.evaluate(() => {
    const q = document.createElement('q');
    q.lang = 'ru';
    document.body.append(q);
    const marks = getComputedStyle(q).quotes;
    q.remove();
    return marks;
  });
  assert.match(russianQ, /^"«" "»"/);
  // Words spoken in English stay in English marks on a Ukrainian page.
  const english = page.locator('[data-view="quotes"] .quote__text[lang="en"]').first();
  assert.match((await english.textContent()) ?? '', /^“[\s\S]*”$/);
});

for (const [name, viewport] of [
  ['phone', PHONE],
  ['wide', WIDE],
] as const) {
  test(`the details of the greeting show its translation line and open its versions (${name})`, async () => {
    const page = await openApp('/?select=quote:q-dear-neighbour', { viewport });
    const details = page.locator('[data-view="details"]');
    const toggle = details.getByRole('button', { name: /original and 2 translations/i });
    await toggle.waitFor();
    assert.match((await details.textContent()) ?? '', /Translated from Russian · Kremlin/);
    await toggle.click();
    await details.locator('blockquote[lang="ru"]').waitFor({ state: 'visible' });
    await toggle.scrollIntoViewIfNeeded();
    if (name === 'wide') {
      await basemapDrawn(page);
      await settle(page);
    }
    await screenshot(page, `translations-details-${name}`);
  });
}

for (const [name, viewport] of [
  ['375x740', PHONE],
  ['1280x800', DESKTOP],
  ['1920x1080', WIDE],
] as const) {
  test(`the presentation shows the greeting in English, says so, and opens the original (${name})`, async () => {
    assert.ok(GREETING_STEP > 0, 'the tour stops at the greeting');
    const page = await openApp(`/?present=1&step=${GREETING_STEP}`, { viewport });
    const card = page.locator('.stop-card');
    await card.getByText('Translated from Russian · Kremlin').waitFor();
    assert.equal(await card.locator('.stop-card__quote-text').getAttribute('lang'), 'en');
    assert.match(
      (await card.locator('.stop-card__title').textContent()) ?? '',
      /^Statements to the press — Vladimir Putin$/,
    );
    const toggle = card.getByRole('button', { name: /original and 2 translations/i });
    await toggle.click();
    await card.locator('blockquote[lang="ru"]').waitFor({ state: 'visible' });
    if (name !== '375x740') {
      await basemapDrawn(page);
      await settle(page); // the map's flight to the stop
    }
    await screenshot(page, `translations-present-${name}`);
    if (name === '1280x800') await runAxe(page);
  });
}

test('the presenter’s list names every stop by its event, and no two alike', async () => {
  const presenter = await openApp(`/?presenter=1&step=${GREETING_STEP}`, {
    viewport: DESKTOP,
    waitFor: 'main',
  });
  const list = presenter.locator('.presenter__stops');
  await list.locator('.presenter__stop-title').first().waitFor();
  const titles = await list.locator('.presenter__stop-title').allTextContents();
  assert.equal(new Set(titles).size, titles.length, titles.join('\n'));
  for (const title of titles) assert.doesNotMatch(title, /^\d+\. (Donald Trump|Vladimir Putin)$/);
  await screenshot(presenter, 'translations-presenter-1280x800', { fullPage: true });
});

test(
  'the handout prints the original under the translation',
  async () => {
    const page = await openApp('/', { viewport: DESKTOP });
    await page.locator('[data-view="quotes"] [data-quote-id]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Printable handout' });
    await handout.waitFor({ state: 'attached' });
    // The greeting's own stop (the greeting event's stop shows the same quote).
    const stop = handout.locator('.handout__stop', {
      has: page.getByRole('heading', { name: 'Statements to the press — Vladimir Putin' }),
    });
    assert.match((await stop.locator('p[lang="en"]').textContent()) ?? '', /dear neighbour/);
    assert.match((await stop.locator('[lang="ru"]').textContent()) ?? '', /дорогой сосед/);
    assert.match(
      (await stop.locator('.handout__original').textContent()) ?? '',
      /^Original \(Russian\):/,
    );
    await stop.scrollIntoViewIfNeeded();
    await screenshot(page, 'translations-handout');
  },
  { chromiumOnly: FIREFOX_CANNOT.printMedia },
);
