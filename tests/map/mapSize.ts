import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom lays nothing out, so a Leaflet map there is 0×0 px. Called in a `describe`, this gives
 * every Leaflet container a size in each of its tests, for behaviour that depends on the view.
 */
export function withSizedMaps(width = 800, height = 500) {
  beforeEach(() => {
    const size = { clientWidth: width, clientHeight: height };
    for (const name of ['clientWidth', 'clientHeight'] as const) {
      Object.defineProperty(HTMLElement.prototype, name, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('leaflet-container') ? size[name] : 0;
        },
      });
    }
  });
  afterEach(() => {
    // Back to jsdom's own getters on Element.prototype.
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });
}

/**
 * Where Leaflet put a marker, in pixels from the map's top-left corner (jsdom has no 3D
 * transforms, so Leaflet positions with `left`/`top`).
 */
export function pixelOf(marker: HTMLElement): { x: number; y: number } {
  const icon = marker.closest<HTMLElement>('.leaflet-marker-icon');
  const pane = marker.closest<HTMLElement>('.leaflet-map-pane');
  if (!icon || !pane) throw new Error('not a marker on a Leaflet map');
  const px = (el: HTMLElement, side: 'left' | 'top') => Number.parseFloat(el.style[side] || '0');
  return { x: px(icon, 'left') + px(pane, 'left'), y: px(icon, 'top') + px(pane, 'top') };
}

/** True when a marker sits inside a map of the given size. */
export function isInView(marker: HTMLElement, width = 800, height = 500): boolean {
  const { x, y } = pixelOf(marker);
  return x >= 0 && x <= width && y >= 0 && y <= height;
}
