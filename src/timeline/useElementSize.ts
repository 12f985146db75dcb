import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';

/** A box's size in whole pixels, and its font size (the `em` the drawing is measured in). */
export interface ElementSize {
  readonly width: number;
  readonly height: number;
  readonly em: number;
  /** Its computed font family (`''` until measured). */
  readonly fontFamily: string;
  /** False until the element has been measured once (the first render uses the fallback). */
  readonly measured: boolean;
}

/**
 * Follows the element's size with a ResizeObserver. Where layout gives no size (jsdom, a hidden
 * panel) the fallback stands in, so the drawing still has room for its items.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  fallback: { width: number; height: number },
): ElementSize {
  const [size, setSize] = useState<ElementSize>({
    ...fallback,
    em: 16,
    fontFamily: '',
    measured: false,
  });
  const { width: fallbackWidth, height: fallbackHeight } = fallback;

  useLayoutEffect(
    function observeSize() {
      const element = ref.current;
      if (!element) return;
      const measure = () => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const next: ElementSize = {
          width: Math.round(box.width) || fallbackWidth,
          height: Math.round(box.height) || fallbackHeight,
          em: Number.parseFloat(style.fontSize) || 16,
          fontFamily: style.fontFamily,
          measured: true,
        };
        // A transition: what depends on the size (the whole drawing) renders in its own,
        // interruptible task, not inside the commit that measured it.
        startTransition(() =>
          setSize((prev) =>
            prev.measured &&
            prev.width === next.width &&
            prev.height === next.height &&
            prev.em === next.em &&
            prev.fontFamily === next.fontFamily
              ? prev
              : next,
          ),
        );
      };
      // The observer's first report, which comes once the browser has laid the page out and
      // before it paints, is the first measurement. Measured here instead, the size forced the
      // layout of the whole new page inside React's commit: with the commit's stack on it, a
      // long task of its own under a profiler (150–250 ms at 4× CPU in Lighthouse's trace).
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [ref, fallbackWidth, fallbackHeight],
  );
  return size;
}
