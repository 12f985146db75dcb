import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addressOf, clickItem, expectState, item, linkedTo, openApp, test } from './fixture';

const selectParam = async (page: Page) => new URL(await addressOf(page)).searchParams.get('select');

async function waitForParam(page: Page, key: string, value: string | null): Promise<void> {
  await page
    .waitForFunction(([k, v]) => new URLSearchParams(window.location.search).get(k) === v, [
      key,
      value,
    ] as const)
    .catch(async () => {
      throw new Error(`expected ${key}=${value} in the address, got ${await addressOf(page)}`);
    });
}

const timelineText = (page: Page) =>
  page.locator('[data-view="timeline"]').evaluate((e) => e.textContent);

test('a link with ?select=event:talks opens with the talks selected and their quotes related', async () => {
  const page = await openApp('/?select=event:talks');
  await expectState(page, item('timeline', 'event', 'talks'), 'selected');
  const linked = linkedTo('event', 'talks').quotes;
  assert.ok(linked.size > 0, 'the dataset links at least one quote to the talks');
  for (const id of linked) await expectState(page, item('quotes', 'quote', id), 'related');
});

test('Back and Forward walk through earlier selections', async () => {
  const page = await openApp('/');
  await clickItem(page, item('timeline', 'event', 'talks'));
  await waitForParam(page, 'select', 'event:talks');
  await clickItem(page, item('timeline', 'event', 'greeting'));
  await waitForParam(page, 'select', 'event:greeting');

  await page.goBack();
  await expectState(page, item('timeline', 'event', 'talks'), 'selected');
  await expectState(page, item('timeline', 'event', 'greeting'), 'unrelated');
  assert.equal(await selectParam(page), 'event:talks');

  await page.goForward();
  await expectState(page, item('timeline', 'event', 'greeting'), 'selected');
});

test('choosing UTC relabels the timeline and writes tz=UTC; the link reproduces it', async () => {
  const page = await openApp('/');
  const storyLabels = await timelineText(page);
  const zone = page.getByRole('combobox', { name: /time/i });
  await zone.selectOption({ label: 'UTC' });
  await waitForParam(page, 'tz', 'UTC');
  await page
    .waitForFunction(
      (before) => document.querySelector('[data-view="timeline"]')?.textContent !== before,
      storyLabels,
      { timeout: 5_000 },
    )
    .catch(() => {
      throw new Error('the timeline shows the same labels after switching to UTC');
    });
  const utcLabels = await timelineText(page);
  assert.match(utcLabels, /UTC/, 'the timeline names the zone it now shows');

  const shared = await openApp('/?tz=UTC');
  assert.equal(await shared.getByRole('combobox', { name: /time/i }).inputValue(), 'UTC');
  assert.equal(await timelineText(shared), utcLabels, '?tz=UTC shows the same labels');
});
