import { sameSelection } from '../story/selection';
import type { Story } from '../story/types';
import type { ChangeSource, Store } from './store';

/** Clamps a stop index to the story's tour. */
export function clampStop(story: Story, index: number): number {
  return Math.max(0, Math.min(story.tour.length - 1, Math.trunc(index)));
}

/**
 * Moves the tour to a stop: the step and the stop's selection change together, so every view,
 * the URL, the presenter window and an embedding host see one consistent state.
 */
export function goToStop(store: Store, story: Story, index: number, source: ChangeSource = 'user') {
  if (story.tour.length === 0) return;
  const step = clampStop(story, index);
  const stop = story.tour[step];
  if (!stop) return;
  store.set({ step, selection: stop.selection }, source);
}

/**
 * Moves by `delta` stops (±1 from a clicker or the embed protocol's `step` message). When the
 * tour has not started (the selection is not the current stop's), "next" starts at that stop.
 */
export function stepTour(store: Store, story: Story, delta: number, source: ChangeSource = 'user') {
  const { step, selection } = store.get();
  const onStop = sameSelection(selection, story.tour[step]?.selection ?? null);
  goToStop(store, story, onStop || delta < 0 ? step + delta : step, source);
}
