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

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('useVirtualRows', () => {
  it('renders only the rows near the viewport of a long list', () => {
    const { result } = renderHook(() => useVirtualRows(10_000, 120, scroller()));
    const indexes = result.current.rows.map((r) => r.index);
    expect(indexes[0]).toBe(0);
    expect(indexes.length).toBeGreaterThan(5);
    expect(indexes.length).toBeLessThan(20);
    expect(result.current.rows.map((r) => r.start).slice(0, 3)).toEqual([0, 120, 240]);
    expect(result.current.totalHeight).toBe(10_000 * 120);
  });

  it('replaces the estimate with the height the ResizeObserver reports', () => {
    const ro = fakeResizeObserver();
    const { result } = renderHook(() => useVirtualRows(100, 120, scroller()));
    const row = document.createElement('li');
    row.dataset.index = '0';
    document.body.append(row);
    act(() => result.current.measureRow(row));
    expect(ro.observing(row)).toBe(true);
    // Not laid out (jsdom), the row measured 0 and kept its estimate.
    expect(result.current.totalHeight).toBe(100 * 120);
    act(() => ro.report(row, 300));
    expect(result.current.rows[1]?.start).toBe(300);
    expect(result.current.totalHeight).toBe(300 + 99 * 120);
  });

  it('brings a row to the top: gliding a screen or two, jumping far, not moving when it is there', () => {
    const el = document.createElement('div');
    // The layout jsdom lacks: an 800 px scroller over the whole list.
    Object.defineProperty(el, 'clientHeight', { value: 800 });
    Object.defineProperty(el, 'scrollHeight', { value: 10_000 * 120 });
    const calls: ScrollToOptions[] = [];
    el.scrollTo = ((options: ScrollToOptions) => {
      calls.push(options);
      el.scrollTop = options.top ?? el.scrollTop;
    }) as typeof el.scrollTo;
    const { result } = renderHook(() => useVirtualRows(10_000, 120, { current: el }));
    // On mount the virtualizer puts the scroller at its initial offset, 0.
    expect(calls).toEqual([{ top: 0, behavior: undefined }]);
    calls.length = 0;
    // The first row is at the top already.
    act(() => result.current.scrollToIndex(0, 'smooth'));
    expect(calls).toEqual([]);
    act(() => result.current.scrollToIndex(12, 'smooth'));
    act(() => result.current.scrollToIndex(12, 'smooth'));
    act(() => result.current.scrollToIndex(5_000, 'smooth'));
    act(() => result.current.scrollToIndex(5_002, 'auto'));
    expect(calls.map((c) => c.behavior)).toEqual(['smooth', 'auto', 'auto']);
    expect(calls.map((c) => c.top)).toEqual([12 * 120, 5_000 * 120, 5_002 * 120]);
  });
});
