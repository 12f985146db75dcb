import { act, render } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FlyToSelection, MAX_FLY_ZOOM } from '../../src/map/FlyToSelection';
import { chooseCut, shiftLongitude } from '../../src/map/longitude';
import { StoreContext, StoryContext } from '../../src/state/hooks';
import { createStore, type Store } from '../../src/state/store';
import { miniStory } from '../fixtures/mini-story';
import { withSizedMaps } from './mapSize';

const story = miniStory();
const cut = chooseCut(story.places.map((p) => p.lon));

function renderFlying(store: Store = createStore(), shown = story) {
  let map: LeafletMap | null = null;
  render(
    <StoryContext.Provider value={shown}>
      <StoreContext.Provider value={store}>
        <MapContainer
          ref={(m) => {
            map = m;
          }}
          center={[0, 0]}
          zoom={2}
          maxZoom={14}
        >
          <FlyToSelection cut={cut} />
        </MapContainer>
      </StoreContext.Provider>
    </StoryContext.Provider>,
  );
  if (!map) throw new Error('the map did not mount');
  return { map: map as LeafletMap, store };
}

function prefersReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion'),
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('FlyToSelection', () => {
  withSizedMaps();

  test('flies to a selected place', () => {
    prefersReducedMotion(false);
    const { map, store } = renderFlying();
    const flyTo = vi.spyOn(map, 'flyTo');
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    expect(flyTo).toHaveBeenCalledTimes(1);
    expect(map.getBounds().contains([55.75, 37.62])).toBe(true);
  });

  test('fits the places of a selected event or quote, no closer than the maximum zoom', () => {
    prefersReducedMotion(false);
    const { map, store } = renderFlying();
    act(() => store.set({ selection: { kind: 'quote', id: 'q-talks' } }));
    expect(map.getBounds().contains([61.25, shiftLongitude(-149.8, cut)])).toBe(true);
    expect(map.getZoom()).toBeLessThanOrEqual(MAX_FLY_ZOOM);
  });

  test('moves without animation when the reader prefers reduced motion', () => {
    prefersReducedMotion(true);
    const { map, store } = renderFlying();
    const flyTo = vi.spyOn(map, 'flyTo');
    const setView = vi.spyOn(map, 'setView');
    act(() => store.set({ selection: { kind: 'place', id: 'base' } }));
    expect(flyTo).not.toHaveBeenCalled();
    expect(setView).toHaveBeenCalledWith(
      expect.anything(),
      expect.any(Number),
      expect.objectContaining({ animate: false }),
    );
    expect(map.getBounds().contains([61.25, shiftLongitude(-149.8, cut)])).toBe(true);
  });

  test('shows a selection from the URL at once, without a flight', () => {
    prefersReducedMotion(false);
    const flyTo = vi.fn();
    const { map } = renderFlying(createStore({ selection: { kind: 'place', id: 'capital' } }));
    map.flyTo = flyTo;
    expect(map.getBounds().contains([55.75, 37.62])).toBe(true);
    expect(flyTo).not.toHaveBeenCalled();
  });

  test('shows a place of a cluster close enough to tell it from its neighbours', () => {
    prefersReducedMotion(true);
    const near = miniStory({
      places: [
        ...story.places,
        { id: 'downtown', name: 'Downtown', lat: 61.2167, lon: -149.8936, kind: 'city' },
      ],
    });
    const { map, store } = renderFlying(createStore(), near);
    act(() => store.set({ selection: { kind: 'place', id: 'base' } }));
    const apart = map
      .latLngToContainerPoint([61.25, shiftLongitude(-149.8, cut)])
      .distanceTo(map.latLngToContainerPoint([61.2167, shiftLongitude(-149.8936, cut)]));
    expect(apart).toBeGreaterThanOrEqual(28);
    expect(map.getZoom()).toBeLessThanOrEqual(MAX_FLY_ZOOM);
  });

  test('leaves the map where it is when the selection is cleared', () => {
    prefersReducedMotion(false);
    const { map, store } = renderFlying();
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    const center = map.getCenter();
    act(() => store.set({ selection: null }));
    expect(map.getCenter()).toEqual(center);
  });
});
