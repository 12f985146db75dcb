/**
 * The Studio's numbers (issue 14) on their own, quicker than the whole bench:
 *
 *   npm run bench:studio [-- --rows 10000 --no-build --no-browser]
 *
 * The same section `npm run bench` prints (and `npm run bench -- --only studio` prints alone):
 * import time of a workbook with a 10,000-row Events sheet (read .xlsx + map + check, the code
 * the Studio runs; target ≤ 2 s), the same import in Chromium up to the preview, and the gzip
 * size of the Studio's own chunks in the build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildApp, REPO_ROOT } from './bench/build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/chromium';
import { isEntryPoint } from './bench/entry';
import { formatStudio, measureStudio } from './bench/measure-studio';
import { startServer } from './bench/server';

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000' },
      'no-build': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const dist = resolve(REPO_ROOT, values.dist);
  if (!values['no-build'] || !existsSync(join(dist, 'studio.html'))) await buildApp(dist);
  const rows = Number(values.rows);
  if (values['no-browser']) {
    const result = await measureStudio(dist, { rows });
    console.log(formatStudio(result));
    return result.importMs.wall <= result.targetMs && result.errors === 0;
  }
  const server = await startServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const result = await measureStudio(dist, { rows, browser, origin: server.origin });
    console.log(formatStudio(result));
    return result.importMs.wall <= result.targetMs && result.errors === 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (isEntryPoint(import.meta.url)) {
  main().then(
    (ok) => {
      console.log(`bench:studio: ${ok ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
