import { useEffect } from 'react';
import { useStore } from '../state/hooks';

/** Esc clears the selection anywhere on the page, unless a dialog or presentation mode has it. */
export function useEscapeClears() {
  const store = useStore();
  useEffect(
    function listenForEscape() {
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if (store.get().present) return;
        if (document.querySelector('dialog[open]')) return;
        store.set({ selection: null });
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [store],
  );
}
