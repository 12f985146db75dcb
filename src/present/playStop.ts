import type { PlayClock } from '../play/clock';
import type { Store } from '../state/store';
import type { StopSpan } from './stopSpan';

/**
 * Plays a stop's span of the day, with the map and the words in step (the explorer's playback
 * runs the clock; with reduced motion it steps). From the span's start, unless the playhead is
 * already inside it; it stops at the span's end. While playing, it pauses instead.
 */
export function playStop(store: Store, clock: PlayClock, span: StopSpan | null): void {
  if (store.get().playing) {
    store.set({ playing: false });
    return;
  }
  if (!span) return;
  const t = clock.now();
  if (t === null || t < span.from || t >= span.to) clock.seek(span.from);
  clock.playUntil(span.to);
  store.set({ playing: true });
}
