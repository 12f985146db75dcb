import {
  measureElement as measureRowElement,
  observeElementRect,
  useVirtualizer,
  type VirtualItem,
} from '@tanstack/react-virtual';
import { type RefObject, useCallback } from 'react';

/** Further than this many scroller heights away, a row is jumped to rather than glided to. */
const FAR_SCREENS = 3;
/** Rendered above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN_PX = 600;
/** The height taken for a scroller that reports none (not laid out yet, or no layout at all). */
const UNLAID_HEIGHT_PX = 800;

export interface VirtualRows {
  /** The rows to render, with their index and top offset (`start`, px). */
  readonly rows: readonly VirtualItem[];
  readonly totalHeight: number;
  /**
   * The ref for a rendered row, which must carry `data-index`: its real height, reported by a
   * ResizeObserver after layout, replaces the estimate.
   */
  readonly measureRow: (element: HTMLElement | null) => void;
  /** Scrolls the container so that the row is at its top (nothing when it already is). */
  scrollToIndex(index: number, behavior: ScrollBehavior): void;
}

/**
 * Windowing for long quote lists (TanStack Virtual): only the rows near the viewport exist in the
 * DOM. Heights start as an estimate and are corrected as rows are measured.
 */
export function useVirtualRows(
  count: number,
  estimate: number,
  scroller: RefObject<HTMLElement | null>,
): VirtualRows {
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: Math.ceil(OVERSCAN_PX / estimate),
    // Until the scroller has been measured, or where it reports no height, assume a screenful.
    initialRect: { width: 0, height: UNLAID_HEIGHT_PX },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { ...rect, height: UNLAID_HEIGHT_PX }),
      ),
    // A row that is not laid out measures 0: it keeps its estimate rather than collapsing.
    measureElement: (element, entry, instance) => {
      const height = measureRowElement(element, entry, instance);
      return height > 0 ? height : estimate;
    },
    // Scrolling re-renders in React's own time rather than forcing a synchronous render.
    useFlushSync: false,
  });

  const scrollToIndex = useCallback(
    (index: number, behavior: ScrollBehavior) => {
      const el = scroller.current;
      const [top] = virtualizer.getOffsetForIndex(index, 'start') ?? [];
      // At the top already (or the list ends before it can be).
      if (!el || top === undefined || Math.abs(top - el.scrollTop) < 1) return;
      // Gliding past thousands of rows shows nothing but blur and redraws every frame: far
      // jumps are instant.
      const far =
        Math.abs(top - el.scrollTop) > FAR_SCREENS * (el.clientHeight || UNLAID_HEIGHT_PX);
      virtualizer.scrollToIndex(index, { align: 'start', behavior: far ? 'auto' : behavior });
    },
    [virtualizer, scroller],
  );

  return {
    rows: virtualizer.getVirtualItems(),
    totalHeight: virtualizer.getTotalSize(),
    measureRow: virtualizer.measureElement,
    scrollToIndex,
  };
}
