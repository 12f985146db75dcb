import type { BrowserContext } from 'playwright-core';

/**
 * The box of an element's glyphs, in client pixels. For SVG text it is `getBBox()` taken through
 * the element's screen matrix: Firefox's `getBoundingClientRect()` of SVG text includes its stroke
 * (the timeline labels' 3 px halo, generously), Chromium's does not; `getBBox()` is the glyphs in
 * both. Anything else: its `getBoundingClientRect()`.
 *
 * It runs in the page: `openApp` installs it in every frame as `window.glyphBox` (see
 * {@link installGlyphBox}), for `page.evaluate` callbacks. No named inner functions: tsx would
 * wrap them in a `__name` call the source carries along.
 */
export function glyphBox(el: Element): DOMRect {
  if (!(el instanceof SVGGraphicsElement)) return el.getBoundingClientRect();
  const b = el.getBBox();
  const m = el.getScreenCTM();
  if (!m) return el.getBoundingClientRect();
  const a = new DOMPoint(b.x, b.y).matrixTransform(m);
  const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
  return new DOMRect(
    Math.min(a.x, c.x),
    Math.min(a.y, c.y),
    Math.abs(c.x - a.x),
    Math.abs(c.y - a.y),
  );
}

/** Makes {@link glyphBox} `window.glyphBox` in every page and frame of the context, before their scripts. */
export async function installGlyphBox(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `globalThis.glyphBox = ${glyphBox.toString()};` });
}

declare global {
  interface Window {
    /** {@link glyphBox}, installed by `openApp` for `page.evaluate` callbacks. */
    glyphBox(el: Element): DOMRect;
  }
}
