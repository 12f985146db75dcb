import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectState, item, openApp, test } from './fixture';

/** Enough Tab presses to get past the header and any controls before the timeline. */
const MAX_TABS = 60;

/** The id of the timeline event that has keyboard focus, or `null`. */
function focusedTimelineEvent(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active?.closest('[data-view="timeline"]')) return null;
    return active.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
  });
}

test('Tab reaches a timeline item, arrow keys move between items, Enter selects', async () => {
  const page = await openApp('/');
  let first: string | null = null;
  for (let i = 0; i < MAX_TABS && !first; i++) {
    await page.keyboard.press('Tab');
    first = await focusedTimelineEvent(page);
  }
  assert.ok(first, `no timeline item took focus within ${MAX_TABS} presses of Tab`);

  await page.keyboard.press('ArrowRight');
  const second = await focusedTimelineEvent(page);
  assert.ok(second, 'ArrowRight moved focus out of the timeline');
  assert.notEqual(second, first, `ArrowRight left focus on "${first}"`);

  await page.keyboard.press('ArrowLeft');
  assert.equal(await focusedTimelineEvent(page), first, 'ArrowLeft went back to the first item');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expectState(page, item('timeline', 'event', second), 'selected');
  assert.equal(await focusedTimelineEvent(page), second, 'focus stays on the selected item');
});
