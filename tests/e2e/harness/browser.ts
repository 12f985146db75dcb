import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/bench/chromium';

/** Debian's Chromium; `scripts/ensure-chromium.sh` installs it when missing. */
export const CHROMIUM = CHROMIUM_PATH;

/** Launches headless Chromium with everything that could phone home turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The runner closes the browser itself on Ctrl-C, after the test in progress.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [...CHROMIUM_FLAGS],
  });
}
