/**
 * What a browser test file imports. A test is `test(name, async () => { … })`; inside it,
 * `openApp()` gives a page of the production build in a fresh, guarded browser context, and the
 * helpers below read the DOM contract (DESIGN.md). To add tests, drop a `tests/e2e/<name>.e2e.ts`.
 */
export {
  appUrl,
  DESKTOP,
  dialogsSeen,
  fixturePath,
  type OpenOptions,
  openApp,
  PHONE,
  READY,
  SMALL_PHONE,
  startStaticServer,
  type Viewport,
  WIDE,
} from './harness/app';
export { runAxe } from './harness/axe';
export { FIREFOX_CANNOT } from './harness/browser';
export { type DownloadedFile, downloadFrom } from './harness/download';
export { getEnv } from './harness/env';
export { isScreenshotStyleRefused } from './harness/guard';
export { basemapDrawn, showMap } from './harness/map';
export { E2E_DIST, FIXTURES_DIR, OUTPUT_DIR } from './harness/paths';
export { test } from './harness/registry';
export { screenshot } from './harness/screenshot';
export { settle } from './harness/settle';
export {
  addressOf,
  clickItem,
  expectState,
  type ItemState,
  item,
  type Kind,
  stateOf,
  statesOf,
  type View,
} from './harness/states';
export { linkedTo } from './story-links';
