import type { TestBrowser } from './browser';

/** What the runner sets up once per browser: the browser, and the one served build. */
export interface E2EEnv {
  readonly browser: TestBrowser;
  /** The app's origin, e.g. `http://127.0.0.1:41234`. */
  readonly appOrigin: string;
  /** The folder the app is served from (the production build). */
  readonly distDir: string;
}

let current: E2EEnv | undefined;

export function setEnv(env: E2EEnv | undefined): void {
  current = env;
}

export function getEnv(): E2EEnv {
  if (!current)
    throw new Error('The e2e environment is not set up: run tests through tests/e2e/run.ts');
  return current;
}
