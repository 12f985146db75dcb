import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import './print.css';

// The handout (with d3-geo and the land outlines) is only ever seen on paper: its code is fetched
// when the page is idle, and it is drawn only when printing starts, so it costs the first
// paint and the main thread nothing.
type HandoutModule = { HandoutContent: ComponentType };
let loaded: HandoutModule | null = null;
const loadHandout = () =>
  import('./HandoutContent').then((m) => {
    loaded = m;
    return m;
  });
const LazyHandoutContent = lazy(() => loadHandout().then((m) => ({ default: m.HandoutContent })));

/** How long to wait for an idle moment before fetching the handout's code anyway. */
const IDLE_TIMEOUT_MS = 5000;

/** The printable handout, shown only in print media. */
export function Handout() {
  const wanted = useWantedForPrint();
  if (!wanted) return <div className="handout" />;
  const Content = loaded?.HandoutContent;
  return (
    <div className="handout">
      {Content ? (
        <Content />
      ) : (
        <Suspense fallback={null}>
          <LazyHandoutContent />
        </Suspense>
      )}
    </div>
  );
}

/** True as soon as someone starts to print (or the page is shown as print media). */
function useWantedForPrint(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(
    function drawWhenPrinting() {
      if (wanted) return;
      let idle: number | undefined;
      const preload = () => {
        idle = window.requestIdleCallback
          ? window.requestIdleCallback(() => void loadHandout(), { timeout: IDLE_TIMEOUT_MS })
          : window.setTimeout(() => void loadHandout(), IDLE_TIMEOUT_MS);
      };
      if (document.readyState === 'complete') preload();
      else window.addEventListener('load', preload, { once: true });
      // Printing reads the DOM right after `beforeprint`: draw synchronously.
      const want = () => flushSync(() => setWanted(true));
      const print = window.matchMedia?.('print');
      const onMedia = (event: MediaQueryListEvent) => {
        if (event.matches) want();
      };
      print?.addEventListener?.('change', onMedia);
      window.addEventListener('beforeprint', want);
      return () => {
        window.removeEventListener('load', preload);
        window.removeEventListener('beforeprint', want);
        print?.removeEventListener?.('change', onMedia);
        if (idle === undefined) return;
        if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      };
    },
    [wanted],
  );
  return wanted;
}
