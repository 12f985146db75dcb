/** Pixel extent `[left, right]` along the axis. */
export type Extent = readonly [number, number];

/** One mark to place in a lane, with and without its label. */
export interface LaneItem {
  readonly key: string;
  /** The pixels covered by the mark and its label; `null` when the label is not to be tried. */
  readonly labelled: Extent | null;
  /** The pixels covered by the mark alone, used when the label does not fit. */
  readonly bare: Extent;
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
  /** Whether it has room for its label. */
  readonly labelled: boolean;
}

/** The result of packing: the placed items and the input positions of those that did not fit, in input order. */
export interface LanePacking {
  readonly placed: readonly LanePlacement[];
  readonly overflow: readonly number[];
}

/**
 * Greedy lane packing by pixel extent, so that no two marks or labels in a lane come closer than
 * `gap`. Pinned items are placed first. Every other item takes the first lane with room for it
 * with its label, else the first lane with room for the mark alone, else it overflows (and is
 * counted in a cluster badge). Items should come in time order; each is checked against the
 * rightmost end placed so far in a lane, so out-of-order items can only overflow, never overlap.
 */
export function packLanes(items: readonly LaneItem[], maxLanes: number, gap: number): LanePacking {
  const lanes = Math.max(1, Math.floor(maxLanes));
  const ends: number[] = new Array(lanes).fill(Number.NEGATIVE_INFINITY);
  const reserved: Extent[][] = Array.from({ length: lanes }, () => []);
  const clearOfReserved = (lane: number, [a, b]: Extent) =>
    reserved[lane]!.every(([c, d]) => b + gap <= c || a >= d + gap);
  const fits = (lane: number, extent: Extent) =>
    extent[0] >= ends[lane]! + gap && clearOfReserved(lane, extent);
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

  const overflow: number[] = [];
  items.forEach((item, index) => {
    if (item.pinned) return;
    let lane = item.labelled ? firstLane(item.labelled, fits) : -1;
    let labelled = lane >= 0;
    if (lane < 0) {
      lane = firstLane(item.bare, fits);
      labelled = false;
    }
    if (lane < 0) {
      overflow.push(index);
      return;
    }
    const extent = labelled && item.labelled ? item.labelled : item.bare;
    ends[lane] = Math.max(ends[lane]!, extent[1]);
    placement[index] = { key: item.key, index, lane, labelled };
  });
  return { placed: placement.filter((p): p is LanePlacement => p !== undefined), overflow };
}
