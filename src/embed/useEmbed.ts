import { useEffect, useMemo, useRef } from 'react';
import { useStore, useStory } from '../state/hooks';
import type { Frame } from '../state/url';
import { sameSelection } from '../story/selection';
import { createHostChannel } from './hostChannel';
import { hostPoster } from './postToHost';
import { readyMessage, selectMessage } from './protocol';
import { reportTime } from './reportTime';

/**
 * Embed mode's side of the postMessage protocol, once the story is shown: `ready` once, `select`
 * on every selection change, and the host's `select`, `clear` and `step` commands.
 */
export function useEmbed(frame: Frame): void {
  const story = useStory();
  const store = useStore();
  const post = useMemo(() => hostPoster(frame.origin), [frame.origin]);
  const readySent = useRef(false);

  useEffect(
    function announceReady() {
      if (!frame.embed || readySent.current) return;
      readySent.current = true;
      post(readyMessage(story, store.get().selection));
    },
    [frame.embed, post, story, store],
  );

  useEffect(
    function reportSelection() {
      if (!frame.embed) return;
      return store.subscribe((state, previous, source) => {
        if (!sameSelection(state.selection, previous.selection))
          post(selectMessage(state.selection, source));
      });
    },
    [frame.embed, post, store],
  );

  useEffect(
    function reportPlayhead() {
      if (frame.embed) return reportTime(store, post);
    },
    [frame.embed, post, store],
  );

  useEffect(
    function listenToHost() {
      if (!frame.embed) return;
      const channel = createHostChannel({ story, store, origin: frame.origin, post });
      window.addEventListener('message', channel.receive);
      return function stopListening() {
        window.removeEventListener('message', channel.receive);
        channel.dispose();
      };
    },
    [frame.embed, frame.origin, post, story, store],
  );
}
