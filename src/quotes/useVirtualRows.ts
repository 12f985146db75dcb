import { bisectRight } from 'd3-array';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** Further than this many scroller heights away, a row is jumped to rather than glided to. */
const FAR_SCREENS = 3;
/** Rows rendered above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN_PX = 600;

export interface VirtualRows {
  /** Index range to render, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Top offset of each row, in px. */
  offsetOf(index: number): number;
  readonly totalHeight: number;
  /**
   * The ref for row `index` (the same function for the same index): the row's real height,
   * reported by a ResizeObserver after layout, replaces the estimate.
   */
  rowRef(index: number): (element: HTMLElement | null) => () => void;
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
      const update = () => {
        const top = el.scrollTop;
        const height = el.clientHeight || 800;
        setViewport((prev) =>
          prev.top === top && prev.height === height ? prev : { top, height },
        );
      };
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

  // The first row whose bottom (the next row's offset) is below `y`.
  const find = (y: number) => bisectRight(offsets, y, 1, count + 1) - 1;

  const start = enabled ? find(Math.max(0, viewport.top - OVERSCAN_PX)) : 0;
  const end = enabled
    ? Math.min(count, find(viewport.top + viewport.height + OVERSCAN_PX) + 1)
    : count;

  // Row heights come from a ResizeObserver, which reports after layout: reading offsetHeight
  // while React is still changing the list would force a layout for every row.
  const [rows] = useState(() => {
    const indexOf = new Map<Element, number>();
    const refs = new Map<number, (element: HTMLElement | null) => () => void>();
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const index = indexOf.get(entry.target);
              const h = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
              if (index === undefined || !(h > 0)) continue;
              if (Math.abs((heights.current[index] ?? 0) - h) > 0.5) {
                heights.current[index] = h;
                changed = true;
              }
            }
            if (changed) setVersion((v) => v + 1);
          });
    const rowRef = (index: number) => {
      let ref = refs.get(index);
      if (!ref) {
        ref = (element: HTMLElement | null) => {
          if (!element || !observer) return () => {};
          indexOf.set(element, index);
          observer.observe(element);
          return () => {
            observer.unobserve(element);
            indexOf.delete(element);
          };
        };
        refs.set(index, ref);
      }
      return ref;
    };
    return { rowRef, disconnect: () => observer?.disconnect() };
  });
  useEffect(() => rows.disconnect, [rows]);

  const scrollToIndex = useCallback(
    (index: number, behavior: ScrollBehavior) => {
      const el = scroller.current;
      if (!el) return;
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      if (top >= el.scrollTop && bottom <= el.scrollTop + el.clientHeight) return;
      // Gliding past thousands of rows shows nothing but blur and redraws every frame: far
      // jumps are instant.
      const far = Math.abs(top - el.scrollTop) > FAR_SCREENS * (el.clientHeight || 800);
      el.scrollTo({ top: Math.max(0, top - 16), behavior: far ? 'auto' : behavior });
    },
    [offsets, scroller],
  );

  return {
    start,
    end,
    offsetOf: (i) => offsets[i] ?? 0,
    totalHeight: offsets[count] ?? 0,
    rowRef: rows.rowRef,
    scrollToIndex,
  };
}
