import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** Rows rendered above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN_PX = 600;

export interface VirtualRows {
  /** Index range to render, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Top offset of each row, in px. */
  offsetOf(index: number): number;
  readonly totalHeight: number;
  /** Pass to each rendered row so its real height replaces the estimate. */
  measure(index: number, element: HTMLElement | null): void;
  /** Scrolls the container so that the row is in view. */
  scrollToIndex(index: number, behavior: ScrollBehavior): void;
}

/**
 * Windowing for long quote lists: only the rows near the viewport exist in the DOM. Heights
 * start as an estimate and are corrected as rows are measured.
 */
export function useVirtualRows(
  count: number,
  estimate: number,
  scroller: RefObject<HTMLElement | null>,
  enabled: boolean,
): VirtualRows {
  const heights = useRef<Float64Array>(new Float64Array(0));
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  if (heights.current.length !== count) {
    const next = new Float64Array(count).fill(estimate);
    next.set(heights.current.subarray(0, Math.min(count, heights.current.length)));
    heights.current = next;
  }

  // version invalidates the offsets when a measured height changes.
  const offsets = useMemo(() => {
    void version;
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) out[i + 1] = (out[i] ?? 0) + (heights.current[i] ?? estimate);
    return out;
  }, [count, estimate, version]);

  useEffect(
    function followScroll() {
      const el = scroller.current;
      if (!el || !enabled) return;
      const update = () => setViewport({ top: el.scrollTop, height: el.clientHeight || 800 });
      update();
      el.addEventListener('scroll', update, { passive: true });
      const observer = new ResizeObserver(update);
      observer.observe(el);
      return () => {
        el.removeEventListener('scroll', update);
        observer.disconnect();
      };
    },
    [scroller, enabled],
  );

  const find = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const start = enabled ? find(Math.max(0, viewport.top - OVERSCAN_PX)) : 0;
  const end = enabled
    ? Math.min(count, find(viewport.top + viewport.height + OVERSCAN_PX) + 1)
    : count;

  const pending = useRef(false);
  const measure = useCallback((index: number, element: HTMLElement | null) => {
    if (!element) return;
    const h = element.offsetHeight;
    if (h > 0 && Math.abs((heights.current[index] ?? 0) - h) > 0.5) {
      heights.current[index] = h;
      if (!pending.current) {
        pending.current = true;
        requestAnimationFrame(() => {
          pending.current = false;
          setVersion((v) => v + 1);
        });
      }
    }
  }, []);

  const scrollToIndex = useCallback(
    (index: number, behavior: ScrollBehavior) => {
      const el = scroller.current;
      if (!el) return;
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      if (top >= el.scrollTop && bottom <= el.scrollTop + el.clientHeight) return;
      el.scrollTo({ top: Math.max(0, top - 16), behavior });
    },
    [offsets, scroller],
  );

  return {
    start,
    end,
    offsetOf: (i) => offsets[i] ?? 0,
    totalHeight: offsets[count] ?? 0,
    measure,
    scrollToIndex,
  };
}
