import { act, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { MapView } from '../../src/map/MapView';
import { StoreContext, StoryContext } from '../../src/state/hooks';
import { createStore, type Store } from '../../src/state/store';
import type { Story } from '../../src/story/types';
import { miniStory } from '../fixtures/mini-story';

/**
 * Renders the map view (in StrictMode, as the app does) over a story and a fresh store, and waits
 * until its routes and places are drawn (a frame after the map itself).
 */
export async function renderMap(story: Story = miniStory(), store: Store = createStore()) {
  const view = render(
    <StrictMode>
      <StoryContext.Provider value={story}>
        <StoreContext.Provider value={store}>
          <MapView />
        </StoreContext.Provider>
      </StoryContext.Provider>
    </StrictMode>,
  );
  const region = view.container.querySelector('[data-view="map"]');
  await waitFor(() => {
    if (region?.getAttribute('aria-busy')) throw new Error('the map is still drawing its layers');
  });
  // The markers' own effects (each adds its Leaflet marker, then renders into it).
  await act(async () => {});
  return { ...view, story, store };
}

/** The map's marker for a place: the element carrying the DOM contract's `data-place-id`. */
export function markerOf(container: HTMLElement, id: string): HTMLElement {
  const marker = container.querySelector<HTMLElement>(`[data-place-id="${CSS.escape(id)}"]`);
  if (!marker) throw new Error(`no marker for place ${id}`);
  return marker;
}
