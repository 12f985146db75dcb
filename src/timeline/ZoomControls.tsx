import { memo } from 'react';
import { useT } from '../i18n/i18n';

/** Props of the zoom buttons. */
export interface ZoomControlsProps {
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

/**
 * Zoom in, zoom out and reset, for those who do not use a wheel or pinch. At a limit the button
 * stays focusable (`aria-disabled`) so that keyboard focus is not lost from under the reader.
 */
function ZoomControlsView({
  canZoomIn,
  canZoomOut,
  onZoomIn,
  onZoomOut,
  onReset,
}: ZoomControlsProps) {
  const t = useT();
  return (
    <fieldset className="tl-zoom">
      <legend className="visually-hidden">{t('zoom.legend')}</legend>
      <button
        type="button"
        className="tl-zoom__button"
        aria-label={t('zoom.in')}
        title={t('zoom.inTitle')}
        aria-disabled={!canZoomIn}
        onClick={() => canZoomIn && onZoomIn()}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="tl-zoom__button"
        aria-label={t('zoom.out')}
        title={t('zoom.outTitle')}
        aria-disabled={!canZoomOut}
        onClick={() => canZoomOut && onZoomOut()}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="tl-zoom__button tl-zoom__button--text"
        title={t('zoom.resetTitle')}
        onClick={onReset}
      >
        {t('zoom.reset')}
      </button>
    </fieldset>
  );
}

export const ZoomControls = memo(ZoomControlsView);
