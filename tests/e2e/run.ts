/**
 * The browser test runner (`npm run test:e2e`). Builds the app once, serves the build with
 * `vite preview`, launches Debian Chromium, runs every `tests/e2e/**\/*.e2e.ts` file one test at a
 * time, and always closes the browser and servers. Its last line is `N passed, N failed`.
 *
 * `npm run test:e2e -- map url` runs only the tests whose file or name contains a word given.
 * `E2E_SKIP_BUILD=1` reuses the last e2e build (quicker while writing tests).
 */
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './harness/browser';
import { setEnv } from './harness/env';
import { E2E_DIR, E2E_DIST, OUTPUT_DIR, ROOT } from './harness/paths';
import { collectTests, type E2ETest } from './harness/registry';
import { printResult, printSummary } from './harness/report';
import { runTest } from './harness/runner';
import { buildApp, startPreview } from './harness/servers';

const closers: (() => Promise<unknown>)[] = [];
let passed = 0;
let failed = 0;
let interrupted = false;

/** Closes what was opened, newest first; a failure to close does not stop the rest. */
async function closeAll(): Promise<void> {
  for (let close = closers.pop(); close; close = closers.pop()) {
    await close().catch(() => {});
  }
}

function finish(code?: number): never {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping; closing the browser and servers…`);
    interrupted = true;
    failed += 1;
    void closeAll().finally(() => finish(130));
  });
}
process.on('unhandledRejection', (reason) => {
  // A test that timed out may reject later; that is already counted, so only note it.
  console.log(
    `  (late error, ignored: ${reason instanceof Error ? reason.message.split('\n')[0] : String(reason)})`,
  );
});

async function main(): Promise<void> {
  const started = performance.now();
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const files = await findTestFiles();
  if (files.length === 0) throw new Error('no tests/e2e/**/*.e2e.ts files found');
  await removeOldFailureScreenshots();

  if (process.env.E2E_SKIP_BUILD) {
    await access(join(E2E_DIST, 'index.html'));
    console.log(`Reusing the build in ${relative(ROOT, E2E_DIST)}`);
  } else {
    console.log('Building the app for production…');
    await buildApp(E2E_DIST);
  }
  const server = await startPreview(E2E_DIST);
  closers.push(server.close);
  const browser = await launchBrowser();
  closers.push(() => browser.close());
  setEnv({ browser, appOrigin: server.origin, distDir: E2E_DIST });
  console.log(`Serving ${server.origin} · Chromium ${browser.version()}`);

  const results = [];
  for (const file of files) {
    const name = relative(ROOT, file);
    let tests: E2ETest[];
    try {
      tests = await collectTests(name, () => import(pathToFileURL(file).href));
    } catch (error) {
      console.log(`\n${name}\n  ✖ could not load the file\n      ${String(error)}`);
      failed += 1;
      continue;
    }
    const chosen = tests.filter((t) => matches(filters, name, t.name));
    if (chosen.length === 0) continue;
    console.log(`\n${name}`);
    for (const test of chosen) {
      const result = await runTest(test);
      // After Ctrl-C the browser closes under the running test: that is not its failure.
      if (interrupted) return;
      printResult(result);
      results.push(result);
      if (result.ok) passed += 1;
      else failed += 1;
    }
  }
  printSummary(results, performance.now() - started);
}

async function findTestFiles(): Promise<string[]> {
  const entries = await readdir(E2E_DIR, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.e2e.ts') && !entry.split(/[\\/]/).includes('node_modules'))
    .sort()
    .map((entry) => join(E2E_DIR, entry));
}

/** A FAIL-*.png from an earlier run would look like a failure of this one. */
async function removeOldFailureScreenshots(): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  for (const name of await readdir(OUTPUT_DIR)) {
    if (name.startsWith('FAIL-') && name.endsWith('.png')) await rm(join(OUTPUT_DIR, name));
  }
}

function matches(filters: readonly string[], file: string, test: string): boolean {
  if (filters.length === 0) return true;
  const haystack = `${file} ${test}`.toLowerCase();
  return filters.some((f) => haystack.includes(f));
}

main()
  .catch((error) => {
    console.log(
      `\nThe browser test harness failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    failed += 1;
  })
  .finally(async () => {
    await closeAll();
    setEnv(undefined);
    finish();
  });
