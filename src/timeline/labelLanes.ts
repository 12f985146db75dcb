import type { StoryEvent } from '../story/types';
import { insideSlot, shortenToWidth } from './labels';
import type { Extent } from './lanes';
import type { MarkGeometry } from './marks';
import type { TimelineMetrics } from './metrics';
import type { TextMeasure } from './textWidth';

/** A mark in its lane, before its label is placed. */
export interface LaneMark {
  readonly event: StoryEvent;
  readonly geometry: MarkGeometry;
  readonly lane: number;
  /** The pixels of the mark alone. */
  readonly bare: Extent;
  /** The whole label, or `null` when the mark is drawn without one (a view far too dense). */
  readonly title: string | null;
}

/** A placed label: its text (whole or cut after a word), its anchor and the pixels it covers. */
export interface MarkLabelPlace {
  readonly text: string;
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly inside: boolean;
  readonly extent: Extent;
}

const clear = (a: Extent, b: Extent, gap: number) => a[1] + gap <= b[0] || b[1] + gap <= a[0];

/**
 * The label's place in the room `[from, to]` right (`start`) or left (`end`) of the mark: whole if
 * it fits, else cut after a whole word, else `null`.
 */
function fitInRoom(
  text: string,
  measure: TextMeasure,
  side: 'start' | 'end',
  edge: number,
  room: number,
): MarkLabelPlace | null {
  const shown = room > 0 ? shortenToWidth(text, room, measure) : null;
  if (!shown) return null;
  const width = measure(shown);
  const extent: Extent = side === 'start' ? [edge, edge + width] : [edge - width, edge];
  return { text: shown, x: edge, anchor: side, inside: false, extent };
}

/**
 * Places one label, given what it must stay clear of on its left (`leftLimit`) and right
 * (`rightLimit`): on a span's bar, else whole to the right, else whole to the left, else cut
 * after a whole word on the side with more room. Never past the plot's edges.
 */
function placeOne(
  mark: LaneMark,
  text: string,
  measure: TextMeasure,
  limits: { left: number; right: number; blocked: (e: Extent) => boolean },
  plot: Extent,
  m: TimelineMetrics,
): MarkLabelPlace | null {
  const { bare, geometry } = mark;
  const inside = insideSlot(geometry, measure(text), plot, m);
  if (inside && !limits.blocked(inside)) {
    return { text, x: inside[0], anchor: 'start', inside: true, extent: inside };
  }
  const rightEdge = Math.max(bare[1] + m.labelGap, plot[0]);
  const leftEdge = Math.min(bare[0] - m.labelGap, plot[1]);
  const rightRoom = Math.min(limits.right, plot[1]) - rightEdge;
  const leftRoom = leftEdge - Math.max(limits.left, plot[0]);
  const width = measure(text);
  if (width <= rightRoom) return fitInRoom(text, measure, 'start', rightEdge, rightRoom);
  if (width <= leftRoom) return fitInRoom(text, measure, 'end', leftEdge, leftRoom);
  const [first, second] =
    rightRoom >= leftRoom ? (['start', 'end'] as const) : (['end', 'start'] as const);
  const at = (side: 'start' | 'end') =>
    side === 'start'
      ? fitInRoom(text, measure, side, rightEdge, rightRoom)
      : fitInRoom(text, measure, side, leftEdge, leftRoom);
  return at(first) ?? at(second);
}

/**
 * Places the labels of the marks lane by lane, so no two labels overlap and none crosses the
 * plot's edge. The `priority` events (the selected one first, then the related ones) go first and
 * keep their whole label wherever the plot has room for it, drawn over any mark they cross; every
 * other label takes the room left between its neighbours. A label of a mark off the plot is not
 * drawn. Sorting the lanes costs O(n log n); each label then looks only at its lane's priority
 * labels, which are few.
 */
export function labelLanes(
  marks: readonly LaneMark[],
  priority: readonly string[],
  plot: Extent,
  m: TimelineMetrics,
): (MarkLabelPlace | null)[] {
  const out: (MarkLabelPlace | null)[] = new Array(marks.length).fill(null);
  const rank = new Map(priority.map((id, i) => [id, i]));
  const byLane = new Map<number, number[]>();
  marks.forEach((mark, i) => {
    const list = byLane.get(mark.lane);
    if (list) list.push(i);
    else byLane.set(mark.lane, [i]);
  });
  const onPlot = (mark: LaneMark) => mark.bare[1] > plot[0] && mark.bare[0] < plot[1];
  for (const indices of byLane.values()) {
    indices.sort((a, b) => marks[a]!.bare[0] - marks[b]!.bare[0]);
    const strong: Extent[] = [];
    const blockedByStrong = (e: Extent) => strong.some((s) => !clear(s, e, m.itemGap));
    /**
     * The mark's label within `[left, right]`, narrowed to stay clear of the strong labels beside
     * it (and, with `capOverlap`, ending at the mark where a strong label covers it); or null.
     */
    const placeClearOfStrong = (
      mark: LaneMark,
      title: string,
      measure: TextMeasure,
      [left, right]: readonly [number, number],
      capOverlap: boolean,
    ) => {
      let l = left;
      let r = right;
      for (const [a, b] of strong) {
        if (b <= mark.bare[0]) l = Math.max(l, b + m.itemGap);
        else if (a >= mark.bare[1]) r = Math.min(r, a - m.itemGap);
        else if (capOverlap) r = Math.min(r, mark.bare[1]);
      }
      const place = placeOne(
        mark,
        title,
        measure,
        { left: l, right: r, blocked: blockedByStrong },
        plot,
        m,
      );
      return place && !blockedByStrong(place.extent) ? place : null;
    };
    const first = indices
      .filter((i) => rank.has(marks[i]!.event.id))
      .sort((a, b) => rank.get(marks[a]!.event.id)! - rank.get(marks[b]!.event.id)!);
    for (const i of first) {
      const mark = marks[i]!;
      if (!mark.title || !onPlot(mark)) continue;
      const place = placeClearOfStrong(
        mark,
        mark.title,
        m.measureStrongLabel,
        [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        false,
      );
      if (place) {
        out[i] = place;
        strong.push(place.extent);
      }
    }
    let placedEnd = Number.NEGATIVE_INFINITY;
    indices.forEach((i, k) => {
      const mark = marks[i]!;
      if (out[i]) {
        placedEnd = Math.max(placedEnd, out[i].extent[1], mark.bare[1]);
        return;
      }
      const prev = k > 0 ? marks[indices[k - 1]!]!.bare[1] : Number.NEGATIVE_INFINITY;
      placedEnd = Math.max(placedEnd, prev);
      if (!mark.title || !onPlot(mark)) return;
      const next =
        k + 1 < indices.length ? marks[indices[k + 1]!]!.bare[0] : Number.POSITIVE_INFINITY;
      const place = placeClearOfStrong(
        mark,
        mark.title,
        m.measureLabel,
        [placedEnd + m.itemGap, next - m.itemGap],
        true,
      );
      if (place) out[i] = place;
      placedEnd = Math.max(placedEnd, out[i]?.extent[1] ?? Number.NEGATIVE_INFINITY);
    });
  }
  return out;
}
