import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVirtualRows } from '../../src/quotes/useVirtualRows';

/** A ResizeObserver whose reports the test sends by hand. */
function fakeResizeObserver() {
  const observers: { callback: ResizeObserverCallback; observed: Set<Element> }[] = [];
  class FakeResizeObserver {
    observed = new Set<Element>();
    constructor(public callback: ResizeObserverCallback) {
      observers.push(this);
    }
    observe(el: Element) {
      this.observed.add(el);
    }
    unobserve(el: Element) {
      this.observed.delete(el);
    }
    disconnect() {
      this.observed.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const report = (el: Element, height: number) => {
    for (const o of observers) {
      if (!o.observed.has(el)) continue;
      const entry = { target: el, borderBoxSize: [{ blockSize: height, inlineSize: 300 }] };
      o.callback([entry as unknown as ResizeObserverEntry], o as unknown as ResizeObserver);
    }
  };
  return { report, observing: (el: Element) => observers.some((o) => o.observed.has(el)) };
}

const scroller = () => ({ current: document.createElement('div') });

afterEach(() => vi.unstubAllGlobals());

describe('useVirtualRows', () => {
  it('renders only the rows near the viewport of a long list', () => {
    const { result } = renderHook(() => useVirtualRows(10_000, 120, scroller(), true));
    expect(result.current.start).toBe(0);
    expect(result.current.end).toBeLessThan(20);
    expect(result.current.totalHeight).toBe(10_000 * 120);
  });

  it('renders every row when windowing is off', () => {
    const { result } = renderHook(() => useVirtualRows(50, 120, scroller(), false));
    expect([result.current.start, result.current.end]).toEqual([0, 50]);
  });

  it('gives the same ref to the same row, so re-renders do not re-measure', () => {
    const { result, rerender } = renderHook(() => useVirtualRows(100, 120, scroller(), true));
    const first = result.current.rowRef(3);
    rerender();
    expect(result.current.rowRef(3)).toBe(first);
    expect(result.current.rowRef(4)).not.toBe(first);
  });

  it('replaces the estimate with the height the ResizeObserver reports', () => {
    const ro = fakeResizeObserver();
    const { result } = renderHook(() => useVirtualRows(100, 120, scroller(), true));
    const row = document.createElement('li');
    const cleanup = result.current.rowRef(0)(row);
    expect(ro.observing(row)).toBe(true);
    act(() => ro.report(row, 300));
    expect(result.current.offsetOf(1)).toBe(300);
    expect(result.current.totalHeight).toBe(300 + 99 * 120);
    cleanup();
    expect(ro.observing(row)).toBe(false);
  });

  it('glides to a row a screen or two away and jumps to one far down the list', () => {
    const el = document.createElement('div');
    const calls: ScrollToOptions[] = [];
    el.scrollTo = ((options: ScrollToOptions) => calls.push(options)) as typeof el.scrollTo;
    const { result } = renderHook(() => useVirtualRows(10_000, 120, { current: el }, true));
    result.current.scrollToIndex(12, 'smooth');
    result.current.scrollToIndex(5_000, 'smooth');
    expect(calls.map((c) => c.behavior)).toEqual(['smooth', 'auto']);
    expect(calls[1]?.top).toBe(5_000 * 120 - 16);
  });
});
