import { isApprox } from '../story/eventTime';
import type { StoryEvent } from '../story/types';

const MINUTE = 60_000;

/** How sure the time is: drawn solid, with a whisker, or hollow with a dashed whisker. */
export type Certainty = 'exact' | 'approx' | 'order';

/** `order` when only the order is known; `approx` for any stated uncertainty; else `exact`. */
export function certaintyOf(event: StoryEvent): Certainty {
  if (event.precision === 'order') return 'order';
  if (isApprox(event) || event.precision === 'day' || event.precision === 'year') return 'approx';
  return 'exact';
}

/** Where an event's mark goes along the axis, in pixels. */
export interface MarkGeometry {
  /** An instant is a dot; an event with an end after its start is a bar. */
  readonly shape: 'instant' | 'span';
  readonly certainty: Certainty;
  /** The start. */
  readonly x: number;
  /** The end; equals `x` for an instant. */
  readonly x2: number;
  /**
   * The uncertainty whisker: from `start − approx` to `end + approx`, or a nominal width when the
   * time is uncertain by an unstated amount; `null` for exact times.
   */
  readonly whisker: readonly [number, number] | null;
}

/**
 * The geometry of one event's mark on the scale `x`. `nominalPx` is the whisker's half-width for
 * times that are uncertain by an unstated amount (order only), so they never look exact.
 */
export function markGeometry(
  event: StoryEvent,
  x: (ms: number) => number,
  nominalPx: number,
): MarkGeometry {
  const certainty = certaintyOf(event);
  const xs = x(event.startMs);
  const xe = x(event.endMs);
  let whisker: readonly [number, number] | null = null;
  if (event.approx)
    whisker = [x(event.startMs - event.approx * MINUTE), x(event.endMs + event.approx * MINUTE)];
  else if (certainty !== 'exact') whisker = [xs - nominalPx, xe + nominalPx];
  return {
    shape: event.endMs > event.startMs ? 'span' : 'instant',
    certainty,
    x: xs,
    x2: xe,
    whisker,
  };
}

/** The pixels a mark covers, whisker included; `radius` is the dot's radius. */
export function markExtent(geometry: MarkGeometry, radius: number): readonly [number, number] {
  const left = Math.min(
    geometry.x - (geometry.shape === 'instant' ? radius : 0),
    geometry.whisker?.[0] ?? Infinity,
  );
  const right = Math.max(
    geometry.x2 + (geometry.shape === 'instant' ? radius : 0),
    geometry.whisker?.[1] ?? -Infinity,
  );
  return [left, right];
}
