import { memo } from 'react';

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
  return (
    <fieldset className="tl-zoom">
      <legend className="tl-visually-hidden">Zoom</legend>
      <button
        type="button"
        className="tl-zoom__button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        aria-disabled={!canZoomIn}
        onClick={() => canZoomIn && onZoomIn()}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="tl-zoom__button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        aria-disabled={!canZoomOut}
        onClick={() => canZoomOut && onZoomOut()}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="tl-zoom__button tl-zoom__button--text"
        title="Reset view (0)"
        onClick={onReset}
      >
        Reset view
      </button>
    </fieldset>
  );
}

export const ZoomControls = memo(ZoomControlsView);
