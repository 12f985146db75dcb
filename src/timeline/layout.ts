import { bisector } from 'd3-array';
import type { StoryEvent } from '../story/types';
import { type Cluster, clusterByTime } from './clusters';
import { type LaneMark, labelLanes } from './labelLanes';
import { markLabel, placeLabel } from './labels';
import { type Extent, type LaneItem, type LanePacking, packLanes } from './lanes';
import { type MarkGeometry, markExtent, markGeometry } from './marks';
import type { TimelineMetrics } from './metrics';

/** One event drawn as a mark, with where its label goes. */
export interface PlacedMark extends LaneMark {
  /** Centre of its lane. */
  readonly y: number;
  /** The label beside (or on) the mark, whole or cut after a word; `null` when there was no room. */
  readonly label: string | null;
  /** Where the label is anchored, and on which end of the text. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  /** The label sits on a span's bar, which is wide enough to hold it. */
  readonly labelInside: boolean;
  /** Pixels covered by the mark and its drawn label: the area that answers the pointer. */
  readonly extent: Extent;
  /** The label is drawn strong and above the others: the selected or a related event. */
  readonly raised: boolean;
}

/** A badge counting the events of a cluster, centred at `x` in the badge row. */
export interface PlacedCluster extends Cluster {
  readonly x: number;
}

/** Everything the plot draws for one view of the timeline. */
export interface TimelineLayout {
  /** Marks in time order. */
  readonly marks: readonly PlacedMark[];
  readonly clusters: readonly PlacedCluster[];
}

/** What to lay out, and where. */
export interface LayoutInput {
  /** The plot events in the visible window, in time order. */
  readonly events: readonly StoryEvent[];
  /** Events that must be drawn as marks even when crowded or outside the window (selected, focused). */
  readonly pinned: readonly StoryEvent[];
  /** Time (ms) to pixels. */
  readonly x: (ms: number) => number;
  /** Milliseconds per pixel at the current zoom. */
  readonly msPerPx: number;
  /** The plot's pixel range. */
  readonly plot: Extent;
  readonly metrics: TimelineMetrics;
  /** Events whose labels go first and whole: the selected one, then the related ones. */
  readonly priority?: readonly string[];
}

const NICE_STEPS = [1, 2, 5, 10, 15, 30]
  .map((s) => s * 1000)
  .concat([1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * 60_000));

/** The smallest round duration (1 s, 5 min, 1 h…) at least `ms` long, so bins fall on round times. */
export function niceDuration(ms: number): number {
  for (const step of NICE_STEPS) if (step >= ms) return step;
  const day = 86_400_000;
  return Math.ceil(ms / day) * day;
}

/** Index of the event with this `order` in `events` (sorted by order), or where it would go. */
function indexByOrder(events: readonly StoryEvent[], order: number): number {
  return byOrder.left(events, order);
}

const byOrder = bisector((event: StoryEvent) => event.order);

/**
 * Packs the items into lanes. Pinned items are packed like the others, and are placed ahead of
 * them only when they would otherwise go uncounted into a badge, so that selecting or focusing
 * an event does not reshuffle the lanes.
 */
function packWithPins(items: readonly LaneItem[], m: TimelineMetrics): LanePacking {
  const unpinned = items.map((item) => (item.pinned ? { ...item, pinned: false } : item));
  const packing = packLanes(unpinned, m.maxLanes, m.itemGap);
  const left = new Set(packing.overflow);
  if (!items.some((item, i) => item.pinned && left.has(i))) return packing;
  const pinned = items.map((item, i) =>
    item.pinned && !left.has(i) ? { ...item, pinned: false } : item,
  );
  return packLanes(pinned, m.maxLanes, m.itemGap);
}

/**
 * The marks with their labels placed again for a new `priority` (a new selection), keeping every
 * mark in its lane: O(drawn marks), so selecting does not lay out the whole window again.
 */
export function relabel(
  marks: readonly PlacedMark[],
  priority: readonly string[],
  plot: Extent,
  m: TimelineMetrics,
): PlacedMark[] {
  const places = labelLanes(marks, priority, plot, m);
  const raised = new Set(priority);
  return marks.map((mark, i) => {
    const place = places[i];
    const extent: Extent = place
      ? [Math.min(mark.bare[0], place.extent[0]), Math.max(mark.bare[1], place.extent[1])]
      : mark.bare;
    return {
      ...mark,
      label: place?.text ?? null,
      labelX: place?.x ?? 0,
      labelAnchor: place?.anchor ?? 'start',
      labelInside: place?.inside ?? false,
      extent,
      raised: raised.has(mark.event.id),
    };
  });
}

/**
 * Lays out the visible events: marks packed into lanes, labels placed in the room their lanes
 * leave, and the marks with no room counted in badges by time bin. Work is O(n log n) in the
 * number of visible events; far too dense views place no labels but the pinned ones.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { events, pinned, x, msPerPx, plot, metrics: m } = input;
  const pinnedIds = new Set(pinned.map((e) => e.id));
  const candidates = [...events];
  for (const e of pinned) if (events[indexByOrder(events, e.order)] !== e) candidates.push(e);
  // Far more events than pixels: no label could get room, so none is placed (pinned ones aside).
  const dense = events.length > (plot[1] - plot[0]) / 2;

  const geometries: MarkGeometry[] = [];
  const bares: Extent[] = [];
  const titles: (string | null)[] = [];
  const items: LaneItem[] = candidates.map((event) => {
    const geometry = markGeometry(event, x, m.nominalWhisker);
    const bare = markExtent(geometry, m.markRadius);
    const pinned = pinnedIds.has(event.id);
    const title = dense && !pinned ? null : markLabel(event);
    geometries.push(geometry);
    bares.push(bare);
    titles.push(title);
    const wish = title ? placeLabel(geometry, bare, title, plot, m) : null;
    return { key: event.id, labelled: wish?.labelled ?? null, least: wish?.least, bare, pinned };
  });

  const { placed, overflow } = packWithPins(items, m);
  const laneMarks: PlacedMark[] = placed.map(({ index, lane }) => ({
    event: candidates[index]!,
    geometry: geometries[index]!,
    lane,
    bare: bares[index]!,
    title: titles[index]!,
    y: m.firstLaneY + lane * m.laneHeight,
    label: null,
    labelX: 0,
    labelAnchor: 'start',
    labelInside: false,
    extent: bares[index]!,
    raised: false,
  }));
  laneMarks.sort((a, b) => a.event.order - b.event.order);
  const marks = relabel(laneMarks, input.priority ?? [], plot, m);

  const binMs = niceDuration(m.clusterBin * msPerPx);
  const half = m.clusterBin / 2;
  const clusters = clusterByTime(
    overflow.map((i) => candidates[i]!),
    binMs,
  ).map((c) => ({
    ...c,
    x: Math.min(plot[1] - half, Math.max(plot[0] + half, x((c.binStartMs + c.binEndMs) / 2))),
  }));
  return { marks, clusters };
}
