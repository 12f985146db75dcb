import { lazy, Suspense, useEffect, useState } from 'react';
import './print.css';

// The handout (with d3-geo and the land outlines) loads once the page is idle: it is only seen
// on paper, and must not slow the first paint.
const HandoutContent = lazy(() =>
  import('./HandoutContent').then((m) => ({ default: m.HandoutContent })),
);

/** How long to wait for an idle moment before loading the handout anyway. */
const IDLE_TIMEOUT_MS = 3000;

/** The printable handout, shown only in print media. */
export function Handout() {
  const wanted = useWantedForPrint();
  return (
    <div className="handout">
      {wanted && (
        <Suspense fallback={null}>
          <HandoutContent />
        </Suspense>
      )}
    </div>
  );
}

/** True once the page has loaded and gone idle, or as soon as someone starts to print. */
function useWantedForPrint(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(
    function loadWhenIdle() {
      if (wanted) return;
      const want = () => setWanted(true);
      let idle: number | undefined;
      const whenIdle = () => {
        idle = window.requestIdleCallback
          ? window.requestIdleCallback(want, { timeout: IDLE_TIMEOUT_MS })
          : window.setTimeout(want, IDLE_TIMEOUT_MS);
      };
      if (document.readyState === 'complete') whenIdle();
      else window.addEventListener('load', whenIdle, { once: true });
      window.addEventListener('beforeprint', want);
      return () => {
        window.removeEventListener('load', whenIdle);
        window.removeEventListener('beforeprint', want);
        if (idle === undefined) return;
        if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      };
    },
    [wanted],
  );
  return wanted;
}
