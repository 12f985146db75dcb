import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesMedia, REDUCED_MOTION, useMediaQuery } from '../../src/ui/media';

/** A `matchMedia` whose one query can be switched on and off, telling its listeners. */
function switchableMedia(query: string) {
  let matches = false;
  const listeners = new Set<() => void>();
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (asked: string) =>
      ({
        media: asked,
        get matches() {
          return asked === query && matches;
        },
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  );
  return {
    listeners,
    set(next: boolean) {
      matches = next;
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function Motion() {
  return <p>{useMediaQuery(REDUCED_MOTION) ? 'still' : 'moving'}</p>;
}

describe('useMediaQuery', () => {
  it('follows the query as it starts and stops matching, and stops listening on unmount', () => {
    const media = switchableMedia(REDUCED_MOTION);
    const { unmount } = render(<Motion />);
    expect(screen.getByText('moving')).toBeInTheDocument();
    act(() => media.set(true));
    expect(screen.getByText('still')).toBeInTheDocument();
    act(() => media.set(false));
    expect(screen.getByText('moving')).toBeInTheDocument();
    unmount();
    expect(media.listeners.size).toBe(0);
  });
});

describe('matchesMedia', () => {
  it('answers the query, and false where the browser has no matchMedia', () => {
    const media = switchableMedia('(max-width: 639px)');
    media.set(true);
    expect(matchesMedia('(max-width: 639px)')).toBe(true);
    expect(matchesMedia(REDUCED_MOTION)).toBe(false);
    vi.stubGlobal('matchMedia', undefined);
    expect(matchesMedia('(max-width: 639px)')).toBe(false);
  });
});
