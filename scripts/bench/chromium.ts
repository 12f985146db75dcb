/** Debian's Chromium; no browser is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, sandbox-free (containers), and quiet: nothing may leave the machine. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
