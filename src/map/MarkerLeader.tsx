import type { ItemState } from '../story/types';
import { isMoved, type Pixel } from './spreadMarkers';

/** Props of {@link MarkerLeader}. */
export interface MarkerLeaderProps {
  /** Where the marker's button is drawn, from the place's true point. */
  offset: Pixel;
  /** The place's `data-state`, so the line matches its marker. */
  state: ItemState;
}

/** The line stops this far (px) from the button's centre, under the glyph's outline. */
const UNDER_GLYPH = 6;

/**
 * A dot on a place's true point and a thin line from it to the marker's button, for a marker that
 * was moved aside to keep clear of its neighbours. Decorative: the button carries the name. Drawn
 * (at zero length) for markers that stay put too, so that a marker moving away or back animates.
 */
export function MarkerLeader({ offset, state }: MarkerLeaderProps) {
  const length = Math.max(0, Math.hypot(offset.x, offset.y) - UNDER_GLYPH);
  const angle = Math.atan2(offset.y, offset.x);
  return (
    <span
      className={`marker-leader marker-leader--${state}`}
      data-displaced={isMoved(offset) ? 'true' : 'false'}
      aria-hidden="true"
    >
      <span
        className="marker-leader__line"
        style={{ width: `${length}px`, transform: `rotate(${angle}rad)` }}
      />
      <span className="marker-leader__dot" />
    </span>
  );
}
