import { useEffect } from 'react';
import { useStore, useStory } from '../state/hooks';
import { isTypingTarget } from '../ui/keyTargets';
import { stepEvent, togglePlay } from './actions';
import { clockFor } from './clock';

/**
 * The playing keys, anywhere on the page: `k` plays and pauses, `j` and `l` go to the previous
 * and next event (as in video players). None of them is used by the timeline (arrows, Home, End,
 * + − 0) or presentation mode (arrows, PageUp/Down, Space, Enter, digits, F, B, `.`, Esc).
 * Left alone while typing in a field and with Ctrl, Alt or ⌘ held.
 */
export function usePlayKeys(): void {
  const store = useStore();
  const story = useStory();
  useEffect(
    function listenForPlayKeys() {
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
        if (isTypingTarget(e.target)) return;
        const key = e.key.toLowerCase();
        if (key === 'k') togglePlay(store);
        else if (key === 'j' || key === 'l')
          stepEvent(store, clockFor(store, story), key === 'l' ? 1 : -1);
        else return;
        e.preventDefault();
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [store, story],
  );
}
