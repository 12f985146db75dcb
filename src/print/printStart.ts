import { flushSync } from 'react-dom';

/**
 * Calls `start` synchronously when printing begins: on `beforeprint` (Ctrl/⌘+P, `print()`) and
 * when the page turns into print media. The browser lays out the printed page right after these
 * events, so whatever `start` renders must be committed before it returns (hence `flushSync`).
 * Returns the function that stops listening.
 */
export function onPrintStart(start: () => void): () => void {
  const now = () => flushSync(start);
  const print = window.matchMedia?.('print');
  const onMedia = (event: MediaQueryListEvent) => {
    if (event.matches) now();
  };
  print?.addEventListener?.('change', onMedia);
  window.addEventListener('beforeprint', now);
  return () => {
    window.removeEventListener('beforeprint', now);
    print?.removeEventListener?.('change', onMedia);
  };
}
