import { useCallback, useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const isFullscreen = () =>
  document.fullscreenElement !== null && document.fullscreenElement !== undefined;

/**
 * Full screen for the embed. Shown only where the browser allows it: inside an iframe that
 * means the host gave it `allow="fullscreen"`.
 */
export function FullscreenButton() {
  const t = useT();
  const on = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(() => {
    const done = on ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    // Refusals (no user gesture, a policy) leave the page as it was; nothing to report.
    done?.catch(() => {});
  }, [on]);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="button button--quiet embed-bar__action"
      aria-pressed={on}
      onClick={toggle}
    >
      {t('embed.fullscreen')}
    </button>
  );
}
