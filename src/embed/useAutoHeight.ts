import { useEffect } from 'react';
import type { PostToHost } from './postToHost';
import { resizeMessages } from './protocol';

/**
 * Tells the host the height the page needs whenever it changes (ResizeObserver on the body), in
 * Dayline's form and the AMP form. The embed layout has no heights in `vh`, so the host resizing
 * the iframe cannot feed back into the height reported.
 */
export function useAutoHeight(enabled: boolean, post: PostToHost): void {
  useEffect(
    function observeHeight() {
      if (!enabled || typeof ResizeObserver === 'undefined') return;
      let last = -1;
      const report = () => {
        // Full screen fills the screen; the height that matters is the one it returns to.
        if (document.fullscreenElement) return;
        const height = Math.ceil(document.body.getBoundingClientRect().height);
        if (height === last || height <= 0) return;
        last = height;
        for (const message of resizeMessages(height)) post(message);
      };
      const observer = new ResizeObserver(report);
      observer.observe(document.body);
      document.addEventListener('fullscreenchange', report);
      report();
      return function stopObserving() {
        observer.disconnect();
        document.removeEventListener('fullscreenchange', report);
      };
    },
    [enabled, post],
  );
}
