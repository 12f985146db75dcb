import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP, openApp, startStaticServer, test } from './fixture';
import { buildApp } from './harness/servers';
import { DEFAULT_STORY_FILE } from './story-links';

/** A folder with the default story, served from a second origin with CORS. */
async function otherOrigin() {
  const folder = await mkdtemp(join(tmpdir(), 'dayline-other-'));
  await writeFile(join(folder, 'story.json'), await readFile(DEFAULT_STORY_FILE));
  return startStaticServer(folder, { cors: true });
}

test('a story from another origin carries a line naming that origin, in the page and in the embed', async () => {
  const other = await otherOrigin();
  const host = new URL(other.origin).host;
  const data = encodeURIComponent(`${other.origin}/story.json`);
  const line = `Story from ${host} — not published by this site`;

  const page = await openApp(`/?data=${data}`, { viewport: DESKTOP });
  await page.locator('[data-view="timeline"]').waitFor();
  await page.getByText(line).first().waitFor({ state: 'visible' });

  const embed = await openApp(`/?embed=1&data=${data}`, { viewport: DESKTOP });
  await embed.locator('[data-view="timeline"]').waitFor();
  await embed.getByText(line).first().waitFor({ state: 'visible' });

  // The site's own story has no such line.
  const own = await openApp('/', { viewport: DESKTOP });
  await own.locator('[data-view="timeline"]').waitFor();
  assert.equal(await own.getByText(/not published by this site/).count(), 0);
});

test('the built page carries a Content-Security-Policy that lets the app run', async () => {
  const page = await openApp('/', { viewport: DESKTOP });
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.ok(policy, 'a CSP meta tag');
  assert.match(policy, /script-src 'self' 'sha256-/);
  assert.match(policy, /object-src 'none'/);
  await page.locator('[data-view="map"] path.map-land').first().waitFor({ state: 'attached' });
});

test('a build with DAYLINE_DATA_ORIGINS=self refuses a story from another origin, with a message', async () => {
  const other = await otherOrigin();
  const out = await mkdtemp(join(tmpdir(), 'dayline-restricted-'));
  const before = process.env.DAYLINE_DATA_ORIGINS;
  process.env.DAYLINE_DATA_ORIGINS = 'self';
  try {
    await buildApp(out);
  } finally {
    if (before === undefined) delete process.env.DAYLINE_DATA_ORIGINS;
    else process.env.DAYLINE_DATA_ORIGINS = before;
  }
  const site = await startStaticServer(out);
  const page = await openApp(
    `${site.origin}/?data=${encodeURIComponent(`${other.origin}/story.json`)}`,
    {
      waitFor: '[role="alert"]',
    },
  );
  const text = (await page.getByRole('alert').textContent()) ?? '';
  assert.match(
    text,
    new RegExp(`does not load stories from ${other.origin.replace(/[.]/g, '\\.')}`),
  );
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.match(policy ?? '', /connect-src 'self'(;|$)/, 'connect-src allows only the site itself');
});
