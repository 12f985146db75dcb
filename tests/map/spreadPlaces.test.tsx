import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { RawPlace } from '../../src/data/schema';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { withSizedMaps } from './mapSize';
import { markerOf, renderMap } from './renderMap';

beforeEach(() => {
  // The basemap stays loading here; it has its own tests.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
  return () => vi.unstubAllGlobals();
});

/** The mini story plus a gate 3 km from the base, with nothing linked to it. */
function storyWithGate() {
  const gate: RawPlace = { id: 'gate', name: 'Main gate', lat: 61.26, lon: -149.75, kind: 'base' };
  return miniStory({ places: [...MINI_RAW.places, gate] });
}

/** The marker's moved content (button, label, preview) and the leader beside it. */
function drawingOf(container: HTMLElement, id: string) {
  const button = markerOf(container, id);
  const icon = button.closest<HTMLElement>('.leaflet-marker-icon');
  const content = button.closest<HTMLElement>('.place-marker');
  const leader = icon?.querySelector<HTMLElement>('.marker-leader');
  if (!icon || !content || !leader) throw new Error(`marker ${id} is not drawn on the map`);
  return { content, leader, moved: leader.dataset.displaced === 'true' };
}

describe('markers that would overlap, in a sized map', () => {
  withSizedMaps();

  test('each place keeps its own button; the less linked one is drawn aside with a leader', async () => {
    const { container } = await renderMap(storyWithGate());
    for (const id of ['base', 'gate', 'capital']) {
      expect(markerOf(container, id)).toHaveAttribute('data-state', 'idle');
    }
    const base = drawingOf(container, 'base');
    const gate = drawingOf(container, 'gate');
    expect(base.moved).toBe(false);
    expect(base.content.style.transform).toBe('');
    expect(gate.moved).toBe(true);
    expect(gate.content.style.transform).toMatch(/translate\(calc\(-50% \+ -?\d+px\)/);
    expect(drawingOf(container, 'capital').moved).toBe(false);
  });

  test('a moved marker still selects its place', async () => {
    const { container, store } = await renderMap(storyWithGate());
    fireEvent.click(markerOf(container, 'gate'));
    expect(store.get().selection).toEqual({ kind: 'place', id: 'gate' });
    expect(markerOf(container, 'gate')).toHaveAttribute('data-state', 'selected');
  });

  test('in the same view, markers are drawn in the same places whatever is selected', async () => {
    const { container } = await renderMap(storyWithGate());
    const firstView = drawingOf(container, 'gate').content.style.transform;
    // Selecting the base flies to it; Reset map brings back the first view, the base selected.
    fireEvent.click(markerOf(container, 'base'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset map' }));
    expect(markerOf(container, 'base')).toHaveAttribute('data-state', 'selected');
    expect(drawingOf(container, 'gate').content.style.transform).toBe(firstView);
    expect(drawingOf(container, 'base').moved).toBe(false);
  });

  test('zooming in until the places stand apart puts the moved marker back on its point', async () => {
    const { container } = await renderMap(storyWithGate());
    expect(drawingOf(container, 'gate').moved).toBe(true);
    const zoomIn = container.querySelector<HTMLElement>('.leaflet-control-zoom-in');
    if (!zoomIn) throw new Error('no zoom-in button');
    for (let i = 0; i < 12; i++) act(() => fireEvent.click(zoomIn));
    const gate = drawingOf(container, 'gate');
    expect(gate.moved).toBe(false);
    expect(gate.content.style.transform).toBe('');
  });
});
