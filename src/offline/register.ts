/** What `registerServiceWorker` needs from the browser; tests pass their own. */
export interface RegisterOptions {
  readonly container?: Pick<
    ServiceWorkerContainer,
    'controller' | 'register' | 'addEventListener' | 'removeEventListener'
  >;
  readonly reload?: () => void;
  /** True when the page already runs the build of the worker that just took over. */
  readonly isCurrentBuild?: () => Promise<boolean>;
  /** Registration waits for this as well as for the page's `load` event. */
  readonly after?: Promise<unknown>;
}

/**
 * Registers the service worker once the page has loaded and `after` has settled (in the app: once
 * the first render has been shown, `firstRenderSettled`), so that its download of the whole app
 * never competes with the first render: started at `load`, which comes early now that the scripts
 * are added after the first paint, it held the story's check back by half a second. Only
 * production builds call this (`src/main.tsx`); dev servers and tests never do.
 * When a new build's worker takes over a page of an older build, the page reloads once.
 */
export function registerServiceWorker({
  container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  reload = () => window.location.reload(),
  isCurrentBuild = moduleIsPrecached,
  after = Promise.resolve(),
}: RegisterOptions = {}): void {
  // Browsers offer service workers only in secure contexts (https, or http://127.0.0.1), and
  // none for a page opened from disk (the single HTML file), which has no sw.js beside it.
  if (!container || window.location.protocol === 'file:') return;
  // A page that had a worker when it loaded is being updated when another one takes over.
  const updating = container.controller !== null;
  const start = () => {
    container.register('./sw.js', { scope: './' }).catch(() => {
      // Private modes and some embeds refuse workers; the app works online without one.
    });
  };
  container.addEventListener('controllerchange', function onNewWorker() {
    container.removeEventListener('controllerchange', onNewWorker);
    if (!updating) return;
    void isCurrentBuild().then((current) => {
      if (!current) reloadOutsideFullscreen(reload);
    });
  });
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, after]).then(start);
}

/**
 * The new worker's caches hold exactly its build's files (older ones are deleted before it
 * takes over). If this module is among them, the page came from the network and is current.
 */
async function moduleIsPrecached(): Promise<boolean> {
  const found = await caches.match(import.meta.url).catch(() => undefined);
  return found !== undefined;
}

/** Reloading would throw a presentation out of full screen: wait until the teacher leaves it. */
function reloadOutsideFullscreen(reload: () => void): void {
  if (!document.fullscreenElement) {
    reload();
    return;
  }
  document.addEventListener('fullscreenchange', function onLeave() {
    if (document.fullscreenElement) return;
    document.removeEventListener('fullscreenchange', onLeave);
    reload();
  });
}
