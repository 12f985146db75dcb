/**
 * The service worker's rules, as plain functions so they can be tested without a worker.
 * Every Dayline cache is named `dayline-<build>`: a new build gets new caches, and activating it
 * deletes the others, so no file from an older build is ever served next to a newer one.
 */

/** Prefix of every cache this app owns; other apps' caches on the same origin are left alone. */
export const CACHE_PREFIX = 'dayline-';

/**
 * How cached answers are looked up. Real static hosts answer with `Vary: Origin` (vite preview,
 * many CDNs) or `Vary: Accept-Encoding`; the page's module scripts are requested in CORS mode with
 * an `Origin` header while the precache was filled without one, so a look-up that honours Vary
 * misses every script offline. Every file the worker answers is this origin's own and the same
 * whatever the request's headers, so Vary is safely ignored.
 */
export const CACHE_MATCH: Readonly<CacheQueryOptions> = { ignoreVary: true };

/** The caches of one build: the precache of the build's files, and what was fetched at run time. */
export function cacheNames(build: string): { precache: string; runtime: string } {
  return { precache: `${CACHE_PREFIX}${build}`, runtime: `${CACHE_PREFIX}${build}-runtime` };
}

/** The Dayline caches to delete once `build` is active: all of ours that are not its own. */
export function staleCaches(names: readonly string[], build: string): string[] {
  const keep = new Set(Object.values(cacheNames(build)));
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.has(name));
}

/**
 * How the worker answers a request:
 * - `page`: a navigation; the network first (a new build shows at once), else the cached page;
 * - `precached`: a file of this build; from the cache, which never goes stale as names carry hashes;
 * - `runtime`: another file of this origin (a story from `data=`); the network, else a cached copy;
 * - `none`: not ours to answer (another origin, or not a GET): the browser handles it.
 */
export type Strategy = 'page' | 'precached' | 'runtime' | 'none';

/** The parts of a `Request` the choice depends on. */
export interface RequestInfo {
  readonly method: string;
  readonly url: string;
  readonly mode: string;
}

export function strategyFor(
  request: RequestInfo,
  origin: string,
  precached: ReadonlySet<string>,
): Strategy {
  if (request.method !== 'GET') return 'none';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'none';
  if (request.mode === 'navigate') return 'page';
  url.hash = '';
  return precached.has(url.href) ? 'precached' : 'runtime';
}
