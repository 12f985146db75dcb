import type { StoryEvent } from '../story/model';
import { type Cluster, clusterByTime } from './clusters';
import { estimateTextWidth, markLabel, shortenToWords } from './labels';
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

/** Where a mark's label goes, and the pixels mark and label cover together. */
interface LabelPlace {
  readonly text: string;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelInside: boolean;
  /** `null` when the label fits nowhere in the plot. */
  readonly labelled: Extent | null;
}

/** Fewest characters worth showing of a label cut short at the plot's edge. */
const MIN_LABEL_CHARS = 6;

/**
 * On a span's bar when the bar can hold it; else right of the mark, or left of it near the plot's
 * right edge, or cut short with "…" where neither side has room for all of it.
 */
function placeLabel(
  geometry: MarkGeometry,
  bare: Extent,
  text: string,
  plot: Extent,
  m: TimelineMetrics,
): LabelPlace {
  const width = estimateTextWidth(text, m.labelFont);
  const barLeft = Math.max(geometry.x, plot[0]);
  const barRight = Math.min(geometry.x2, plot[1]);
  if (geometry.shape === 'span' && barRight - barLeft >= width + 2 * m.labelGap) {
    return {
      text,
      labelX: barLeft + m.labelGap,
      labelAnchor: 'start',
      labelInside: true,
      labelled: bare,
    };
  }
  const right = bare[1] + m.labelGap;
  const left = bare[0] - m.labelGap;
  const base = { text, labelInside: false };
  if (right + width <= plot[1])
    return { ...base, labelX: right, labelAnchor: 'start', labelled: [bare[0], right + width] };
  if (left - width >= plot[0])
    return { ...base, labelX: left, labelAnchor: 'end', labelled: [left - width, bare[1]] };
  const chars = Math.floor((plot[1] - right) / estimateTextWidth('x', m.labelFont));
  const short = chars >= MIN_LABEL_CHARS ? shortenToWords(text, chars) : null;
  if (!short) return { ...base, labelX: right, labelAnchor: 'start', labelled: null };
  return {
    text: short,
    labelInside: false,
    labelX: right,
    labelAnchor: 'start',
    labelled: [bare[0], plot[1]],
  };
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
  if (!items.some((item) => item.pinned && left.has(item.key))) return packing;
  const pinned = items.map((item) =>
    item.pinned && !left.has(item.key) ? { ...item, pinned: false } : item,
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

  const drafts = new Map<
    string,
    Omit<PlacedMark, 'y' | 'label' | 'extent'> & LabelPlace & { bare: Extent }
  >();
  const starts = events.map((e) => x(e.startMs));
  const crowded = new Set<string>();
  const items: LaneItem[] = candidates.map((event, i) => {
    const geometry = markGeometry(event, x, m.nominalWhisker);
    const bare = markExtent(geometry, m.markRadius);
    const label = placeLabel(geometry, bare, markLabel(event), plot, m);
    drafts.set(event.id, { event, geometry, bare, ...label });
    const pinned = pinnedIds.has(event.id);
    const reach = label.labelled?.[1] ?? bare[1];
    if (i < events.length && countStarting(starts, i + 1, reach) >= m.maxLanes)
      crowded.add(event.id);
    return { key: event.id, labelled: label.labelled, bare, pinned };
  });

  const { placed, overflow } = packWithPins(items, crowded, m, events.length / (plot[1] - plot[0]));
  const marks: PlacedMark[] = placed.map(({ key, lane, labelled }) => {
    const { bare, text, labelled: withLabel, ...draft } = drafts.get(key)!;
    return {
      ...draft,
      y: m.firstLaneY + lane * m.laneHeight,
      label: labelled && withLabel ? text : null,
      extent: labelled && withLabel ? withLabel : bare,
    };
  });
  marks.sort((a, b) => a.event.order - b.event.order);

  const binMs = niceDuration(m.clusterBin * msPerPx);
  const overflowEvents = overflow.map((id) => drafts.get(id)!.event);
  const half = m.clusterBin / 2;
  const clusters = clusterByTime(overflowEvents, binMs).map((c) => ({
    ...c,
    x: Math.min(plot[1] - half, Math.max(plot[0] + half, x((c.binStartMs + c.binEndMs) / 2))),
  }));
  return { marks, clusters };
}
