import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LazyMapView } from '../../src/map/LazyMapView';
import { StoreContext, StoryContext } from '../../src/state/hooks';
import { createStore } from '../../src/state/store';
import { miniStory } from '../fixtures/mini-story';

afterEach(() => vi.unstubAllGlobals());

describe('LazyMapView', () => {
  test('holds the map panel’s place, then shows the map once its code has loaded', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    render(
      <StoryContext.Provider value={miniStory()}>
        <StoreContext.Provider value={createStore()}>
          <LazyMapView />
        </StoreContext.Provider>
      </StoryContext.Provider>,
    );
    const region = screen.getByRole('region', { name: 'Map of the places' });
    expect(region).toHaveAttribute('data-view', 'map');
    // Wait for the chunk itself (its first import can take seconds on a loaded machine), not
    // for a fixed time; then only React's own frames are left.
    await act(() => import('../../src/map/MapView'));
    expect(await screen.findByRole('button', { name: /^Air base/ })).toHaveAttribute(
      'data-place-id',
      'base',
    );
    expect(screen.getByRole('region', { name: 'Map of the places' })).not.toHaveAttribute(
      'aria-busy',
    );
  }, 60_000); // The map chunk's first import (Leaflet and all) is slow on a loaded machine.
});
