import { act, render } from '@testing-library/react';
import { type CSSProperties, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIT_STEPS, useFitToBox } from '../../src/present/useFitToBox';

/**
 * A box 600 px tall whose content is `height × fit` px, the geometry jsdom lacks: text that
 * shrinks with the size it is given.
 */
function Box({ content, height }: { content: string; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const fit = useFitToBox(box, content);
  return (
    <div
      ref={box}
      data-testid="box"
      data-height={height}
      style={{ '--stop-fit': fit } as CSSProperties}
    >
      {content}
    </div>
  );
}

const fitOf = (element: HTMLElement) => Number(element.style.getPropertyValue('--stop-fit'));

function measureBoxes(box = { height: 600 }) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => box.height);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    const fit = fitOf(this) || 1;
    return Math.max(box.height, Number(this.dataset.height ?? 0) * fit);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('useFitToBox (a presentation stop whose words would run below its buttons)', () => {
  it('keeps the full size when the words fit', () => {
    measureBoxes();
    const { getByTestId } = render(<Box content="short" height={500} />);
    expect(fitOf(getByTestId('box'))).toBe(1);
  });

  it('takes the largest size that fits, before the first paint', () => {
    measureBoxes();
    // 700 × 0.92 = 644 is still too tall; 700 × 0.85 = 595 fits.
    const { getByTestId } = render(<Box content="long" height={700} />);
    expect(fitOf(getByTestId('box'))).toBe(0.85);
  });

  it('stops at the smallest size, and the box scrolls', () => {
    measureBoxes();
    const { getByTestId } = render(<Box content="longest" height={2000} />);
    expect(fitOf(getByTestId('box'))).toBe(FIT_STEPS.at(-1));
  });

  it('starts again from the full size for the next stop', () => {
    measureBoxes();
    const { getByTestId, rerender } = render(<Box content="long" height={700} />);
    expect(fitOf(getByTestId('box'))).toBe(0.85);
    rerender(<Box content="short" height={580} />);
    expect(fitOf(getByTestId('box'))).toBe(1);
    rerender(<Box content="a little long" height={640} />);
    expect(fitOf(getByTestId('box'))).toBe(0.92);
  });

  it('fits again when the box changes size, and not when its size is only reported', () => {
    const reports: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(report: ResizeObserverCallback) {
          reports.push(report);
        }
        observe() {}
        disconnect() {}
      },
    );
    const box = { height: 600 };
    measureBoxes(box);
    const { getByTestId } = render(<Box content="long" height={700} />);
    expect(fitOf(getByTestId('box'))).toBe(0.85);
    const report = () =>
      act(() => {
        for (const r of reports) r([], {} as ResizeObserver);
      });
    report(); // the same size: the fit stands
    expect(fitOf(getByTestId('box'))).toBe(0.85);
    box.height = 800; // a taller window: the words fit at full size
    report();
    expect(fitOf(getByTestId('box'))).toBe(1);
    vi.unstubAllGlobals();
  });
});
