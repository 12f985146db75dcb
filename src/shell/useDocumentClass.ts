import { useLayoutEffect } from 'react';

/**
 * Puts a class on `<html>` while `on` is true (before the frame paints). Page-wide themes hang
 * on it: a plain class costs nothing, where `html:has(…)` made every change anywhere in the page
 * re-check the whole document's styles.
 */
export function useDocumentClass(name: string, on: boolean): void {
  useLayoutEffect(
    function toggleDocumentClass() {
      if (!on) return;
      const root = document.documentElement;
      root.classList.add(name);
      return function removeDocumentClass() {
        root.classList.remove(name);
      };
    },
    [name, on],
  );
}
