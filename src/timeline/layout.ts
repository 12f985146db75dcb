import type { StoryEvent } from '../story/model';
import { type Cluster, clusterByTime } from './clusters';
import { type LabelPlace, markLabel, placeLabel } from './labels';
import { type Extent, type LaneItem, type LanePacking, packLanes } from './lanes';
import { type MarkGeometry, markExtent, markGeometry } from './marks';
import type { TimelineMetrics } from './metrics';

/** One event drawn as a mark, with where its label goes. */
export interface PlacedMark {
  readonly event: StoryEvent;
  readonly geometry: MarkGeometry;
  /** Centre of its lane. */
  readonly y: number;
  /** The label beside (or on) the mark, or `null` when there was no room for it. */
  readonly label: string | null;
  /** Where the label is anchored, and on which end of the text. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  /** The label sits on a span's bar, which is wide enough to hold it. */
  readonly labelInside: boolean;
  /** Pixels covered by the mark and its drawn label: the area that answers the pointer. */
  readonly extent: Extent;
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

/** How many of `starts` (ascending), from index `from`, are at most `limit`. */
function countStarting(starts: readonly number[], from: number, limit: number): number {
  let lo = from;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - from;
}

/** Index of the event with this `order` in `events` (sorted by order), or where it would go. */
function indexByOrder(events: readonly StoryEvent[], order: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Packs the items into lanes. Labels every mark that has room; if that leaves marks without a
 * lane, labels give way wherever more marks start under them than there are lanes (views far too
 * dense skip the first try). Pinned items are packed like the others, and are placed ahead of
 * them only when they would otherwise go uncounted into a badge, so that selecting or focusing
 * an event does not reshuffle the lanes.
 */
function packWithPins(
  items: readonly LaneItem[],
  crowded: ReadonlySet<string>,
  m: TimelineMetrics,
  marksPerPx: number,
): LanePacking {
  const modest = (item: LaneItem): LaneItem =>
    crowded.has(item.key) && !item.pinned ? { ...item, labelled: null } : item;
  const unpinned = items.map((item) => (item.pinned ? { ...item, pinned: false } : item));
  let packing =
    marksPerPx <= m.maxLanes / (4 * m.em) ? packLanes(unpinned, m.maxLanes, m.itemGap) : null;
  if (!packing || (packing.overflow.length > 0 && crowded.size > 0)) {
    packing = packLanes(unpinned.map(modest), m.maxLanes, m.itemGap);
  }
  const left = new Set(packing.overflow);
  if (!items.some((item, i) => item.pinned && left.has(i))) return packing;
  const pinned = items.map((item, i) =>
    item.pinned && !left.has(i) ? { ...item, pinned: false } : item,
  );
  return packLanes(pinned.map(modest), m.maxLanes, m.itemGap);
}

/**
 * Lays out the visible events: marks packed into lanes with labels where there is room, and the
 * rest counted in badges by time bin. Work is linear in the number of visible events.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { events, pinned, x, msPerPx, plot, metrics: m } = input;
  const pinnedIds = new Set(pinned.map((e) => e.id));
  const candidates = [...events];
  for (const e of pinned) if (events[indexByOrder(events, e.order)] !== e) candidates.push(e);
  // Far more events than pixels: no label could get room, so none is placed (pinned ones aside).
  const dense = events.length > (plot[1] - plot[0]) / 2;

  const starts = events.map((e) => x(e.startMs));
  const crowded = new Set<string>();
  const geometries: MarkGeometry[] = [];
  const labels: (LabelPlace | null)[] = [];
  const items: LaneItem[] = candidates.map((event, i) => {
    const geometry = markGeometry(event, x, m.nominalWhisker);
    const bare = markExtent(geometry, m.markRadius);
    const pinned = pinnedIds.has(event.id);
    const label = dense && !pinned ? null : placeLabel(geometry, bare, markLabel(event), plot, m);
    geometries.push(geometry);
    labels.push(label);
    const reach = label?.labelled?.[1] ?? bare[1];
    if (!dense && i < events.length && countStarting(starts, i + 1, reach) >= m.maxLanes) {
      crowded.add(event.id);
    }
    return { key: event.id, labelled: label?.labelled ?? null, bare, pinned };
  });

  const { placed, overflow } = packWithPins(items, crowded, m, events.length / (plot[1] - plot[0]));
  const marks: PlacedMark[] = placed.map(({ index, lane, labelled }) => {
    const label = labels[index];
    const shown = labelled && label?.labelled ? label : null;
    return {
      event: candidates[index]!,
      geometry: geometries[index]!,
      y: m.firstLaneY + lane * m.laneHeight,
      label: shown?.text ?? null,
      labelX: shown?.labelX ?? 0,
      labelAnchor: shown?.labelAnchor ?? 'start',
      labelInside: shown?.labelInside ?? false,
      extent: shown?.labelled ?? items[index]!.bare,
    };
  });
  marks.sort((a, b) => a.event.order - b.event.order);

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
