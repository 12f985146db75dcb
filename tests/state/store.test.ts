import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store';
import { goToStop, stepTour } from '../../src/state/tour';
import { miniStory } from '../fixtures/mini-story';

describe('createStore', () => {
  it('notifies listeners with the new state, the previous state and the source', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selection: { kind: 'event', id: 'talks' } }, 'host');
    expect(listener).toHaveBeenCalledTimes(1);
    const [next, previous, source] = listener.mock.calls[0] ?? [];
    expect(next.selection).toEqual({ kind: 'event', id: 'talks' });
    expect(previous.selection).toBeNull();
    expect(source).toBe('host');
  });

  it('does not notify when nothing changed (same selection by value)', () => {
    const store = createStore({ selection: { kind: 'place', id: 'base' } });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selection: { kind: 'place', id: 'base' } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes', () => {
    const store = createStore();
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.set({ zone: 'UTC' });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('tour stepping', () => {
  it('the first "next" starts the tour at its first stop', () => {
    const story = miniStory();
    const store = createStore();
    stepTour(store, story, 1);
    expect(store.get().step).toBe(0);
    expect(store.get().selection).toEqual({ kind: 'event', id: 'arrival' });
    stepTour(store, story, 1);
    expect(store.get().step).toBe(1);
  });

  it('goToStop sets the step and selects the stop together', () => {
    const story = miniStory();
    const store = createStore();
    goToStop(store, story, 2);
    expect(store.get().step).toBe(2);
    expect(store.get().selection).toEqual({ kind: 'quote', id: 'q-capital' });
  });

  it('stepTour clamps at both ends of the tour', () => {
    const story = miniStory();
    const store = createStore();
    stepTour(store, story, -1);
    expect(store.get().step).toBe(0);
    expect(store.get().selection).toEqual({ kind: 'event', id: 'arrival' });
    stepTour(store, story, 5);
    expect(store.get().step).toBe(2);
  });
});
