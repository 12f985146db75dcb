import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { handoutSources } from '../../src/print/handoutSources';
import { parseStory } from '../../src/story/load';
import { DESKTOP, FIREFOX_CANNOT, OUTPUT_DIR, openApp, test, WIDE } from './fixture';
import { DEFAULT_STORY_FILE } from './story-links';

interface RawStory {
  title: string;
  tour?: { select: string; note?: string }[];
  sources: { title: string; url?: string }[];
  places: { name: string }[];
}
const STORY = JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as RawStory;
const TOUR = STORY.tour ?? [];

/** The handout's length on A4 and on Letter for the default story; the README says the same. */
const HANDOUT_PAGES = 5;

const handout = (page: Page) => page.getByRole('article', { name: 'Printable handout' });

/** Opens the app; the handout is drawn only once printing starts. */
async function openForPrint(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await openApp(path, { viewport });
  await page.locator('[data-view="quotes"] [data-quote-id]').first().waitFor();
  return page;
}

/** Switches to print media, as printing does, and waits for the handout and its map. */
async function startPrinting(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.locator('article[aria-label="Printable handout"]').waitFor({ state: 'attached' });
  await page.locator('svg.handout__map[data-land="loaded"]').waitFor({ state: 'attached' });
}

/** Controls a reader could see: buttons, links styled as buttons, fields, map controls. */
function visibleControls(page: Page): Promise<string[]> {
  return page
    .locator('button, [role="button"], select, input, textarea, .leaflet-control, [data-view]')
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => e.outerHTML.slice(0, 80)),
    );
}

test(
  'print media hides every control and view, and shows the whole tour',
  async () => {
    const page = await openForPrint('/');
    assert.equal(await handout(page).count(), 0, 'the handout is not shown on screen');
    await startPrinting(page);
    await handout(page).waitFor();
    assert.deepEqual(await visibleControls(page), [], 'nothing to click is printed');

    await handout(page).getByRole('heading', { level: 1, name: STORY.title }).waitFor();
    const stops = handout(page).locator('.handout__stop');
    assert.equal(await stops.count(), TOUR.length, 'every tour stop is printed');
    for (const [i, stop] of TOUR.entries()) {
      if (stop.note)
        assert.match((await stops.nth(i).textContent()) ?? '', new RegExp(escapeRegExp(stop.note)));
    }
    const text = (await handout(page).textContent()) ?? '';
    // The handout lists the sources of its tour (a deep story cites more than paper can hold).
    const parsed = parseStory(readFileSync(DEFAULT_STORY_FILE, 'utf8'));
    assert.ok(parsed.ok, 'the default story loads');
    const printedSources = handoutSources(parsed.value, 'story');
    assert.ok(printedSources.length > 0, 'the tour cites sources');
    for (const source of printedSources) {
      // Printed as people type it: `…/Elmendorf–Richardson`, not `%E2%80%93`.
      if (source.url) {
        assert.ok(
          text.includes(decodeURI(source.url)),
          `the address of "${source.title}" is printed`,
        );
      }
    }
    for (const place of STORY.places)
      assert.ok(text.includes(place.name), `${place.name} is listed`);
    assert.ok(
      await handout(page)
        .getByRole('img', { name: /timeline of the day/i })
        .isVisible(),
    );
    assert.ok(
      await handout(page)
        .getByRole('img', { name: /map of the/i })
        .isVisible(),
    );
  },
  { chromiumOnly: FIREFOX_CANNOT.printMedia },
);

test(
  'printing from presentation mode gives the same handout, in black on white',
  async () => {
    const page = await openForPrint('/?present=1&step=3', WIDE);
    await startPrinting(page);
    await handout(page).waitFor();
    assert.deepEqual(await visibleControls(page), []);
    assert.equal(await handout(page).locator('.handout__stop').count(), TOUR.length);
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.handout') as Element).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    assert.deepEqual(colours, { text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
  },
  { chromiumOnly: FIREFOX_CANNOT.printMedia },
);

test(
  'page.pdf() writes the handout to tests/output/handout.pdf (A4) and handout-letter.pdf',
  async () => {
    const page = await openForPrint('/');
    await startPrinting(page);
    await mkdir(OUTPUT_DIR, { recursive: true });
    for (const [file, format] of [
      ['handout.pdf', 'A4'],
      ['handout-letter.pdf', 'Letter'],
    ] as const) {
      const path = join(OUTPUT_DIR, file);
      await page.pdf({ path, format, preferCSSPageSize: true });
      const pdf = await readFile(path, 'latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      assert.ok(pdf.startsWith('%PDF-'), `${file} is a PDF`);
      assert.ok(
        pages >= 1 && pages <= HANDOUT_PAGES,
        `${file} has ${pages} pages; the README promises at most ${HANDOUT_PAGES}`,
      );
    }
  },
  { chromiumOnly: FIREFOX_CANNOT.printMedia },
);

test(
  'printing right after the first paint, on a slow CPU, prints the whole handout',
  async () => {
    const page = await openApp('/', { viewport: DESKTOP, waitFor: false });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.reload({ waitUntil: 'commit' });
    // The app's first paint: the timeline's first event.
    await page.locator('[data-view="timeline"] [data-event-id]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const path = join(OUTPUT_DIR, 'handout-early.pdf');
    await mkdir(OUTPUT_DIR, { recursive: true });
    await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
    const pdf = await readFile(path, 'latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // What was printed: every stop and every source, with nothing left to load.
    await handout(page).getByRole('heading', { level: 1, name: STORY.title }).waitFor();
    assert.equal(await handout(page).locator('.handout__stop').count(), TOUR.length);
    const text = (await handout(page).textContent()) ?? '';
    const parsed = parseStory(readFileSync(DEFAULT_STORY_FILE, 'utf8'));
    assert.ok(parsed.ok, 'the default story loads');
    for (const source of handoutSources(parsed.value, 'story'))
      assert.ok(text.includes(source.title), source.title);
    assert.ok(pages >= 2, `the early print has ${pages} page(s): the handout was not all there`);
  },
  { chromiumOnly: FIREFOX_CANNOT.slowCpu },
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
