/**
 * Dayline's service worker (built to `sw.js` by `scripts/vite-plugin-offline.ts`, which writes
 * the build's file list and hash into the placeholders below). Once the page has been opened,
 * the whole app, the default story and the basemap come from the cache with the network cut.
 */
import { CACHE_MATCH, cacheNames, staleCaches, strategyFor } from './cacheRules';

declare const __DAYLINE_PRECACHE__: readonly string[];
declare const __DAYLINE_BUILD__: string;

// The DOM library's types do not describe a worker; these are the few parts used here.
interface WaitableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchingEvent extends WaitableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchingEvent) => void): void;
}

/** A classroom network that hangs is worse than one that is down: give up on it after this. */
const PAGE_TIMEOUT_MS = 4000;

const worker = self as unknown as WorkerScope;
const scope = new URL(worker.registration.scope);
const caches_ = cacheNames(__DAYLINE_BUILD__);
const precacheUrls = __DAYLINE_PRECACHE__.map((path) => new URL(path, scope).href);
const precached = new Set(precacheUrls);
const pageUrl = new URL('./index.html', scope).href;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(caches_.precache)
      // `reload` skips the HTTP cache, so an unhashed file (index.html) is this build's own.
      .then((cache) =>
        cache.addAll(precacheUrls.map((url) => new Request(url, { cache: 'reload' }))),
      )
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(staleCaches(names, __DAYLINE_BUILD__).map((n) => caches.delete(n))),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request, scope.origin, precached);
  if (strategy === 'page') event.respondWith(page(request));
  else if (strategy === 'precached') event.respondWith(fromCache(request));
  else if (strategy === 'runtime') event.respondWith(networkThenCache(request));
});

async function page(request: Request): Promise<Response> {
  try {
    return await withTimeout(fetch(request), PAGE_TIMEOUT_MS);
  } catch {
    const cached = await caches.match(pageUrl, { ...CACHE_MATCH, cacheName: caches_.precache });
    return cached ?? Response.error();
  }
}

async function fromCache(request: Request): Promise<Response> {
  const cached = await caches.match(request, { ...CACHE_MATCH, cacheName: caches_.precache });
  return cached ?? fetch(request);
}

async function networkThenCache(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches
        .open(caches_.runtime)
        .then((cache) => cache.put(request, copy))
        .catch(() => {});
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request, { ...CACHE_MATCH, cacheName: caches_.runtime });
    if (cached) return cached;
    throw error;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
