/** Pixel extent `[left, right]` along the axis. */
export type Extent = readonly [number, number];

/** One mark to place in a lane, with and without its label. */
export interface LaneItem {
  readonly key: string;
  /** The pixels the mark and its whole label would like; `null` when the label is not to be tried. */
  readonly labelled: Extent | null;
  /** The pixels covered by the mark alone, used when the label does not fit. */
  readonly bare: Extent;
  /**
   * Where the shortest label worth drawing (its first word and `…`) would end: a later mark that
   * leaves it this much room is preferred to one that leaves it none.
   */
  readonly least?: number;
  /** Placed before all other items, and placed even if it must overlap: the selected or focused event. */
  readonly pinned?: boolean;
}

/** Where an item went. */
export interface LanePlacement {
  readonly key: string;
  /** The item's position in the input. */
  readonly index: number;
  /** 0 is the top lane. */
  readonly lane: number;
  /** Whether it and its whole label were clear of everything placed before it in the lane. */
  readonly labelled: boolean;
}

/** The result of packing: the placed items and the input positions of those that did not fit, in input order. */
export interface LanePacking {
  readonly placed: readonly LanePlacement[];
  readonly overflow: readonly number[];
}

/**
 * Greedy lane packing by pixel extent. Marks never come closer than `gap` in a lane; labels only
 * ask for room. Pinned items are placed first. Every other item, in time order, takes the first
 * lane where it and its whole label are clear of everything placed so far (`labelled`); else the
 * lane, of those with room for the mark, that leaves the label before it at least its first word,
 * and of those the one whose labels reach least far, so that the label it cuts short loses least;
 * else it overflows (and is counted in a cluster badge). Each lane keeps the
 * rightmost end of its marks and of its labels, so each item costs O(lanes).
 */
export function packLanes(items: readonly LaneItem[], maxLanes: number, gap: number): LanePacking {
  const lanes = Math.max(1, Math.floor(maxLanes));
  const markEnds: number[] = new Array(lanes).fill(Number.NEGATIVE_INFINITY);
  const labelEnds: number[] = new Array(lanes).fill(Number.NEGATIVE_INFINITY);
  const leastEnds: number[] = new Array(lanes).fill(Number.NEGATIVE_INFINITY);
  const reserved: Extent[][] = Array.from({ length: lanes }, () => []);
  const clearOfReserved = (lane: number, [a, b]: Extent) =>
    reserved[lane]!.every(([c, d]) => b + gap <= c || a >= d + gap);
  const firstLane = (extent: Extent, test: (lane: number, extent: Extent) => boolean) => {
    for (let lane = 0; lane < lanes; lane++) if (test(lane, extent)) return lane;
    return -1;
  };

  const placement: (LanePlacement | undefined)[] = new Array(items.length);
  items.forEach((item, index) => {
    if (!item.pinned) return;
    let lane = item.labelled ? firstLane(item.labelled, clearOfReserved) : -1;
    const labelled = lane >= 0;
    if (!labelled) lane = Math.max(0, firstLane(item.bare, clearOfReserved));
    reserved[lane]!.push(labelled && item.labelled ? item.labelled : item.bare);
    placement[index] = { key: item.key, index, lane, labelled };
  });

  const roomy = (lane: number, extent: Extent) =>
    extent[0] >= Math.max(markEnds[lane]!, labelEnds[lane]!) + gap && clearOfReserved(lane, extent);
  const overflow: number[] = [];
  items.forEach((item, index) => {
    if (item.pinned) return;
    let lane = item.labelled ? firstLane(item.labelled, roomy) : -1;
    const labelled = lane >= 0;
    if (!labelled) {
      // A lane that leaves the label before at least its first word, then the one whose labels
      // reach least far.
      let polite = false;
      for (let l = 0; l < lanes; l++) {
        if (item.bare[0] < markEnds[l]! + gap || !clearOfReserved(l, item.bare)) continue;
        const kind = item.bare[0] >= leastEnds[l]! + gap;
        if (
          lane < 0 ||
          (kind && !polite) ||
          (kind === polite && labelEnds[l]! < labelEnds[lane]!)
        ) {
          lane = l;
          polite = kind;
        }
      }
    }
    if (lane < 0) {
      overflow.push(index);
      return;
    }
    markEnds[lane] = Math.max(markEnds[lane]!, item.bare[1]);
    labelEnds[lane] = Math.max(labelEnds[lane]!, (item.labelled ?? item.bare)[1]);
    leastEnds[lane] = Math.max(leastEnds[lane]!, item.least ?? item.bare[1]);
    placement[index] = { key: item.key, index, lane, labelled };
  });
  return { placed: placement.filter((p): p is LanePlacement => p !== undefined), overflow };
}

/**
 * First-fit lanes for spans in start order: `ends` holds each lane's end so far; the span takes
 * the first lane that ended by `from` (or a new one), which then ends at `to`. Returns the lane.
 * The vertical day and the printed timeline stand their spans side by side with it.
 */
export function firstFreeLane(ends: number[], from: number, to: number): number {
  let lane = ends.findIndex((end) => end <= from);
  if (lane === -1) lane = ends.length;
  ends[lane] = to;
  return lane;
}
