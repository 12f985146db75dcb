import { useCallback, useSyncExternalStore } from 'react';

/** The page's full-screen state and a toggle; `enabled` is false where the browser refuses it. */
export interface Fullscreen {
  readonly enabled: boolean;
  readonly active: boolean;
  toggle(): void;
  exit(): void;
}

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const isFullscreen = () => !!document.fullscreenElement;
// Refusals (no user gesture, a policy) leave the page as it was; nothing to report.
const ignore = () => {};
const exit = () => {
  if (document.fullscreenElement) document.exitFullscreen().catch(ignore);
};

/** Full screen of the whole page through the Fullscreen API (presentation mode, the embed). */
export function useFullscreen(): Fullscreen {
  // An iframe without `allow="fullscreen"` reports false; callers then offer no button.
  const enabled = document.fullscreenEnabled === true;
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(ignore);
    else document.documentElement.requestFullscreen?.().catch(ignore);
  }, []);
  return { enabled, active, toggle, exit };
}
