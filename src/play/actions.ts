import type { Store } from '../state/store';
import type { PlayClock } from './clock';
import { nextStep, previousStep } from './dayEvents';

/** Play, or pause while playing. */
export function togglePlay(store: Store): void {
  store.set({ playing: !store.get().playing });
}

/**
 * To the next (`1`) or previous (`-1`) event or departure/arrival. Stepping pauses: the reader
 * has taken the wheel.
 */
export function stepEvent(store: Store, clock: PlayClock, direction: 1 | -1): void {
  const t = clock.now() ?? clock.startTime();
  const to = direction === 1 ? nextStep(clock.model, t) : previousStep(clock.model, t);
  if (store.get().playing) store.set({ playing: false });
  clock.seek(to ?? (direction === 1 ? clock.model.range[1] : clock.model.range[0]));
}
