import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  addressOf,
  appUrl,
  DESKTOP,
  FIREFOX_CANNOT,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  settle,
  showMap,
  test,
  WIDE,
} from './fixture';

const LANGS = ['ru', 'uk'] as const;

/** English interface words that must not be left in a translated page's headings and controls. */
const ENGLISH = [
  'Timeline',
  'Map',
  'What was said',
  'About this day',
  'Sources',
  'Share & embed',
  'Present',
  'Reset view',
  'Reset map',
  'Legend',
  'Everyone',
  'Play',
  'Pause',
  'Times in',
  'Language',
  'Read the introduction',
  'Make your own story',
  'Zoom in',
  'Zoom out',
  'Previous event',
  'Next event',
];

/** The nouns a count takes, by CLDR plural category. */
const QUOTE_NOUNS: Record<(typeof LANGS)[number], Record<string, string>> = {
  ru: { one: 'цитата', few: 'цитаты', many: 'цитат', other: 'цитаты' },
  uk: { one: 'цитата', few: 'цитати', many: 'цитат', other: 'цитати' },
};

/** Headings, buttons, labels and accessible names of the interface (not the story's own texts). */
function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(
      'h2, h3, button, summary, legend, label, [role="tab"], a.button, .header__studio',
    )) {
      // Quotes, events and places are buttons whose text is the story's.
      if (el.closest('[data-quote-id], [data-event-id], [data-place-id], .now-playing')) continue;
      const text = el.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (el.closest('[data-quote-id], [data-event-id], [data-place-id]')) continue;
      for (const attr of ['aria-label', 'title']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Header controls whose content is wider than their box (a clipped label). */
function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.header__controls > *, .header__controls button, .embed-bar button, .tl-zoom button, .play-controls button, .play-controls select, .map-view__reset',
      ),
    ]
      .filter((el) => {
        const box = el as HTMLElement;
        return box.offsetParent !== null && box.scrollWidth > box.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent}`),
  );
}

/** Pairs of visible timeline labels (event labels and axis ticks) that overlap. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.querySelector('[data-view="timeline"]');
    const boxes = [...(view?.querySelectorAll('[data-label-for], .tl-axis text') ?? [])]
      .map((el) => ({ text: el.textContent ?? '', r: window.glyphBox(el) }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const bad: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]?.r;
        const b = boxes[j]?.r;
        if (!a || !b) continue;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap) bad.push(`${boxes[i]?.text} × ${boxes[j]?.text}`);
      }
    }
    return bad;
  });
}

for (const lang of LANGS) {
  test(`lang=${lang}: html lang, no English interface words, right plurals, axe`, async () => {
    const page = await openApp(`/?lang=${lang}`, { viewport: DESKTOP });
    await page.waitForSelector('[data-view="map"] [data-place-id]');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');

    const texts = await interfaceTexts(page);
    const left = texts.filter((t) =>
      ENGLISH.some((word) => t === word || t.startsWith(`${word} `)),
    );
    assert.deepEqual(left, [], `English interface words in ${lang}`);

    // The quotes count beside the heading: "N цитат" in the form CLDR gives N.
    const countText = ((await page.locator('.quotes__count').textContent()) ?? '').trim();
    const n = Number(countText.match(/^\d+/)?.[0]);
    assert.ok(n > 0, countText);
    const form = QUOTE_NOUNS[lang][new Intl.PluralRules(lang).select(n)];
    assert.equal(countText, `${n} ${form}`);

    // The map's own words: the legend, and the names of countries, seas and towns.
    const mapWords = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.map-legend summary, .map-legend__item, .map-label--country, .map-label--sea, .map-label--town',
        ),
      ].map((el) => el.textContent?.trim() ?? ''),
    );
    assert.ok(
      mapWords.some((w) => /^[А-ЯЁІЇЄҐ]/.test(w)),
      `map names in ${lang}: ${mapWords.join(' | ')}`,
    );
    assert.deepEqual(
      mapWords.filter((w) => /[A-Za-z]{2,}/.test(w)),
      [],
      `English words on the map in ${lang}`,
    );

    await runAxe(page);
  });

  test(`lang=${lang}: the first screen, the URL notices and a story's problems speak it`, async () => {
    const page = await openApp(`/?lang=${lang}&view=globe`, { viewport: DESKTOP });
    await page.locator('.notice__list li').waitFor();
    const notice = (await page.locator('.notice__list li').textContent()) ?? '';
    assert.match(notice, /^view=globe [а-яіїєґ]+/, notice);
    assert.doesNotMatch(notice, /ignored|expected/, notice);

    // index.html before the app's scripts run: only its inline script, which picks the language.
    const shell = await page.context().newPage();
    await shell.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await shell.goto(appUrl(`/?lang=${lang}`));
    const first = await shell.evaluate(() => ({
      lang: document.documentElement.lang,
      text: (document.getElementById('boot') as HTMLElement | null)?.innerText ?? '',
    }));
    assert.equal(first.lang, lang);
    assert.match(first.text, lang === 'ru' ? /Саммит на Аляске/ : /Саміт на Алясці/);
    assert.deepEqual(
      first.text.match(/\b[A-Za-z]{2,}\b/g)?.filter((w) => w.toLowerCase() !== 'dayline') ?? [],
      [],
      `English in the first screen: ${first.text}`,
    );

    const broken = await openApp(`/?lang=${lang}&data=C:%5Cstories%5Cday.json`, {
      viewport: DESKTOP,
    });
    const problem = (await broken.locator('.problems__list li').first().textContent()) ?? '';
    assert.match(problem, lang === 'ru' ? /путь к файлу/ : /шлях до файлу/, problem);
    assert.doesNotMatch(problem, /local file|web page/, problem);
  });

  test(`lang=${lang}: the layout holds at 1280 and 375, and in presentation at 1920`, async () => {
    for (const [viewport, name] of [
      [DESKTOP, '1280x800'],
      [PHONE, '375x740'],
    ] as const) {
      const page = await openApp(`/?lang=${lang}`, { viewport });
      await showMap(page);
      await page.waitForSelector('[data-view="map"] [data-place-id]');
      await settle(page);
      assert.deepEqual(await clippedControls(page), [], `clipped controls at ${name}`);
      assert.deepEqual(await overlappingLabels(page), [], `overlapping labels at ${name}`);
      await screenshot(page, `i18n-${lang}-${name}`);
    }
    const page = await openApp(`/?lang=${lang}&present=1&step=2`, { viewport: WIDE });
    await page.waitForSelector('.stop-card__progress');
    await settle(page);
    const progress =
      (await page.locator('.stop-card__progress .visually-hidden').textContent()) ?? '';
    assert.match(progress, lang === 'ru' ? /^Остановка 2 из \d+$/ : /^Зупинка 2 з \d+$/);
    await screenshot(page, `i18n-${lang}-present-1920x1080`);
  });
}

test(
  'without lang=, the first screen follows the browser’s preferred language',
  async () => {
    const page = await openApp('/', { viewport: DESKTOP, context: { locale: 'uk-UA' } });
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    const shell = await page.context().newPage();
    await shell.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await shell.goto(appUrl('/'));
    assert.equal(await shell.evaluate(() => document.documentElement.lang), 'uk');
    assert.match(await shell.locator('#boot').innerText(), /Саміт на Алясці/);
  },
  { chromiumOnly: FIREFOX_CANNOT.locale },
);

test('the language switch, the share option and the embed lang message change the language', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('uk');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.match(await addressOf(page), /[?&]lang=uk/);
  await page.getByRole('heading', { name: 'Що було сказано' }).waitFor();
  // The map's names follow at once, without a reload.
  await page.waitForFunction(() => {
    const names = [...document.querySelectorAll('.map-label--country, .map-legend__item')];
    return names.length > 0 && names.every((el) => !/[A-Za-z]{2,}/.test(el.textContent ?? ''));
  });

  await page.getByRole('button', { name: 'Поділитися й вбудувати' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Мова' }).selectOption('ru');
  assert.match(await dialog.getByLabel('Посилання на цей вигляд').inputValue(), /[?&]lang=ru/);

  const embed = await openApp('/?embed=1', { viewport: DESKTOP });
  await embed.evaluate(() => window.postMessage({ dayline: 1, type: 'lang', lang: 'ru' }, '*'));
  await embed.waitForFunction(() => document.documentElement.lang === 'ru');
  await embed.getByRole('link', { name: /Открыть полностью/ }).waitFor();
});
