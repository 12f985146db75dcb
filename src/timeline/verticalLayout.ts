import { bisector } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { StoryEvent } from '../story/types';
import { formatClock, hourBounds } from '../time/zone';
import { firstFreeLane } from './lanes';
import type { TextMeasure } from './textWidth';

/** One hour line of the vertical day, read in both zones. */
export interface VerticalTick {
  readonly y: number;
  readonly primary: string;
  readonly secondary: string | null;
}

/** An event on a time axis that runs down the page (the vertical day, the printed timeline). */
export interface AxisSpan {
  /** Start and end on the axis; equal for an instant. */
  readonly y1: number;
  readonly y2: number;
  /** Spans stand side by side in lanes left of the axis (0 = nearest the axis). */
  readonly lane: number;
}

/** One event of the vertical day: where its time is on the axis, and where its row is. */
export interface VerticalRow extends AxisSpan {
  readonly event: StoryEvent;
  /** The row that names the event: pushed down below the row before it, never overlapping. */
  readonly top: number;
  readonly height: number;
}

/** The vertical day's geometry, in CSS pixels. */
export interface VerticalDayLayout {
  readonly ticks: readonly VerticalTick[];
  readonly rows: readonly VerticalRow[];
  readonly height: number;
  /** Left edges: the tick columns, the span lanes, the axis, the rows. */
  readonly secondColumnX: number;
  readonly axisX: number;
  readonly laneWidth: number;
  readonly rowX: number;
  /**
   * Where a time is on the stretched axis (the playhead's place); before the first hour and
   * after the last it goes on at their pace.
   */
  readonly timeY: (ms: number) => number;
}

/** What the vertical layout needs to know of the box and the type. */
export interface VerticalDayInput {
  readonly events: readonly StoryEvent[];
  readonly zones: { primary: string; secondary: string | null };
  readonly width: number;
  readonly em: number;
  /** Width of a row's title in the rows' font. */
  readonly measure: TextMeasure;
  /** Each event's title as shown (with `≈`). */
  readonly title: (event: StoryEvent) => string;
}

const HOUR = 3_600_000;
const afterLastAtOrBefore = bisector((step: { readonly ms: number }) => step.ms).right;
/** WCAG 2.2 target size: every row is at least this tall. */
export const MIN_ROW_PX = 28;
/** An hour's height where the rows do not crowd, in em. */
const HOUR_EM = 2.6;
/** Space between two rows. */
const ROW_GAP = 3;

/**
 * The day down the screen, as the printed handout draws it: hours down the left in both zones,
 * spans as bars in lanes beside the axis, instants as dots on it, and one row per event right of
 * it, each as tall as its title needs (at least a 28 px target) and below the row before, so
 * every event is named and none overlaps. Placing the rows is linear after sorting; the ticks
 * look up the drift of the events before them (hours × events, both small).
 */
export function layoutVerticalDay(input: VerticalDayInput): VerticalDayLayout {
  const { events, zones, width, em, measure, title } = input;
  const column = 2.9 * em;
  const secondColumnX = column;
  const lanesX = zones.secondary ? 2 * column : column;
  const laneWidth = 0.7 * em;
  const sorted = [...events].sort((a, b) => a.order - b.order);
  const top = 1.4 * em;
  const first = sorted[0];
  if (!first) {
    return {
      ticks: [],
      rows: [],
      height: top,
      secondColumnX,
      axisX: lanesX,
      laneWidth,
      rowX: lanesX,
      timeY: () => top,
    };
  }
  const lo = Math.min(...sorted.map((e) => e.startMs));
  const hi = Math.max(...sorted.map((e) => e.endMs));
  const [start, end] = hourBounds(lo, hi, zones.primary);
  const base = scaleLinear()
    .domain([start, end])
    .range([top, top + ((end - start) / HOUR) * HOUR_EM * em]);

  // Lanes for the spans are counted first: they decide where the axis and the rows begin.
  const laneEnds: number[] = [];
  const lanes = sorted.map((e) =>
    e.endMs > e.startMs ? firstFreeLane(laneEnds, e.startMs, e.endMs) : 0,
  );
  const axisX = lanesX + Math.max(1, laneEnds.length) * laneWidth + 0.5 * em;
  const rowX = axisX + 1.1 * em;
  // Rounded down to 2 em, so the first frame (from the window's width) and the measured one
  // wrap the titles alike and the day does not change height once measured.
  const textWidth = Math.max(4 * em, Math.floor((width - rowX - 1 * em) / (2 * em)) * 2 * em);
  const lineHeight = 1.3 * 0.875 * em;

  // Rows go down in time order, each below the one before. Where they crowd, time is stretched:
  // every later time moves down by as much (a drift that only grows), so the axis stays in order
  // and each dot sits level with its row.
  let below = Number.NEGATIVE_INFINITY;
  let drift = 0;
  const drifts: { ms: number; drift: number }[] = [];
  const anchors = sorted.map((event) => {
    // A little wider than measured, so a title the browser wraps differently still fits its lines.
    const lines = Math.max(1, Math.ceil((measure(title(event)) * 1.08) / textWidth));
    const height = Math.max(MIN_ROW_PX, lines * lineHeight + 0.5 * em);
    const mid = Math.max(base(event.startMs) + drift, below + ROW_GAP + height / 2);
    drift = mid - base(event.startMs);
    drifts.push({ ms: event.startMs, drift });
    below = mid + height / 2;
    return { mid, height };
  });
  /**
   * The stretched axis: a time's place, with the drift of the last event at or before it (the
   * events are in time order; a binary search, as the playhead asks every frame).
   */
  const y = (ms: number) => {
    const i = afterLastAtOrBefore(drifts, ms);
    return base(ms) + (i > 0 ? drifts[i - 1]!.drift : 0);
  };
  const rows = sorted.map((event, i): VerticalRow => {
    const { mid, height } = anchors[i]!;
    const y2 = event.endMs > event.startMs ? Math.max(mid, y(event.endMs)) : mid;
    return { event, y1: mid, y2, lane: lanes[i]!, top: mid - height / 2, height };
  });

  const ticks: VerticalTick[] = [];
  for (let t = start; t <= end; t += HOUR) {
    ticks.push({
      y: y(t),
      primary: formatClock(t, zones.primary),
      secondary: zones.secondary ? formatClock(t, zones.secondary) : null,
    });
  }
  const height = Math.max(y(end), below) + 0.6 * em;
  return {
    ticks,
    rows,
    height,
    secondColumnX,
    axisX,
    laneWidth,
    rowX,
    timeY: y,
  };
}
