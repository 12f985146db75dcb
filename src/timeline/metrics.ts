import { type TextMeasure, textMeasurer } from './textWidth';

/**
 * Sizes of the plot in pixels, derived from the font size (`em`) so that the timeline scales with
 * the shell's type (larger in presentation mode) and from the height the panel gives it.
 */
export interface TimelineMetrics {
  readonly em: number;
  /** Radius of an instant's dot. */
  readonly markRadius: number;
  /** Height of a span's bar. */
  readonly barHeight: number;
  /** Font size of mark labels. */
  readonly labelFont: number;
  /** Space between a mark and its label. */
  readonly labelGap: number;
  /** Least space between two items in a lane. */
  readonly itemGap: number;
  /** Half-width of the whisker of a time known only by its order. */
  readonly nominalWhisker: number;
  /** Width of the time bins that overflowing events are counted in. */
  readonly clusterBin: number;
  /** Width of the column on the left that names each axis row's zone. */
  readonly rowLabelWidth: number;
  /** Space kept free right of the plot. */
  readonly padRight: number;
  /** Centre of the top lane and distance between lanes. */
  readonly firstLaneY: number;
  readonly laneHeight: number;
  /** How many lanes fit; more events than fit are counted in badges. */
  readonly maxLanes: number;
  /** Centre of the row of cluster badges. */
  readonly clusterY: number;
  /** The main axis line, and the second zone's row line (`null` without a second row). */
  readonly axisY: number;
  readonly secondAxisY: number | null;
  /** Font size of tick labels. */
  readonly tickFont: number;
  /** Total height of the drawing. */
  readonly height: number;
  /** Width of a label as drawn, and as drawn in bold (the selected and related events' labels). */
  readonly measureLabel: TextMeasure;
  readonly measureStrongLabel: TextMeasure;
}

/** The labels' font when the page's cannot be read (before it is measured, in jsdom). */
export const DEFAULT_FONT_FAMILY = 'system-ui, sans-serif';

/** The upper bound on lanes: beyond it, crowded marks read better as counts. */
export const MAX_LANES = 6;

/** `fontFamily` is the labels' computed family: their widths are measured in it. */
export function timelineMetrics(
  em: number,
  height: number,
  secondRow: boolean,
  fontFamily: string = DEFAULT_FONT_FAMILY,
): TimelineMetrics {
  const labelFont = 0.75 * em;
  // Tight enough for six lanes in the page's panel: a 0.75 em label still has air above and below.
  const laneHeight = 1.15 * em;
  const secondAxisY = secondRow ? height - 1.35 * em : null;
  const axisY = (secondAxisY ?? height) - 1.5 * em;
  const clusterY = axisY - 0.8 * em;
  const lanesTop = 0.35 * em;
  const lanesBottom = clusterY - 0.6 * em;
  const maxLanes = Math.max(
    1,
    Math.min(MAX_LANES, Math.floor((lanesBottom - lanesTop) / laneHeight)),
  );
  return {
    em,
    markRadius: 0.38 * em,
    barHeight: 0.75 * em,
    labelFont,
    labelGap: 0.3 * em,
    itemGap: 0.35 * em,
    nominalWhisker: 0.9 * em,
    clusterBin: 4 * em,
    rowLabelWidth: 3.6 * em,
    padRight: 0.75 * em,
    firstLaneY: lanesTop + laneHeight / 2,
    laneHeight,
    maxLanes,
    clusterY,
    axisY,
    secondAxisY,
    tickFont: 0.72 * em,
    height,
    measureLabel: textMeasurer(`${labelFont}px ${fontFamily}`, labelFont),
    measureStrongLabel: textMeasurer(`700 ${labelFont}px ${fontFamily}`, labelFont),
  };
}
