import { useT } from '../i18n/i18n';
import { useFullscreen } from '../ui/useFullscreen';

/**
 * Full screen for the embed. Shown only where the browser allows it: inside an iframe that
 * means the host gave it `allow="fullscreen"`.
 */
export function FullscreenButton() {
  const t = useT();
  const { enabled, active, toggle } = useFullscreen();
  if (!enabled) return null;
  return (
    <button
      type="button"
      className="button button--quiet embed-bar__action"
      aria-pressed={active}
      onClick={toggle}
    >
      {t('embed.fullscreen')}
    </button>
  );
}
