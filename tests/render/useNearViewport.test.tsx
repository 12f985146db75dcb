import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, useNearViewport } from '../../src/render/useNearViewport';

function Far() {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const near = useNearViewport(element);
  return <p ref={setElement}>{near ? 'near' : 'far'}</p>;
}

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: Pick<IntersectionObserverEntry, 'isIntersecting'>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('useNearViewport', () => {
  it('is true at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Far />);
    expect(screen.getByText('near')).toBeInTheDocument();
  });

  it('stays false while the element is far from the view, and turns true for good once near', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Far />);
    expect(screen.getByText('far')).toBeInTheDocument();
    const observer = FakeObserver.last;
    expect(observer?.observed).toEqual([screen.getByText('far')]);
    expect(observer?.options.rootMargin).toBe(NEAR_MARGIN);

    act(() => observer?.callback([{ isIntersecting: false }]));
    expect(screen.getByText('far')).toBeInTheDocument();

    act(() => observer?.callback([{ isIntersecting: true }]));
    expect(await screen.findByText('near')).toBeInTheDocument();
    expect(observer?.disconnected).toBe(true);
  });
});
