// jsdom gaps, patched in one place (STYLE.md).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// findBy/waitFor end as soon as what they wait for is there; this is only how long they keep
// trying before they fail. Testing Library's default of 1 s is less than one lazy chunk's first
// import takes on a loaded 2-core machine, so a correct test failed for want of patience.
configure({ asyncUtilTimeout: 10_000 });

if (!('ResizeObserver' in globalThis)) {
  // Like a browser's, it reports each element when it starts observing it: at once (a browser
  // reports before its next paint), with the empty box of jsdom, which has no layout; then never.
  class ResizeObserverStub {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      const box = target.getBoundingClientRect();
      const size = [{ inlineSize: box.width, blockSize: box.height }];
      const entry = {
        target,
        contentRect: box,
        borderBoxSize: size,
        contentBoxSize: size,
        devicePixelContentBoxSize: size,
      } as unknown as ResizeObserverEntry;
      this.report([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = ResizeObserverStub;
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
