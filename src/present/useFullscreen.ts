import { useCallback, useEffect, useState } from 'react';

/** The page's full-screen state and a toggle; `enabled` is false where the browser refuses it. */
export interface Fullscreen {
  readonly enabled: boolean;
  readonly active: boolean;
  toggle(): void;
  exit(): void;
}

/** Full screen of the whole page (views and stop card together), through the Fullscreen API. */
export function useFullscreen(): Fullscreen {
  // An iframe without `allow="fullscreen"` reports false; the button is then not offered.
  const enabled = document.fullscreenEnabled === true;
  const [active, setActive] = useState(() => !!document.fullscreenElement);

  useEffect(function followFullscreen() {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  return { enabled, active, toggle, exit };
}
