import assert from 'node:assert/strict';
import {
  dialogsSeen,
  FIXTURES_DIR,
  fixturePath,
  openApp,
  startStaticServer,
  test,
} from './fixture';

const IMG_MARKUP = '<img src=x onerror=alert(1)>';
const SCRIPT_MARKUP = '<script>alert(2)</script>';

test('markup in a quote or a title shows as characters and never runs', async () => {
  const page = await openApp(`/?data=${fixturePath('xss-story.json')}`);
  if ((await page.locator('[data-view]').count()) === 0) {
    const shown = await page.locator('body').textContent();
    throw new Error(`the hostile but valid story did not load; the page says:\n${shown}`);
  }
  await page.waitForLoadState('networkidle');
  await page.getByText(IMG_MARKUP).first().waitFor({ state: 'visible' });
  await page.getByText(SCRIPT_MARKUP).first().waitFor({ state: 'visible' });
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'an <img src=x> was created');
  const scripts = await page
    .locator('script')
    .evaluateAll((all) => all.filter((s) => s.textContent?.includes('alert(')).length);
  assert.equal(scripts, 0, 'a <script> from the dataset was created');
  assert.deepEqual(
    dialogsSeen(page).map((d) => d.message()),
    [],
    'a dialog opened: dataset markup ran',
  );
});

test('a broken dataset shows an alert naming the file and the path of the problem', async () => {
  const page = await openApp(`/?data=${fixturePath('broken-story.json')}`, {
    waitFor: '[role="alert"]',
  });
  const alert = page.getByRole('alert').first();
  await alert.waitFor({ state: 'visible' });
  const text = (await alert.textContent()) ?? '';
  assert.match(text, /events\[0\]\.start/, 'the alert names the path of the bad time');
  assert.match(text, /broken-story\.json/, 'the alert names the file');
  assert.doesNotMatch(text, /\bat \S+\.(js|ts|tsx):\d+:\d+/, 'the alert shows a stack trace');
});

/** The text of the first alert once the page shows one. */
async function alertText(path: string): Promise<string> {
  const page = await openApp(path, { waitFor: '[role="alert"]' });
  const alert = page.getByRole('alert').first();
  await alert.waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  return (await alert.textContent()) ?? '';
}

test('data= from a server without CORS names CORS and how to allow it', async () => {
  const other = await startStaticServer(FIXTURES_DIR);
  const text = await alertText(`/?data=${encodeURIComponent(`${other.origin}/broken-story.json`)}`);
  assert.match(text, /does not allow other sites to read this file \(CORS\)/);
  assert.match(text, /Access-Control-Allow-Origin/);
});

test('data= pointing at a missing file on a server that answers with its own page says "web page (HTML)"', async () => {
  const text = await alertText('/?data=/stories/nowhere.json');
  assert.match(text, /answered with a web page \(HTML\), not a story file/);
  assert.doesNotMatch(text, /not valid JSON/);
});

test('data= pointing at a missing file on a plain server says "not found (404)" with its address', async () => {
  const other = await startStaticServer(FIXTURES_DIR, { cors: true });
  const address = `${other.origin}/nowhere.json`;
  const text = await alertText(`/?data=${encodeURIComponent(address)}`);
  assert.ok(text.includes(`the file was not found (404) at ${address}`), text);
});
