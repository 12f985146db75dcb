import type { Store } from '../state/store';
import type { PostToHost } from './postToHost';
import { timeMessage } from './protocol';

/** The least time between two `time` messages: a few a second while the day plays. */
export const TIME_MESSAGE_INTERVAL_MS = 250;

/**
 * Posts `time` to the host whenever the playhead or playing changes, at most every
 * {@link TIME_MESSAGE_INTERVAL_MS}; the last change is always sent. Returns the unsubscribe.
 */
export function reportTime(
  store: Store,
  post: PostToHost,
  now: () => number = () => performance.now(),
): () => void {
  let sentAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    sentAt = now();
    const { t, playing } = store.get();
    post(timeMessage(t, playing));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.t === previous.t && state.playing === previous.playing) return;
    if (timer !== undefined) return;
    const wait = sentAt + TIME_MESSAGE_INTERVAL_MS - now();
    // A change of playing is news at once; a moving playhead waits its turn.
    if (wait <= 0 || state.playing !== previous.playing) send();
    else timer = setTimeout(send, wait);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
