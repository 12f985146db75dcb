import { bisector } from 'd3-array';
import type { Story, StoryEvent } from '../story/types';

const MINUTE = 60_000;
/** At most this many events are kept aside as "long" and scanned on every window query. */
const LONG_EVENTS = 64;

/**
 * Where each event of a story goes on the timeline, computed once per story so that each render
 * finds the visible events by binary search instead of scanning all of them.
 */
export interface TimelineIndex {
  /** Context events that start before the day's window: the "Before" gutter, in time order. */
  readonly before: readonly StoryEvent[];
  /** Context events that start after the day's window: the "After" gutter, in time order. */
  readonly after: readonly StoryEvent[];
  /** Events drawn on the plot, in time order (a contiguous run of `story.events`). */
  readonly plot: readonly StoryEvent[];
  /** Plot events whose reach is at most `shortReachMs`, in time order. */
  readonly short: readonly StoryEvent[];
  /** The few plot events that reach further (long spans, wide whiskers), in time order. */
  readonly long: readonly StoryEvent[];
  /** The longest reach among `short`. */
  readonly shortReachMs: number;
}

/** Time covered by an event's mark, whiskers included: `[start − approx, end + approx]`. */
export function eventReach(event: StoryEvent): readonly [number, number] {
  const approx = (event.approx ?? 0) * MINUTE;
  return [event.startMs - approx, event.endMs + approx];
}

/** The gutter a context event outside the day's window goes to; `null` for plot events. */
export function gutterOf(
  event: StoryEvent,
  day: readonly [number, number],
): 'before' | 'after' | null {
  if (!event.context) return null;
  if (event.startMs < day[0]) return 'before';
  if (event.startMs > day[1]) return 'after';
  return null;
}

export function buildTimelineIndex(story: Pick<Story, 'events' | 'dayExtent'>): TimelineIndex {
  const { events, dayExtent } = story;
  // Only context events start outside the day's window, so each gutter is a run at one end.
  let lo = 0;
  while (lo < events.length && gutterOf(events[lo]!, dayExtent) === 'before') lo++;
  let hi = events.length;
  while (hi > lo && gutterOf(events[hi - 1]!, dayExtent) === 'after') hi--;
  const plot = events.slice(lo, hi);

  const width = (e: StoryEvent) => {
    const [a, b] = eventReach(e);
    return b - a;
  };
  const widths = plot.map(width).sort((a, b) => b - a);
  const threshold = widths.length > LONG_EVENTS ? widths[LONG_EVENTS]! : -1;
  const short: StoryEvent[] = [];
  const long: StoryEvent[] = [];
  let shortReachMs = 0;
  for (const e of plot) {
    const w = width(e);
    if (w > threshold) long.push(e);
    else {
      short.push(e);
      shortReachMs = Math.max(shortReachMs, w);
    }
  }
  return {
    before: events.slice(0, lo),
    after: events.slice(hi),
    plot,
    short,
    long,
    shortReachMs,
  };
}

/** Index of the first event in `events` (sorted by start) whose start is at least `ms`. */
export function firstStartingAt(events: readonly StoryEvent[], ms: number): number {
  return byStart.left(events, ms);
}

const byStart = bisector((event: StoryEvent) => event.startMs);

/**
 * Plot events whose marks reach into `[t0, t1]`, in time order. Costs O(log n) to find the short
 * events (none reaches further than `shortReachMs`) plus a scan of the few long ones.
 */
export function eventsInWindow(index: TimelineIndex, t0: number, t1: number): StoryEvent[] {
  const hits: StoryEvent[] = [];
  const touches = (e: StoryEvent) => {
    const [a, b] = eventReach(e);
    return b >= t0 && a <= t1;
  };
  const { short, long, shortReachMs } = index;
  for (let i = firstStartingAt(short, t0 - shortReachMs); i < short.length; i++) {
    const e = short[i]!;
    if (e.startMs > t1 + shortReachMs) break;
    if (touches(e)) hits.push(e);
  }
  const longHits = long.filter(touches);
  if (longHits.length === 0) return hits;
  return mergeByOrder(hits, longHits);
}

function mergeByOrder(a: readonly StoryEvent[], b: readonly StoryEvent[]): StoryEvent[] {
  const out: StoryEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.order < b[j]!.order)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
