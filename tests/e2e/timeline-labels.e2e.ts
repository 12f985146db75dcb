import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  clickItem,
  DESKTOP,
  item,
  OUTPUT_DIR,
  openApp,
  PHONE,
  runAxe,
  screenshot,
  settle,
  test,
  WIDE,
} from './fixture';
import { DEFAULT_STORY_FILE } from './story-links';

/** The events of the default story's day: the ones that are not context before or after it. */
const STORY = JSON.parse(readFileSync(DEFAULT_STORY_FILE, 'utf8')) as {
  events: { id: string; title: string; context?: boolean }[];
  tour: { select: string }[];
};
const DAY = STORY.events.filter((e) => !e.context);
/** `step=` of the tour stop that shows the talks: presentation mode selects its current stop. */
const TALKS_STEP = STORY.tour.findIndex((s) => s.select === 'event:talks') + 1;

/** One event's label as the browser lays it out. */
interface LabelBox {
  id: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Drawn, not hidden, and inside the timeline's plot. */
  visible: boolean;
}

/**
 * The label of each event of the day in the timeline (`null` when it has none): its box, its text,
 * and whether it shows inside the plot. Runs in the page, so the boxes are the browser's own.
 */
function labelBoxes(page: Page, ids: readonly string[]): Promise<(LabelBox | null)[]> {
  return page.evaluate((list) => {
    const view = document.querySelector('[data-view="timeline"]');
    const plot = view?.querySelector('.timeline__plot')?.getBoundingClientRect();
    return list.map((id) => {
      const label = view?.querySelector(`[data-label-for="${id}"]`);
      if (!label || !plot) return null;
      const r = window.glyphBox(label);
      const style = getComputedStyle(label);
      const inside =
        r.left >= plot.left - 0.5 &&
        r.right <= plot.right + 0.5 &&
        r.top >= plot.top - 0.5 &&
        r.bottom <= plot.bottom + 0.5;
      const shown =
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0 &&
        (label.textContent ?? '').trim().length > 0;
      return {
        id,
        text: label.textContent ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        visible: shown && inside,
      };
    });
  }, ids);
}

const intersect = (a: LabelBox, b: LabelBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Fails unless every id has a visible label, none of them overlapping another. */
async function expectAllLabelled(page: Page, where: string): Promise<LabelBox[]> {
  const boxes = await labelBoxes(
    page,
    DAY.map((e) => e.id),
  );
  const missing = DAY.filter((_, i) => !boxes[i]?.visible).map((e) => e.id);
  assert.deepEqual(missing, [], `${where}: events without a visible label`);
  const shown = boxes as LabelBox[];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i]!;
      const b = shown[j]!;
      assert.ok(!intersect(a, b), `${where}: the labels of "${a.id}" and "${b.id}" overlap`);
    }
  }
  for (const box of shown) {
    const title = DAY.find((e) => e.id === box.id)!.title;
    const text = box.text.replace(/^≈\s*/, '');
    // Whole, or cut after a whole word with an ellipsis: never mid-word.
    const ok =
      text === title ||
      (text.endsWith('…') &&
        title.startsWith(text.slice(0, -1)) &&
        /[\s,;:.–—-]/.test(title[text.length - 1] ?? ' '));
    assert.ok(ok, `${where}: the label "${box.text}" is not "${title}" cut after a whole word`);
  }
  return shown;
}

/** Waits until the event's label shows in the plot (the plot may glide to it first). */
async function expectLabelShown(page: Page, id: string, where: string): Promise<void> {
  try {
    await page.waitForFunction((eventId) => {
      const view = document.querySelector('[data-view="timeline"]');
      const plot = view?.querySelector('.timeline__plot')?.getBoundingClientRect();
      const mark = view?.querySelector(`[data-event-id="${eventId}"]`);
      const label = view?.querySelector(`[data-label-for="${eventId}"]`);
      if (!plot || !label || mark?.getAttribute('data-state') !== 'selected') return false;
      const r = window.glyphBox(label);
      return (
        r.width > 0 &&
        (label.textContent ?? '').trim().length > 0 &&
        r.left >= plot.left - 0.5 &&
        r.right <= plot.right + 0.5 &&
        r.top >= plot.top - 0.5 &&
        r.bottom <= plot.bottom + 0.5
      );
    }, id);
  } catch {
    throw new Error(`${where}: the selected event "${id}" shows no label in the plot`);
  }
}

test('timeline labels: every event of the day is labelled at 1280×800, no two overlapping', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  await page.waitForSelector('[data-view="timeline"] [data-label-for]');
  await settle(page);
  const shown = await expectAllLabelled(page, '1280×800');
  console.log(
    `    1280×800: ${shown.length} of ${DAY.length} labelled, ${shown.filter((b) => b.text.endsWith('…')).length} shortened`,
  );
  await screenshot(page, 'timeline-labels-1280x800');
  await page.goto(page.url().replace(/\/?(\?.*)?$/, '/?select=event:talks'));
  await page.waitForSelector(
    '[data-view="timeline"] [data-event-id="talks"][data-state="selected"]',
  );
  await settle(page);
  await screenshot(page, 'timeline-labels-1280x800-talks');
});

test('timeline labels: a selected event keeps its label in the page, a 900 px embed and presentation', async () => {
  const modes = [
    { where: 'page 1280×800', query: '', viewport: DESKTOP },
    { where: 'embed 900×640', query: '&embed=1', viewport: { width: 900, height: 640 } },
    { where: 'presentation 1920×1080', query: '&present=1', viewport: WIDE },
  ];
  for (const { where, query, viewport } of modes) {
    const page = await openApp(`/?select=event:${DAY[0]!.id}${query}`, { viewport });
    for (const { id } of DAY) {
      await clickItem(page, item('timeline', 'event', id));
      await expectLabelShown(page, id, where);
    }
    await page.context().close();
  }
});

test('timeline labels: at 375×740 the day runs down the screen, every event named and tappable', async () => {
  const page = await openApp('/', { viewport: PHONE });
  await page.waitForSelector('[data-view="timeline"] [data-label-for]');
  await settle(page);
  const shown = await expectAllLabelled(page, '375×740');
  console.log(`    375×740: ${shown.length} of ${DAY.length} labelled`);
  await runAxe(page, { within: '[data-view="timeline"]', rules: ['target-size'] });
  await screenshot(page, 'timeline-labels-375x740', { fullPage: true });
  await page
    .locator('[data-view="timeline"]')
    .screenshot({ path: join(OUTPUT_DIR, 'timeline-labels-375x740-timeline.png') });
  for (const id of ['talks', 'press-statements', DAY.at(-1)!.id]) {
    await clickItem(page, item('timeline', 'event', id));
    await expectLabelShown(page, id, '375×740');
  }
  await page.goto(page.url().replace(/\/?(\?.*)?$/, '/?select=event:talks'));
  await page.waitForSelector(
    '[data-view="timeline"] [data-event-id="talks"][data-state="selected"]',
  );
  await settle(page);
  await screenshot(page, 'timeline-labels-375x740-talks', { fullPage: true });
  await page
    .locator('[data-view="timeline"]')
    .screenshot({ path: join(OUTPUT_DIR, 'timeline-labels-375x740-talks-timeline.png') });
});

test('timeline labels: presentation at 1920×1080, nothing selected and the talks selected', async () => {
  for (const [name, query] of [
    ['timeline-labels-present-1920x1080', '/?present=1'],
    ['timeline-labels-present-1920x1080-talks', `/?present=1&step=${TALKS_STEP}`],
  ] as const) {
    const page = await openApp(query, { viewport: WIDE });
    await page.waitForSelector('[data-view="timeline"] [data-label-for]');
    await settle(page);
    await screenshot(page, name);
    await page.context().close();
  }
});
