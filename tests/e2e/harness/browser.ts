import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
} from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/bench/chromium';
import { FIREFOX_PATH, type FirefoxMedia, launchFirefox } from './firefox';

/** The browsers the suite runs in, in this order. */
export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** Debian's Chromium and Firefox ESR; `scripts/ensure-browser.sh` installs them when missing. */
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: CHROMIUM_PATH,
  firefox: FIREFOX_PATH,
};

/** What a test cannot do in Firefox ESR: the reasons `test(…, { chromiumOnly })` gives. */
export const FIREFOX_CANNOT = {
  /** Playwright switches to print media over Chromium's DevTools protocol; BiDi has no such command. */
  printMedia: 'Firefox ESR cannot switch a page to print media (page.emulateMedia)',
  slowCpu: 'slows the CPU through a Chromium DevTools session, which Firefox does not have',
  /** A context's `locale` is BiDi's `emulation.setLocaleOverride`, which Firefox 140 ESR lacks. */
  locale: 'Firefox ESR cannot emulate the browser’s preferred language per context',
} as const;

/** One browser of the run: it opens the fresh context each `openApp` asks for. */
export interface TestBrowser {
  readonly name: BrowserName;
  /** e.g. `Chromium 131.0.6778.85` */
  readonly label: string;
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches headless Chromium or Firefox ESR with everything that could phone home turned off. */
export async function launchBrowser(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefoxes();
}

async function launchChromium(): Promise<TestBrowser> {
  const launch = () =>
    chromium.launch({
      executablePath: CHROMIUM_PATH,
      // The runner closes the browser itself on Ctrl-C, after the test in progress.
      handleSIGINT: false,
      handleSIGTERM: false,
      args: [...CHROMIUM_FLAGS],
    });
  let browser = await launch();
  return {
    name: 'chromium',
    label: `Chromium ${browser.version()}`,
    newContext: async (options) => {
      if (!browser.isConnected()) browser = await relaunch('Chromium', launch);
      return browser.newContext(options);
    },
    close: () => browser.close(),
  };
}

/** A browser that crashed (or was killed) fails its test; the next test gets a new one. */
function relaunch(name: string, launch: () => Promise<Browser>): Promise<Browser> {
  console.log(`  (${name} went away; starting it again for the next test)`);
  return launch();
}

/**
 * Firefox ESR cannot switch `prefers-color-scheme` or `prefers-reduced-motion` per context over
 * WebDriver BiDi, so each combination a test asks for is a browser of its own with the matching
 * preferences, launched when needed and closed when a test needs another (most tests share the
 * usual one).
 */
async function launchFirefoxes(): Promise<TestBrowser> {
  const browsers = new Map<string, Promise<Browser>>();
  const keyOf = (media: FirefoxMedia) => `${media.colorScheme}/${media.reducedMotion}`;
  const usual = keyOf(mediaOf({}));
  const browserFor = async (media: FirefoxMedia) => {
    const key = keyOf(media);
    // Tests run one at a time: a browser with other preferences is done with, and costs memory.
    for (const [other, browser] of browsers) {
      if (other === key || other === usual) continue;
      browsers.delete(other);
      await browser.then((b) => b.close()).catch(() => {});
    }
    const running = await browsers.get(key)?.catch(() => undefined);
    if (running?.isConnected()) return running;
    const launching = running
      ? relaunch('Firefox', () => launchFirefox(media))
      : launchFirefox(media);
    browsers.set(key, launching);
    return launching;
  };
  const first = await browserFor(mediaOf({}));
  return {
    name: 'firefox',
    label: `Firefox ${first.version()}`,
    newContext: async (options) => (await browserFor(mediaOf(options))).newContext(options),
    close: async () => {
      for (const browser of browsers.values()) {
        await browser.then((b) => b.close()).catch(() => {});
      }
    },
  };
}

function mediaOf(options: BrowserContextOptions): FirefoxMedia {
  return {
    colorScheme: options.colorScheme === 'dark' ? 'dark' : 'light',
    reducedMotion: options.reducedMotion === 'reduce' ? 'reduce' : 'no-preference',
  };
}
