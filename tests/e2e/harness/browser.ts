import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; `scripts/ensure-chromium.sh` installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium with everything that could phone home turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The runner closes the browser itself on Ctrl-C, after the test in progress.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
