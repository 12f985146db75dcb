/**
 * The browser test runner (`npm run test:e2e`). Builds the app once, serves the build with
 * `vite preview`, then for each browser (Debian Chromium, then Firefox ESR) runs every
 * `tests/e2e/**\/*.e2e.ts` file one test at a time, and always closes the browsers and servers.
 * It prints `<browser>: N passed, N failed` for each, and last `N passed, N failed` over all.
 *
 * `npm run test:e2e -- map url` runs only the tests whose file or name contains a word given.
 * `E2E_BROWSER=firefox` (or `chromium`; default both) picks the browsers.
 * `E2E_SKIP_BUILD=1` reuses the last e2e build (quicker while writing tests).
 */
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BROWSER_NAMES,
  type BrowserName,
  launchBrowser,
  type TestBrowser,
} from './harness/browser';
import { setEnv } from './harness/env';
import { E2E_DIR, E2E_DIST, OUTPUT_DIR, ROOT } from './harness/paths';
import { collectTests, type E2ETest } from './harness/registry';
import { printResult, printSummary } from './harness/report';
import { runTest } from './harness/runner';
import { buildApp, startPreview } from './harness/servers';

const closers: (() => Promise<unknown>)[] = [];
const counts = new Map<BrowserName | 'harness', { passed: number; failed: number }>();
let interrupted = false;

function count(who: BrowserName | 'harness', ok: boolean): void {
  const entry = counts.get(who) ?? { passed: 0, failed: 0 };
  if (ok) entry.passed += 1;
  else entry.failed += 1;
  counts.set(who, entry);
}

/** Closes what was opened, newest first; a failure to close does not stop the rest. */
async function closeAll(): Promise<void> {
  for (let close = closers.pop(); close; close = closers.pop()) {
    await close().catch(() => {});
  }
}

function finish(code?: number): never {
  let passed = 0;
  let failed = 0;
  for (const [who, entry] of counts) {
    if (who !== 'harness') console.log(`${who}: ${entry.passed} passed, ${entry.failed} failed`);
    passed += entry.passed;
    failed += entry.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping; closing the browser and servers…`);
    interrupted = true;
    count('harness', false);
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
  const browsers = chosenBrowsers();
  // Each browser gets its line in the summary, even when no test ran in it.
  for (const name of browsers) counts.set(name, { passed: 0, failed: 0 });
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const files = await findTestFiles();
  if (files.length === 0) throw new Error('no tests/e2e/**/*.e2e.ts files found');
  await removeOldFailureScreenshots();
  const suite: { file: string; tests: E2ETest[] }[] = [];
  for (const file of files) {
    const name = relative(ROOT, file);
    try {
      const tests = await collectTests(name, () => import(pathToFileURL(file).href));
      const chosen = tests.filter((t) => matches(filters, name, t.name));
      if (chosen.length > 0) suite.push({ file: name, tests: chosen });
    } catch (error) {
      console.log(`\n${name}\n  ✖ could not load the file\n      ${String(error)}`);
      count('harness', false);
    }
  }

  if (process.env.E2E_SKIP_BUILD) {
    await access(join(E2E_DIST, 'index.html'));
    console.log(`Reusing the build in ${relative(ROOT, E2E_DIST)}`);
  } else {
    console.log('Building the app for production…');
    await buildApp(E2E_DIST);
  }
  const results = [];
  for (const name of browsers) {
    // Each browser gets its own server: Firefox's sends the app's HTML with 'unsafe-eval' added
    // to its CSP (harness/servers.ts, allowTestEval).
    const server = await startPreview(E2E_DIST, { allowEval: name === 'firefox' });
    closers.push(server.close);
    let browser: TestBrowser;
    try {
      browser = await launchBrowser(name);
    } catch (error) {
      console.log(`\n${name} did not start: ${error instanceof Error ? error.message : error}`);
      count(name, false);
      continue;
    }
    const close = () => browser.close();
    closers.push(close);
    setEnv({ browser, appOrigin: server.origin, distDir: E2E_DIST });
    console.log(`\n━━ ${browser.label} · serving ${server.origin}`);
    for (const { file, tests } of suite) {
      console.log(`\n${file}`);
      for (const test of tests) {
        if (name !== 'chromium' && test.chromiumOnly) {
          console.log(`  – ${name} › ${test.name}: Chromium only (${test.chromiumOnly})`);
          continue;
        }
        const result = await runTest(test, name);
        // After Ctrl-C the browser closes under the running test: that is not its failure.
        if (interrupted) return;
        printResult(result);
        results.push(result);
        count(name, result.ok);
      }
    }
    closers.splice(closers.indexOf(close), 1);
    await close();
    closers.splice(closers.indexOf(server.close), 1);
    await server.close();
    setEnv(undefined);
  }
  printSummary(results, performance.now() - started);
}

/** `E2E_BROWSER=firefox`, `chromium`, or both (the default, also `chromium,firefox`). */
function chosenBrowsers(): BrowserName[] {
  const asked = (process.env.E2E_BROWSER ?? '').split(',').map((b) => b.trim().toLowerCase());
  if (asked.every((b) => b === '' || b === 'all')) return [...BROWSER_NAMES];
  const unknown = asked.filter((b) => !(BROWSER_NAMES as readonly string[]).includes(b));
  if (unknown.length) {
    throw new Error(`E2E_BROWSER: unknown ${unknown.join(', ')}; use ${BROWSER_NAMES.join(', ')}`);
  }
  return BROWSER_NAMES.filter((b) => asked.includes(b));
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
    count('harness', false);
  })
  .finally(async () => {
    await closeAll();
    setEnv(undefined);
    finish();
  });
