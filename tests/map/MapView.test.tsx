import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createStore, type Store } from '../../src/state/store';
import { miniStory } from '../fixtures/mini-story';
import { isInView, withSizedMaps } from './mapSize';
import { markerOf, renderMap } from './renderMap';

beforeEach(() => {
  // The basemap stays loading here; it has its own tests.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
  return () => vi.unstubAllGlobals();
});

const select = (store: Store, kind: 'event' | 'place' | 'quote', id: string) =>
  act(() => store.set({ selection: { kind, id } }));

describe('MapView', () => {
  test('is the map region of the page, with a visible heading', async () => {
    await renderMap();
    const region = screen.getByRole('region', { name: 'Map of the places' });
    expect(region).toHaveAttribute('data-view', 'map');
    expect(within(region).getByRole('heading', { name: 'Map' })).toBeVisible();
  });

  test('every place has a marker with data-place-id and data-state="idle"', async () => {
    const { container, story } = await renderMap();
    for (const place of story.places) {
      expect(markerOf(container, place.id)).toHaveAttribute('data-state', 'idle');
    }
    expect(container.querySelectorAll('[data-place-id]')).toHaveLength(story.places.length);
  });

  test('markers are buttons named by place, kind and what is linked to them', async () => {
    await renderMap();
    expect(
      screen.getByRole('button', { name: 'Air base, base — 3 events, 2 quotes' }),
    ).toHaveAttribute('data-place-id', 'base');
    expect(
      screen.getByRole('button', { name: 'Capital city, city — 1 event, 1 quote' }),
    ).toHaveAttribute('data-place-id', 'capital');
  });

  test('clicking a marker selects its place', async () => {
    const { container, store } = await renderMap();
    fireEvent.click(markerOf(container, 'base'));
    expect(store.get().selection).toEqual({ kind: 'place', id: 'base' });
    expect(markerOf(container, 'base')).toHaveAttribute('data-state', 'selected');
    expect(markerOf(container, 'capital')).toHaveAttribute('data-state', 'unrelated');
  });

  test('a selected marker says it is the current one (its name is drawn by MapLabels)', async () => {
    const { container, store } = await renderMap();
    select(store, 'place', 'capital');
    const marker = markerOf(container, 'capital');
    expect(marker).toHaveAttribute('aria-current', 'true');
    expect(marker).toHaveAccessibleName(/^Capital city/);
    expect(markerOf(container, 'base')).not.toHaveAttribute('aria-current');
  });

  test('Enter or Space on a focused marker selects it', async () => {
    const user = userEvent.setup();
    const { store } = await renderMap();
    screen.getByRole('button', { name: /^Air base/ }).focus();
    await user.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ kind: 'place', id: 'base' });
    screen.getByRole('button', { name: /^Capital city/ }).focus();
    await user.keyboard(' ');
    expect(store.get().selection).toEqual({ kind: 'place', id: 'capital' });
  });

  test('markers can be reached with Tab after the map itself', async () => {
    const user = userEvent.setup();
    await renderMap();
    await user.tab(); // Reset map
    await user.tab(); // the map: arrow keys pan
    expect(document.activeElement).toHaveAccessibleName(/arrow keys pan/);
    await user.tab();
    expect(document.activeElement).toHaveAttribute('data-place-id', 'base');
  });

  test('selecting in another view updates the markers: related places light up', async () => {
    const { container, store } = await renderMap();
    select(store, 'quote', 'q-capital');
    expect(markerOf(container, 'capital')).toHaveAttribute('data-state', 'related');
    expect(markerOf(container, 'base')).toHaveAttribute('data-state', 'unrelated');
    select(store, 'event', 'talks');
    expect(markerOf(container, 'base')).toHaveAttribute('data-state', 'related');
    expect(markerOf(container, 'capital')).toHaveAttribute('data-state', 'unrelated');
    act(() => store.set({ selection: null }));
    expect(markerOf(container, 'base')).toHaveAttribute('data-state', 'idle');
  });

  test('focusing a marker previews its kind and the events there', async () => {
    const user = userEvent.setup();
    await renderMap();
    const marker = screen.getByRole('button', { name: /^Air base/ });
    await user.hover(marker);
    expect(marker).toHaveAccessibleDescription(/Air base.*base.*Arrival.*Talks.*Press statements/);
    await user.unhover(marker);
    expect(marker).not.toHaveAccessibleDescription(/Talks/);
    act(() => marker.focus());
    expect(marker).toHaveAccessibleDescription(/Talks/);
  });

  test('dataset text is shown as text, never run as markup', async () => {
    const story = miniStory({
      places: [
        {
          id: 'base',
          name: '<img src=x onerror=alert(1)>Base',
          lat: 61.25,
          lon: -149.8,
          kind: '<b>base</b>',
        },
        { id: 'capital', name: 'Capital city', lat: 55.75, lon: 37.62, kind: 'city' },
      ],
    });
    const { container, store } = await renderMap(story);
    select(store, 'place', 'base');
    expect(container.querySelector('img')).toBeNull();
    expect(markerOf(container, 'base')).toHaveAccessibleName(/^<img src=x onerror=alert\(1\)>Base/);
  });

  test('route paths carry data-route-id and data-state', async () => {
    const story = miniStory({
      places: [...miniStory().places, { id: 'elsewhere', name: 'Elsewhere', lat: 0, lon: 10 }],
    });
    const { container, store } = await renderMap(story);
    const route = container.querySelector('path[data-route-id="home"]');
    expect(route).toHaveAttribute('data-state', 'idle');
    expect(route).toHaveAccessibleName('Flight home');
    select(store, 'event', 'next');
    expect(route).toHaveAttribute('data-state', 'related');
    select(store, 'place', 'elsewhere');
    expect(route).toHaveAttribute('data-state', 'unrelated');
  });

  test('has zoom buttons, a reset button and a legend of shapes and lines', async () => {
    await renderMap();
    expect(screen.getByRole('button', { name: 'Zoom in on the map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom out on the map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset map' })).toBeInTheDocument();
    const legend = screen.getByText('Legend').closest('details') as HTMLElement;
    for (const entry of [
      'Military bases',
      'Cities and towns',
      'Flight',
      'Selected',
      'Linked to the selection',
    ]) {
      expect(within(legend).getByText(entry)).toBeInTheDocument();
    }
  });

  test('axe finds no violations, idle, with a selection and with a preview open', async () => {
    const { container, store } = await renderMap();
    const violations = async () => {
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
    };
    expect(await violations()).toEqual([]);
    select(store, 'event', 'talks');
    expect(await violations()).toEqual([]);
    act(() => markerOf(container, 'base').focus());
    expect(await violations()).toEqual([]);
  });

  test('makes no request beyond its own origin', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    await renderMap();
    const urls = fetch.mock.calls.map((call) => String((call as unknown[])[0]));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(new URL(url, window.location.href).origin).toBe(window.location.origin);
  });

  test('leaves no listener behind when it unmounts', async () => {
    const store = createStore();
    let listening = 0;
    const counted: Store = {
      ...store,
      subscribe(listener) {
        listening++;
        const stop = store.subscribe(listener);
        return () => {
          listening--;
          stop();
        };
      },
    };
    const { unmount } = await renderMap(miniStory(), counted);
    expect(listening).toBeGreaterThan(0);
    unmount();
    expect(listening).toBe(0);
  });
});

describe('MapView in a sized panel', () => {
  withSizedMaps();

  test('shows Alaska and Moscow in the first view', async () => {
    const { container } = await renderMap();
    expect(isInView(markerOf(container, 'base'))).toBe(true);
    expect(isInView(markerOf(container, 'capital'))).toBe(true);
  });

  test('selecting a place flies there; Reset map goes back to the first view', async () => {
    const user = userEvent.setup();
    const { container, store } = await renderMap();
    select(store, 'place', 'capital');
    // The map moves once the selection has painted.
    await waitFor(() => expect(isInView(markerOf(container, 'base'))).toBe(false));
    expect(isInView(markerOf(container, 'capital'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Reset map' }));
    expect(isInView(markerOf(container, 'base'))).toBe(true);
    expect(isInView(markerOf(container, 'capital'))).toBe(true);
  });
});
