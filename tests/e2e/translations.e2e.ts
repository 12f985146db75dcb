import assert from 'node:assert/strict';
import {
  DESKTOP,
  expectState,
  item,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  test,
  WIDE,
} from './fixture';

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

test('the translations panel reads on a phone and a wide screen, and in the details', async () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['wide', WIDE],
  ] as const) {
    const page = await openApp('/?select=quote:q-dear-neighbour', { viewport });
    const details = page.locator('[data-view="details"]');
    const toggle = details.getByRole('button', { name: /original and 2 translations/i });
    await toggle.waitFor();
    assert.match((await details.textContent()) ?? '', /Translated from Russian · Kremlin/);
    await toggle.click();
    await details.locator('blockquote[lang="ru"]').waitFor({ state: 'visible' });
    await toggle.scrollIntoViewIfNeeded();
    await screenshot(page, `translations-details-${name}`);
    await runAxe(page);
  }
});
