import { act, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { RawPlace } from '../../src/data/schema';
import { DOM_MARKER_LIMIT, IN_VIEW_CAP, LINKED_CAP } from '../../src/map/PlaceLayer';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { withSizedMaps } from './mapSize';
import { markerOf, renderMap } from './renderMap';

const PLACES = 5000;

/** The mini story with 5,000 places scattered over the world; one event links three of them. */
function bigStory() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const scattered: RawPlace[] = Array.from({ length: PLACES - MINI_RAW.places.length }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    lat: -55 + random() * 125,
    lon: -180 + random() * 360,
    kind: i % 3 === 0 ? 'airfield' : 'city',
  }));
  return miniStory({
    places: [...MINI_RAW.places, ...scattered],
    events: [
      ...MINI_RAW.events,
      {
        id: 'ferry',
        title: 'Ferry flights',
        start: '1943-06-01T12:00:00Z',
        context: true,
        placeIds: ['p10', 'p20', 'p30'],
        peopleIds: [],
        sourceIds: ['s1'],
      },
    ],
  });
}

/** jsdom has no 2D canvas; Leaflet's canvas renderer only needs calls that do nothing. */
function fakeCanvasContext() {
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : () => {}),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => context as unknown as CanvasRenderingContext2D,
  );
}

const story = bigStory();
const domMarkers = (container: HTMLElement) => container.querySelectorAll('[data-place-id]');

beforeEach(() => {
  fakeCanvasContext();
  vi.stubGlobal('fetch', () => new Promise(() => {}));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a map with 5,000 places', () => {
  withSizedMaps();

  test('is over the limit for DOM markers', () => {
    expect(story.places.length).toBeGreaterThan(DOM_MARKER_LIMIT);
  });

  test('draws every place as a dot on one canvas and keeps DOM markers bounded', async () => {
    const { container } = await renderMap(story);
    expect(container.querySelectorAll('.leaflet-place-dots-pane canvas')).toHaveLength(1);
    const count = domMarkers(container).length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(IN_VIEW_CAP);
  });

  test('the selected place has its DOM marker, even when it was not shown before', async () => {
    const { container, store } = await renderMap(story);
    // Places with no events or quotes come last, so this one has no marker at first.
    expect(container.querySelector('[data-place-id="p4990"]')).toBeNull();
    act(() => store.set({ selection: { kind: 'place', id: 'p4990' } }));
    expect(markerOf(container, 'p4990')).toHaveAttribute('data-state', 'selected');
    expect(domMarkers(container).length).toBeLessThanOrEqual(IN_VIEW_CAP + LINKED_CAP);
  });

  test('related places get DOM markers marked related; the dots recede together', async () => {
    const { container, store } = await renderMap(story);
    const pane = container.querySelector('.leaflet-place-dots-pane');
    expect(pane).not.toHaveClass('is-dimmed');
    act(() => store.set({ selection: { kind: 'event', id: 'ferry' } }));
    for (const id of ['p10', 'p20', 'p30']) {
      expect(markerOf(container, id)).toHaveAttribute('data-state', 'related');
    }
    expect(pane).toHaveClass('is-dimmed');
    expect(domMarkers(container).length).toBeLessThanOrEqual(IN_VIEW_CAP + LINKED_CAP);
  });

  test('a DOM marker still selects its place on click', async () => {
    const { container, store } = await renderMap(story);
    const marker = domMarkers(container)[0] as HTMLElement;
    fireEvent.click(marker);
    expect(store.get().selection).toEqual({ kind: 'place', id: marker.dataset.placeId });
    expect(marker).toHaveAttribute('data-state', 'selected');
  });
});
