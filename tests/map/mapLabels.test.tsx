import { act, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { placeOrder } from '../../src/map/MapLabels';
import { miniStory } from '../fixtures/mini-story';
import { withSizedMaps } from './mapSize';
import { renderMap } from './renderMap';

const labelOf = (container: HTMLElement, key: string) =>
  container.querySelector<HTMLElement>(`.map-label[data-label-for="${key}"]`);

describe('the names on the map', () => {
  withSizedMaps();

  test('every place in view is named, and the selected one is marked as such', async () => {
    const { container, store } = await renderMap();
    await waitFor(() => expect(labelOf(container, 'place:capital')).not.toBeNull());
    expect(labelOf(container, 'place:capital')).toHaveTextContent('Capital city');
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    await waitFor(() =>
      expect(labelOf(container, 'place:capital')).toHaveAttribute('data-state', 'selected'),
    );
    // Names are for the eye: the markers carry them for assistive technology.
    expect(container.querySelector('.map-labels')).toHaveAttribute('aria-hidden', 'true');
  });

  test('dataset text is written as text, never run as markup', async () => {
    const story = miniStory({
      places: [
        { id: 'base', name: '<img src=x onerror=alert(1)>Base', lat: 61.25, lon: -149.8 },
        { id: 'capital', name: 'Capital city', lat: 55.75, lon: 37.62, kind: 'city' },
      ],
    });
    const { container } = await renderMap(story);
    await waitFor(() => expect(labelOf(container, 'place:base')).not.toBeNull());
    expect(container.querySelector('.map-labels img')).toBeNull();
    expect(labelOf(container, 'place:base')).toHaveTextContent('<img src=x onerror=alert(1)>Base');
  });
});

describe('placeOrder', () => {
  test('puts the selected place first, then related places, then the tour, then the rest', () => {
    const story = miniStory();
    const ids = story.places.map((p) => p.id);
    const none = placeOrder(story, null, ids);
    expect(none.every((p) => p.state === 'idle')).toBe(true);
    const last = ids[ids.length - 1] as string;
    const ordered = placeOrder(story, { kind: 'place', id: last }, ids);
    expect(ordered[0]).toEqual(expect.objectContaining({ id: last, state: 'selected' }));
    const ranks = ordered.map((p) => p.state);
    const firstUnrelated = ranks.indexOf('unrelated');
    if (firstUnrelated >= 0) expect(ranks.slice(firstUnrelated)).not.toContain('related');
  });
});
