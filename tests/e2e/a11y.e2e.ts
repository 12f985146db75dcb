import { clickItem, DESKTOP, expectState, item, openApp, runAxe, test } from './fixture';

test('axe finds no violations at 1280×800 with nothing selected', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  await page.waitForLoadState('networkidle');
  await runAxe(page);
});

test('axe finds no violations at 1280×800 with an event selected', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  await clickItem(page, item('timeline', 'event', 'talks'));
  await expectState(page, item('timeline', 'event', 'talks'), 'selected');
  await page.waitForLoadState('networkidle');
  await runAxe(page);
});
