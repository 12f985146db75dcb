import type { PlaceShape } from './placeShape';

/** Props of {@link PlaceGlyph}. */
export interface PlaceGlyphProps {
  /** Which outline to draw. */
  shape: PlaceShape;
  /** Drawn with a dashed outline: the place belongs to history or to what came later. */
  context?: boolean;
  /** Size in CSS pixels (square). */
  size?: number;
}

const OUTLINES: Record<PlaceShape, string> = {
  square: 'M4 4h12v12H4z',
  circle: 'M10 3.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  capital: 'M10 3.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  triangle: 'M10 3.5l7 12.5H3z',
  cross: 'M7.5 3h5v4.5H17v5h-4.5V17h-5v-4.5H3v-5h4.5z',
  diamond: 'M10 2.5l7.5 7.5l-7.5 7.5L2.5 10z',
};

/** A marker's shape, coloured by CSS from the marker's `data-state`. Decorative. */
export function PlaceGlyph({ shape, context = false, size = 20 }: PlaceGlyphProps) {
  return (
    <svg
      className={`place-glyph${context ? ' place-glyph--context' : ''}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        className="place-glyph__ring"
        d="M10 0.75a9.25 9.25 0 1 1 0 18.5a9.25 9.25 0 1 1 0-18.5z"
      />
      <path className="place-glyph__shape" d={OUTLINES[shape]} />
      {shape === 'capital' && <circle className="place-glyph__dot" cx="10" cy="10" r="2.25" />}
    </svg>
  );
}
