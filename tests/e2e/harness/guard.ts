import type { BrowserContext, Page } from 'playwright-core';
import type { TestRun } from './current';

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * DESIGN.md: "in the default configuration no request leaves the page's own origin". Every
 * request to another origin is recorded (the runner then fails the test) and aborted, so nothing
 * leaves the machine even when a test fails.
 */
export async function guardContext(
  context: BrowserContext,
  run: TestRun,
  { firefox = false } = {},
): Promise<void> {
  const allowed = (url: string) => isAllowed(url, run.allowedOrigins);
  let offline = false;
  context.on('request', (request) => {
    if (!allowed(request.url())) run.outside.add(request.url());
  });
  await context.route('**', async (route) => {
    const url = route.request().url();
    if (!allowed(url)) {
      run.outside.add(url);
      return route.abort('blockedbyclient');
    }
    if (offline && NETWORK_SCHEMES.has(new URL(url).protocol)) {
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  if (firefox) {
    // Firefox ESR 140 cannot emulate offline (BiDi `emulation.setNetworkConditions`): there,
    // `setOffline(true)` fails every request that would reach the network, here. Answers from a
    // service worker's cache still come, as offline; `navigator.onLine` stays true.
    context.setOffline = async (value: boolean) => {
      offline = value;
    };
  }
}

/**
 * Playwright's screenshots add a `<style>body {}</style>` for a moment (to sync animations); the
 * app's CSP refuses it, and Firefox reports that on the console. It is the harness's, not the app's.
 */
const PLAYWRIGHT_STYLE_REFUSED =
  /style-src.*'sha256-YjaKGiklmzC6wjXA513HAMmzus8VE61XCOT\+SmwNZWA='/;

/** Whether an error a page reported is the app's CSP refusing Playwright's screenshot style. */
export function isScreenshotStyleRefused(message: string): boolean {
  return PLAYWRIGHT_STYLE_REFUSED.test(message);
}

/** Collects what a page says went wrong, and its dialogs (dismissed, so nothing blocks). */
export function watchPage(page: Page, run: TestRun): void {
  const dialogs: NonNullable<ReturnType<TestRun['dialogs']['get']>> = [];
  run.dialogs.set(page, dialogs);
  run.pages.push(page);
  page.on('pageerror', (error) => {
    if (!isScreenshotStyleRefused(error.message)) {
      run.pageErrors.push(`uncaught: ${error.message}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') run.pageErrors.push(`console.error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog);
    dialog.dismiss().catch(() => {});
  });
}

function isAllowed(url: string, origins: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false;
  const scheme = parsed.protocol.replace(/^ws/, 'http');
  return origins.has(`${scheme}//${parsed.host}`);
}
