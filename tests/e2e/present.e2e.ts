import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import {
  addressOf,
  appUrl,
  expectState,
  item,
  openApp,
  runAxe,
  screenshot,
  startStaticServer,
  test,
  type View,
  WIDE,
} from './fixture';
import { DEFAULT_STORY_FILE } from './story-links';

/** A stop of the default story's tour, read from the dataset (not through the app). */
interface TourStop {
  kind: 'event' | 'place' | 'quote';
  id: string;
  note?: string;
}

const STOPS: TourStop[] = (
  JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as {
    tour?: { select: string; note?: string }[];
  }
).tour!.map(({ select, note }) => {
  const [kind, ...id] = select.split(':');
  return { kind: kind as TourStop['kind'], id: id.join(':'), note };
});
const PROJECTOR_720 = { width: 1280, height: 720 };
const VIEW_OF: Record<TourStop['kind'], View> = {
  event: 'timeline',
  place: 'map',
  quote: 'quotes',
};

/** The stop card: the presentation's own region. */
const card = (page: Page | FrameLocator): Locator =>
  page.getByRole('region', { name: 'Presentation' });

/** Waits until the card shows stop `index` (0-based) and its item is selected in its view. */
async function expectStop(page: Page, index: number): Promise<void> {
  const stop = STOPS[index];
  assert.ok(stop, `the tour has no stop ${index + 1}`);
  const progress = `Stop ${index + 1} of ${STOPS.length}`;
  // The context's default timeout: a first stop opened by a link can take seconds in Firefox.
  await card(page)
    .getByText(progress)
    .waitFor()
    .catch(async () => {
      // What a screen reader hears ("Stop 5 of 12"), not the text content, which also holds the
      // visual "5 / 12" hidden from it.
      const shown = await card(page)
        .locator('.stop-card__progress')
        .ariaSnapshot()
        .catch(() => null);
      throw new Error(`expected "${progress}", the card shows ${JSON.stringify(shown)}`);
    });
  await expectState(page, item(VIEW_OF[stop.kind], stop.kind, stop.id), 'selected');
  if (stop.note) await card(page).getByText(stop.note, { exact: true }).waitFor();
}

test('presentation mode steps through every tour stop with PageDown, and back with PageUp', async () => {
  assert.ok(STOPS.length >= 2, 'the default story has a tour to present');
  const page = await openApp('/?present=1', { viewport: WIDE });
  await expectStop(page, 0);
  for (let i = 1; i < STOPS.length; i++) {
    await page.keyboard.press('PageDown');
    await expectStop(page, i);
  }
  await page.keyboard.press('PageDown');
  await expectStop(page, STOPS.length - 1);
  for (let i = STOPS.length - 2; i >= 0; i--) {
    await page.keyboard.press('PageUp');
    await expectStop(page, i);
  }
});

test('the Present button starts at the first stop; Esc leaves presentation mode', async () => {
  const page = await openApp('/', { viewport: WIDE });
  await page.getByRole('button', { name: /^present/i }).click();
  await expectStop(page, 0);
  assert.match(await addressOf(page), /present=1/);
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached' });
  assert.doesNotMatch(await addressOf(page), /present=1/);
  assert.ok(
    await page
      .getByRole('button', { name: /^present/i })
      .evaluate((b) => b === document.activeElement),
    'focus returns to the Present button',
  );
});

test('a step= link opens the presentation on that stop', async () => {
  const index = Math.min(4, STOPS.length - 1);
  const page = await openApp(`/?present=1&step=${index + 1}`, { viewport: WIDE });
  await expectStop(page, index);
});

test('Back and Forward follow the stops', async () => {
  const page = await openApp('/?present=1', { viewport: WIDE });
  await expectStop(page, 0);
  await page.keyboard.press('ArrowRight');
  await expectStop(page, 1);
  await page.keyboard.press(' ');
  await expectStop(page, 2);
  await page.goBack();
  await expectStop(page, 1);
  await page.goBack();
  await expectStop(page, 0);
  await page.goForward();
  await expectStop(page, 1);
});

test('Home, End, a number and Enter, and the black screen work from the keyboard', async () => {
  const page = await openApp('/?present=1', { viewport: WIDE });
  await expectStop(page, 0);
  await page.keyboard.press('End');
  await expectStop(page, STOPS.length - 1);
  await page.keyboard.press('Home');
  await expectStop(page, 0);
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expectStop(page, 2);

  await page.keyboard.press('b');
  const black = page.getByRole('button', { name: /the screen is black/i });
  await black.waitFor();
  const box = await black.boundingBox();
  assert.deepEqual(
    box,
    { x: 0, y: 0, width: WIDE.width, height: WIDE.height },
    'black covers the screen',
  );
  const colour = await black.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(colour, 'rgb(0, 0, 0)');
  await page.keyboard.press('PageDown');
  await black.waitFor({ state: 'detached' });
  await expectStop(page, 2);
});

test('at 1920×1080 every stop shows its words whole, the note at least 24 px and the quote larger; screenshots of a few stops', async () => {
  const page = await openApp('/?present=1', { viewport: WIDE });
  await expectStop(page, 0);
  const quoteStop = STOPS.findIndex((s) => s.kind === 'quote');
  const shots = new Set([0, 4, quoteStop, STOPS.length - 1]);
  for (const [index] of STOPS.entries()) {
    await page.keyboard.type(String(index + 1));
    await page.keyboard.press('Enter');
    await expectStop(page, index);
    const note = STOPS[index]?.note;
    if (note) {
      const size = await sizeOf(card(page).getByText(note, { exact: true }));
      assert.ok(size >= 24, `the note of stop ${index + 1} is ${size}px, under 24px`);
    }
    // The first blockquote is the words shown; a translations panel may hold more.
    const quote = card(page).locator('blockquote').first();
    if (note && (await quote.count()) > 0) {
      const noteSize = await sizeOf(card(page).getByText(note, { exact: true }));
      const quoteSize = await sizeOf(quote.locator('p'));
      assert.ok(
        quoteSize > noteSize,
        `the quote (${quoteSize}px) is not larger than the note (${noteSize}px)`,
      );
    }
    // Long words take a smaller size rather than run below the buttons (useFitToBox).
    const words = await card(page)
      .locator('.stop-card__text')
      .evaluate((text) => {
        const body = text.closest('.stop-card__body');
        const t = text.getBoundingClientRect();
        const b = body?.getBoundingClientRect();
        return { top: t.top, bottom: t.bottom, boxTop: b?.top ?? 0, boxBottom: b?.bottom ?? 0 };
      });
    assert.ok(
      words.top >= words.boxTop - 1 && words.bottom <= words.boxBottom + 1,
      `stop ${index + 1}: its words run to ${words.bottom.toFixed(0)} px, below the card's ${words.boxBottom.toFixed(0)} px`,
    );
    if (!shots.has(index)) continue;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800); // the map's flight to the stop
    await screenshot(page, `present-1920x1080-stop-${index + 1}`);
  }
});

test('at 1280×720 the stop card and its buttons fit the screen beside the views', async () => {
  const index = STOPS.findIndex((s) => s.kind === 'quote');
  const page = await openApp(`/?present=1&step=${Math.max(index, 0) + 1}`, {
    viewport: PROJECTOR_720,
  });
  await expectStop(page, Math.max(index, 0));
  for (const name of [/next stop/i, /previous stop/i, 'Exit presentation']) {
    const box = await card(page).getByRole('button', { name }).boundingBox();
    assert.ok(box && box.y + box.height <= PROJECTOR_720.height, `${name} is below the screen`);
  }
  for (const view of ['timeline', 'map', 'quotes']) {
    const box = await page.locator(`[data-view="${view}"]`).boundingBox();
    assert.ok(box && box.width > 200 && box.height > 150, `the ${view} view shrank to nothing`);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  await screenshot(page, 'present-1280x720');
});

test('the presenter window follows the main window, and drives it', async () => {
  const page = await openApp('/?present=1', { viewport: WIDE });
  await expectStop(page, 0);
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    card(page).getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await presenter.waitForLoadState();
  const main = presenter.getByRole('main', { name: /presenter view/i });
  await main.getByText(/following the presentation/i).waitFor();
  const now = () => main.getByRole('region', { name: 'Now' });
  await now().getByText(`Stop 1 of ${STOPS.length}`).waitFor();

  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expectStop(page, 1);
  await now().getByText(`Stop 2 of ${STOPS.length}`).waitFor();
  if (STOPS[1]?.note) await now().getByText(STOPS[1].note, { exact: true }).waitFor();
  if (STOPS[2]?.note)
    await main.getByRole('region', { name: 'Next' }).getByText(STOPS[2].note).waitFor();

  await main.getByRole('button', { name: /next stop/i }).click();
  await expectStop(page, 2);
  await now().getByText(`Stop 3 of ${STOPS.length}`).waitFor();
  await presenter.setViewportSize({ width: 1100, height: 760 });
  await screenshot(presenter, 'presenter-view');
});

test('axe finds no violations in presentation mode', async () => {
  const index = STOPS.findIndex((s) => s.kind === 'quote');
  const page = await openApp(`/?present=1&step=${Math.max(index, 0) + 1}`, { viewport: WIDE });
  await expectStop(page, Math.max(index, 0));
  await page.waitForLoadState('networkidle');
  await runAxe(page);
});

test('axe finds no violations in the presenter view', async () => {
  const page = await openApp('/?presenter=1&step=2', {
    viewport: { width: 1100, height: 760 },
    waitFor: 'main',
  });
  await page.getByText(/waiting for the presentation/i).waitFor();
  await runAxe(page);
});

test('inside an iframe (embed=1&present=1) keys and the protocol’s step message move the stops', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'dayline-host-'));
  const src = appUrl('/?embed=1&present=1');
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><title>Course page</title><body><h1>Course page</h1>
<iframe title="Dayline" src="${src}" width="1200" height="700" allow="fullscreen"></iframe></body></html>`,
  );
  const host = await startStaticServer(folder);
  const page = await openApp(`${host.origin}/`, { viewport: WIDE, waitFor: 'iframe' });
  const frame = page.frameLocator('iframe');
  await card(frame).getByText(`Stop 1 of ${STOPS.length}`).waitFor();
  await card(frame).getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('PageDown');
  await card(frame).getByText(`Stop 2 of ${STOPS.length}`).waitFor();
  await page.evaluate(() =>
    document
      .querySelector('iframe')
      ?.contentWindow?.postMessage({ dayline: 1, type: 'step', delta: 1 }, '*'),
  );
  await card(frame).getByText(`Stop 3 of ${STOPS.length}`).waitFor();
  const stop = STOPS[2];
  assert.ok(stop);
  await frame
    .locator(item(VIEW_OF[stop.kind], stop.kind, stop.id))
    .first()
    .waitFor();
  assert.equal(
    await frame
      .locator(item(VIEW_OF[stop.kind], stop.kind, stop.id))
      .first()
      .getAttribute('data-state'),
    'selected',
  );
  assert.equal(await card(frame).getByRole('button', { name: 'Presenter view' }).count(), 0);
});

function sizeOf(locator: Locator): Promise<number> {
  return locator.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
}
