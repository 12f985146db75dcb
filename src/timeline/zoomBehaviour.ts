import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import type { Domain } from './zoomMath';

/** What the timeline hears from d3-zoom. */
export interface ZoomListeners {
  /** Which gestures d3-zoom may act on. */
  accept(event: MouseEvent | WheelEvent | TouchEvent): boolean;
  /** A gesture or a programmatic change begins; `byReader` when it came from an input event. */
  start(byReader: boolean): void;
  /** The transform changed. */
  zoom(transform: ZoomTransform): void;
}

/** d3-zoom attached to one `<svg>`. */
export interface AttachedZoom {
  /** The plot's pixels and the closest zoom factor. */
  limit(extent: [[number, number], [number, number]], maxScale: number): void;
  /** Shows `domain` at once, as a gesture would (listeners hear it); see {@link transformFor}. */
  jump(domain: Domain, base: Domain, range: Domain): void;
  /** Removes every listener d3-zoom added. */
  detach(): void;
}

/**
 * The only place d3 touches the timeline's DOM: d3-zoom's listeners on the plot's `<svg>`
 * (wheel, drag, pinch, double-click). Loaded in its own chunk after the first render: the
 * timeline draws without it and gains its gestures a moment later.
 */
export function attachZoom(svg: SVGSVGElement, on: ZoomListeners): AttachedZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .duration(0)
    .filter(on.accept)
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => on.start(!!event.sourceEvent))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => on.zoom(event.transform));
  const selection = select(svg).call(behaviour);
  return {
    limit(extent, maxScale) {
      behaviour.extent(extent).translateExtent(extent).scaleExtent([1, maxScale]);
    },
    jump(domain, base, range) {
      selection.call(behaviour.transform, transformFor(domain, base, range));
    },
    detach() {
      selection.on('.zoom', null);
    },
  };
}

/** The zoom transform that shows `domain` when the unzoomed scale maps `base` onto `range` (px). */
export function transformFor(domain: Domain, base: Domain, range: Domain): ZoomTransform {
  const k = (base[1] - base[0]) / (domain[1] - domain[0]);
  const x0 = scaleLinear().domain(base).range(range);
  return zoomIdentity.translate(range[0] - k * x0(domain[0]), 0).scale(k);
}
