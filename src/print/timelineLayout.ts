import { scaleLinear } from 'd3-scale';
import { isTimeUnknown } from '../story/build';
import { formatEventTime, isApprox } from '../story/eventTime';
import type { StoryEvent } from '../story/types';
import { formatClock, hourBounds } from '../time/zone';
import { firstFreeLane } from '../timeline/lanes';
import type { AxisSpan } from '../timeline/verticalLayout';

/** One hour line of the printed timeline. */
export interface PrintTick {
  readonly y: number;
  readonly label: string;
}

/** One event of the printed timeline, with its label moved clear of the others. */
export interface PrintItem extends AxisSpan {
  readonly id: string;
  /** Where the label sits: at `y1`, or pushed down under the label before it. */
  readonly labelY: number;
  readonly time: string;
  readonly title: string;
  readonly approx: boolean;
}

/** The printed timeline's geometry, in SVG user units. */
export interface PrintTimeline {
  readonly ticks: readonly PrintTick[];
  readonly items: readonly PrintItem[];
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
}

/** Options of `layoutPrintTimeline`. */
export interface PrintTimelineOptions {
  /** Height of the time axis; the drawing grows when labels need more. Default 440. */
  readonly axisHeight?: number;
  /** Vertical room of one label line. Default 15. */
  readonly lineHeight?: number;
  /** The story's day (`2025-08-15`), so times on it carry no date. */
  readonly storyDay?: string;
}

const HOUR = 3_600_000;
const TOP = 14;

/**
 * Lays out the day's events down a vertical time axis (time flows down the page, as people read
 * a programme). Labels that would overlap are pushed down in time order, so nothing is hidden.
 */
export function layoutPrintTimeline(
  events: readonly StoryEvent[],
  zone: string,
  { axisHeight = 440, lineHeight = 15, storyDay }: PrintTimelineOptions = {},
): PrintTimeline {
  const sorted = [...events].sort((a, b) => a.order - b.order);
  const first = sorted[0];
  if (!first) return { ticks: [], items: [], height: TOP * 2, top: TOP, bottom: TOP };
  const lo = Math.min(...sorted.map((e) => e.startMs));
  const hi = Math.max(...sorted.map((e) => e.endMs));
  const [start, end] = hourBounds(lo, hi, zone);
  const y = scaleLinear()
    .domain([start, end])
    .range([TOP, TOP + axisHeight]);

  const hours = (end - start) / HOUR;
  const every = hours > 16 ? 3 : hours > 10 ? 2 : 1;
  const ticks: PrintTick[] = [];
  for (let t = start, i = 0; t <= end; t += HOUR, i += 1) {
    if (i % every === 0) ticks.push({ y: y(t), label: formatClock(t, zone) });
  }

  const laneEnds: number[] = [];
  let previousLabel = Number.NEGATIVE_INFINITY;
  const items = sorted.map((event): PrintItem => {
    const y1 = y(event.startMs);
    const y2 = y(event.endMs);
    // Spans in one lane keep 2 units apart.
    const lane = y2 > y1 ? firstFreeLane(laneEnds, y1, y2 + 2) : 0;
    const labelY = Math.max(y1, previousLabel + lineHeight);
    previousLabel = labelY;
    return {
      id: event.id,
      y1,
      y2,
      lane,
      labelY,
      // On the printed axis the dot's height already tells the order; a line this narrow has no
      // room for "after …; before …", and the placeholder time must never be printed.
      time: isTimeUnknown(event) ? 'time unknown' : formatEventTime(event, zone, storyDay),
      title: event.title,
      approx: isApprox(event),
    };
  });
  const bottom = TOP + axisHeight;
  return { ticks, items, top: TOP, bottom, height: Math.max(bottom, previousLabel) + TOP };
}
