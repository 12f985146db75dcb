import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRowAtTop } from '../../src/quotes/keepRowAtTop';

/**
 * A list of rows in a scroller, with the geometry jsdom lacks: the scroller's box starts at 100,
 * and the row sits `rowOffset` px down the list, so its top on screen is 100 + rowOffset − scrollTop.
 */
function list() {
  const scroller = document.createElement('div');
  const ul = document.createElement('ul');
  const rows = [0, 1, 2].map(() => ul.appendChild(document.createElement('li')));
  scroller.append(ul);
  document.body.append(scroller);
  const geometry = { rowOffset: 400 };
  const row = rows[2] as HTMLElement;
  vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue({ top: 100 } as DOMRect);
  vi.spyOn(row, 'getBoundingClientRect').mockImplementation(
    () => ({ top: 100 + geometry.rowOffset - scroller.scrollTop }) as DOMRect,
  );
  const scrollTo = vi.fn((options?: ScrollToOptions | number) => {
    if (typeof options === 'object') scroller.scrollTop = options.top ?? scroller.scrollTop;
  });
  scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
  return { scroller, ul, row, geometry, scrollTo };
}

/** A ResizeObserver the test reports through, as a browser would when the list's height changes. */
const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = [];
class TestResizeObserver {
  readonly record: { callback: ResizeObserverCallback; targets: Element[] };
  constructor(callback: ResizeObserverCallback) {
    this.record = { callback, targets: [] };
    observers.push(this.record);
  }
  observe(target: Element) {
    this.record.targets.push(target);
  }
  unobserve() {}
  disconnect() {
    this.record.targets = [];
  }
}
function listResized(ul: Element) {
  for (const o of observers) {
    if (o.targets.includes(ul)) o.callback([], o as unknown as ResizeObserver);
  }
}

beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('ResizeObserver', TestResizeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('keepRowAtTop (a quote the list scrolled to stays on top while rows above are drawn)', () => {
  it('after a glide, puts the row back on top when the glide ended short of it', () => {
    const { scroller, row, scrollTo } = list();
    scroller.scrollTop = 340; // the glide stopped 60 px short: a row above grew on the way
    keepRowAtTop(scroller, row, { gliding: true });
    expect(scrollTo).not.toHaveBeenCalled();
    scroller.dispatchEvent(new Event('scrollend'));
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 400, behavior: 'auto' });
    expect(scroller.scrollTop).toBe(400);
  });

  it('does not fight the glide: a row drawn while it runs changes nothing until it ends', () => {
    const { scroller, ul, row, geometry, scrollTo } = list();
    keepRowAtTop(scroller, row, { gliding: true });
    geometry.rowOffset = 460;
    listResized(ul);
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('holds the row on top when a row above is drawn later, at its real height', () => {
    const { scroller, ul, row, geometry, scrollTo } = list();
    scroller.scrollTop = 400;
    keepRowAtTop(scroller, row, { gliding: true });
    scroller.dispatchEvent(new Event('scrollend'));
    expect(scrollTo).not.toHaveBeenCalled(); // already on top
    geometry.rowOffset = 464; // a late draw of a row above it: 64 px taller than guessed
    listResized(ul);
    expect(scroller.scrollTop).toBe(464);
    // A row below changing height moves nothing.
    listResized(ul);
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });

  it('an instant scroll holds at once', () => {
    const { scroller, ul, row, geometry } = list();
    scroller.scrollTop = 400;
    keepRowAtTop(scroller, row, { gliding: false });
    geometry.rowOffset = 380;
    listResized(ul);
    expect(scroller.scrollTop).toBe(380);
  });

  it.each(['wheel', 'touchstart', 'pointerdown', 'keydown'])(
    'lets go once the reader scrolls (%s)',
    (type) => {
      const { scroller, ul, row, geometry, scrollTo } = list();
      scroller.scrollTop = 400;
      keepRowAtTop(scroller, row, { gliding: false });
      scroller.dispatchEvent(new Event(type));
      geometry.rowOffset = 500;
      listResized(ul);
      scroller.dispatchEvent(new Event('scrollend'));
      expect(scrollTo).not.toHaveBeenCalled();
    },
  );

  it('lets go when stopped (a new selection), or when its row has left the list', () => {
    const first = list();
    first.scroller.scrollTop = 400;
    const stop = keepRowAtTop(first.scroller, first.row, { gliding: false });
    stop();
    first.geometry.rowOffset = 500;
    listResized(first.ul);
    expect(first.scrollTo).not.toHaveBeenCalled();

    const second = list();
    keepRowAtTop(second.scroller, second.row, { gliding: false });
    second.row.remove();
    listResized(second.ul);
    expect(second.scrollTo).not.toHaveBeenCalled();
  });
});
