import { type RefObject, useMemo, useState } from 'react';
import type { Extent } from './lanes';
import { DEFAULT_FONT_FAMILY, type TimelineMetrics, timelineMetrics } from './metrics';
import { useElementSize } from './useElementSize';

/** Where layout gives no size (jsdom), the plot and the view are taken to be this big. */
const FALLBACK_PLOT = { width: 800, height: 184 };
/**
 * Until it is measured, the view is taken to be as wide as the window: the first frame then
 * already folds the legend and moves the gutters as the measured view will (no layout shift).
 */
const fallbackRoot = () => ({
  width: (typeof window !== 'undefined' && window.innerWidth) || 1000,
  height: 248,
});
/** Below this width (in em) the gutters become a row above the plot. */
const NARROW_EM = 46;
/** Below this width (in em, 640 px at 16 px) the day runs down the screen. */
const VERTICAL_EM = 40;
/** Below this width (in em) the legend no longer fits on one line beside the zoom buttons, and folds. */
const FOLD_LEGEND_EM = 58;

/** The measured frame the drawing fills. */
export interface TimelineFrame {
  /** The drawing's width in pixels. */
  readonly width: number;
  readonly metrics: TimelineMetrics;
  /** The plot's pixel range, right of the axis rows' zone labels. */
  readonly plot: Extent;
  /** The view is too narrow for gutters beside the plot. */
  readonly narrow: boolean;
  /** The view is too narrow for the legend on one line. */
  readonly foldLegend: boolean;
  /** The view is phone-narrow: the day runs down the screen instead of across. */
  readonly vertical: boolean;
  /** The whole view's width (the window's until measured). */
  readonly rootWidth: number;
  /** The view's computed font family, once laid out: labels are measured in it. */
  readonly fontFamily: string;
  /**
   * The plot has been measured. Until then the view draws only its frame: the first measure then
   * forces the layout of a small page, and the marks are drawn at their real size at once.
   */
  readonly measured: boolean;
}

/** Follows the sizes of the view and its plot, and derives the drawing's measures from them. */
export function useTimelineFrame(
  rootRef: RefObject<HTMLElement | null>,
  plotRef: RefObject<HTMLElement | null>,
  secondRow: boolean,
): TimelineFrame {
  const size = useElementSize(plotRef, FALLBACK_PLOT);
  const [rootFallback] = useState(fallbackRoot);
  const root = useElementSize(rootRef, rootFallback);
  // The labels are measured in the view's own font, read with its size once it is laid out (read
  // while rendering, it forced a style recalculation of the new page).
  const fontFamily = (root.measured && root.fontFamily) || DEFAULT_FONT_FAMILY;
  const metrics = useMemo(
    () => timelineMetrics(size.em, size.height, secondRow, fontFamily),
    [size.em, size.height, secondRow, fontFamily],
  );
  const plot = useMemo<Extent>(() => {
    const left = metrics.rowLabelWidth;
    return [left, Math.max(left + metrics.em, size.width - metrics.padRight)];
  }, [metrics, size.width]);
  return {
    width: size.width,
    metrics,
    plot,
    narrow: root.width < NARROW_EM * root.em,
    foldLegend: root.width < FOLD_LEGEND_EM * root.em,
    vertical: root.width < VERTICAL_EM * root.em,
    rootWidth: root.width,
    fontFamily,
    measured: size.measured && root.measured,
  };
}
