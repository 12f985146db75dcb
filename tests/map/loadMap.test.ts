import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAP_BESIDE_TIMELINE, mapInFirstScreen } from '../../src/map/loadMap';

/** A `matchMedia` under which only `wide` queries match. */
const screenOf = (wide: boolean) =>
  vi.fn((query: string) => ({ matches: wide && query === MAP_BESIDE_TIMELINE }) as MediaQueryList);

afterEach(() => vi.unstubAllGlobals());

describe('mapInFirstScreen', () => {
  test('on a wide screen the map sits beside the timeline: its code is worth fetching early', () => {
    vi.stubGlobal('matchMedia', screenOf(true));
    expect(mapInFirstScreen('all')).toBe(true);
  });

  test('on a phone the map is below the day: its code waits for the reader to scroll', () => {
    vi.stubGlobal('matchMedia', screenOf(false));
    expect(mapInFirstScreen('all')).toBe(false);
  });

  test('a page of the map alone shows it first at any width; a page of another view never', () => {
    vi.stubGlobal('matchMedia', screenOf(false));
    expect(mapInFirstScreen('map')).toBe(true);
    vi.stubGlobal('matchMedia', screenOf(true));
    expect(mapInFirstScreen('timeline')).toBe(false);
    expect(mapInFirstScreen('quotes')).toBe(false);
  });
});
