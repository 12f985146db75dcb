import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomTransform, zoom } from 'd3-zoom';

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
  /** Moves to a transform at once, as a gesture would (listeners hear it). */
  jump(transform: ZoomTransform): void;
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
    jump(transform) {
      selection.call(behaviour.transform, transform);
    },
    detach() {
      selection.on('.zoom', null);
    },
  };
}
