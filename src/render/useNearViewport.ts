import { startTransition, useEffect, useState } from 'react';

/**
 * How far below (and above) the window an element counts as near: half a window's height, so a
 * reader scrolling down finds it drawn, while on a phone a view two screens down waits.
 */
export const NEAR_MARGIN = '50% 0px 50% 0px';

/**
 * False until `element` has come within half a window of the view (it may never, if it is not
 * shown), then true for good. Where there is no IntersectionObserver (jsdom, old engines) it is
 * true at once. A view far below the first screen (the map on a phone) uses it to put off its
 * cost until the reader heads towards it.
 */
export function useNearViewport(element: Element | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(
    function watchDistance() {
      if (near || element === null) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer.disconnect();
            startTransition(() => setNear(true));
          }
        },
        { rootMargin: NEAR_MARGIN },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [element, near],
  );
  return near;
}
