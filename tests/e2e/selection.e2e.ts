import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  clickItem,
  expectState,
  item,
  linkedTo,
  openApp,
  screenshot,
  settle,
  statesOf,
  test,
} from './fixture';

/** Linked quotes are `related`, every other rendered quote is `unrelated`. */
async function expectQuotesFollow(page: Page, linked: ReadonlySet<string>, selected?: string) {
  for (const id of linked) await expectState(page, item('quotes', 'quote', id), 'related');
  const wrong = (await statesOf(page, 'quotes', 'quote')).filter(({ id, state }) => {
    if (id === selected) return state !== 'selected';
    return state !== (linked.has(id) ? 'related' : 'unrelated');
  });
  assert.deepEqual(wrong, [], 'quotes whose data-state does not match their links');
}

test('clicking the talks on the timeline selects them and lights up their quotes only', async () => {
  const page = await openApp('/');
  const linked = linkedTo('event', 'talks').quotes;
  assert.ok(linked.size > 0, 'the dataset links at least one quote to the talks');
  await clickItem(page, item('timeline', 'event', 'talks'));
  await expectState(page, item('timeline', 'event', 'talks'), 'selected');
  await expectQuotesFollow(page, linked);
  await settle(page);
  await screenshot(page, 'explorer-1280x800-selected');
});

test('clicking the Moscow marker on the map relates the quote said about Moscow', async () => {
  const page = await openApp('/');
  await clickItem(page, item('map', 'place', 'moscow'));
  await expectState(page, item('map', 'place', 'moscow'), 'selected');
  await expectState(page, item('quotes', 'quote', 'q-interesting'), 'related');
  await expectQuotesFollow(page, linkedTo('place', 'moscow').quotes);
});

test('clicking a quote relates its event on the timeline and its place on the map', async () => {
  const page = await openApp('/');
  await clickItem(page, item('quotes', 'quote', 'q-interesting'));
  await expectState(page, item('quotes', 'quote', 'q-interesting'), 'selected');
  await expectState(page, item('timeline', 'event', 'press-statements'), 'related');
  await expectState(page, item('map', 'place', 'moscow'), 'related');
  const linked = linkedTo('quote', 'q-interesting');
  for (const id of linked.events) await expectState(page, item('timeline', 'event', id), 'related');
  for (const id of linked.places) await expectState(page, item('map', 'place', id), 'related');
});

test('Esc clears the selection: every item in every view is idle again', async () => {
  const page = await openApp('/');
  await clickItem(page, item('timeline', 'event', 'talks'));
  await expectState(page, item('timeline', 'event', 'talks'), 'selected');
  await page.keyboard.press('Escape');
  await expectState(page, '[data-event-id], [data-place-id], [data-quote-id]', 'idle');
});
