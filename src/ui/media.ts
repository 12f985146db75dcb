import { useSyncExternalStore } from 'react';

/** The system setting for less motion: views then jump instead of gliding. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether a media query matches now; false where the browser has no `matchMedia`. */
export function matchesMedia(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** Calls `onChange` whenever the query starts or stops matching; returns the unsubscribe. */
export function subscribeMedia(query: string, onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True when the reader asked the system for less motion (read once, for a single move). */
export const prefersReducedMotion = (): boolean => matchesMedia(REDUCED_MOTION);

/** Whether a media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => subscribeMedia(query, onChange),
    () => matchesMedia(query),
    () => false,
  );
}

/** True while the reader asks for less motion; re-renders when the setting changes. */
export const usePrefersReducedMotion = (): boolean => useMediaQuery(REDUCED_MOTION);
