import { scaleLinear } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';

/** A window of time `[from, to]` in ms since the epoch. */
export type Domain = readonly [number, number];

const MINUTE = 60_000;
/** The closest zoom: about five minutes across the plot. */
export const MIN_SPAN_MS = 5 * MINUTE;

/** The fully zoomed-out view: the day's window with a little room on either side. */
export function baseDomain(day: Domain): Domain {
  const pad = Math.max((day[1] - day[0]) * 0.04, 15 * MINUTE);
  return [day[0] - pad, day[1] + pad];
}

/** The largest zoom factor, at which the plot shows `MIN_SPAN_MS`. */
export function maxZoom(base: Domain): number {
  return Math.max(1, (base[1] - base[0]) / MIN_SPAN_MS);
}

/** The window moved and resized as little as needed to lie within `base` and the zoom limits. */
export function clampDomain(domain: Domain, base: Domain): Domain {
  const baseSpan = base[1] - base[0];
  const span = Math.min(baseSpan, Math.max(Math.min(MIN_SPAN_MS, baseSpan), domain[1] - domain[0]));
  const centre = (domain[0] + domain[1]) / 2;
  const from = Math.min(base[1] - span, Math.max(base[0], centre - span / 2));
  return [from, from + span];
}

/** The window zoomed by `factor` (2 = twice as close) keeping the time `around` where it is. */
export function zoomDomain(domain: Domain, factor: number, around: number): Domain {
  const span = (domain[1] - domain[0]) / factor;
  const share = (around - domain[0]) / (domain[1] - domain[0]);
  const from = around - share * span;
  return [from, from + span];
}

/**
 * The window, at the same zoom, that brings `range` into view with a margin: moved just enough
 * when the range is near, centred on it when it is far; `null` when it is already in view.
 * A range wider than the window has its start brought into view.
 */
export function revealDomain(domain: Domain, range: Domain): Domain | null {
  const span = domain[1] - domain[0];
  const margin = span * 0.06;
  const want: Domain = range[1] - range[0] <= span - 2 * margin ? range : [range[0], range[0]];
  if (want[0] >= domain[0] + margin && want[1] <= domain[1] - margin) return null;
  const near = want[1] > domain[0] - span && want[0] < domain[1] + span;
  if (!near) {
    const from = (want[0] + want[1]) / 2 - span / 2;
    return [from, from + span];
  }
  const from = want[0] < domain[0] + margin ? want[0] - margin : want[1] + margin - span;
  return [from, from + span];
}

/** The window that fits `range` with some room around it. */
export function fitDomain(range: Domain): Domain {
  const pad = Math.max((range[1] - range[0]) * 0.1, MINUTE);
  return [range[0] - pad, range[1] + pad];
}

/** The window a zoom transform shows: d3's `rescaleX` of the unzoomed scale. */
export function domainFor(transform: ZoomTransform, base: Domain, range: Domain): Domain {
  const [from, to] = transform.rescaleX(scaleLinear().domain(base).range(range)).domain();
  return [from ?? base[0], to ?? base[1]];
}
