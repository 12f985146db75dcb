/** A box on the page, in client pixels (a `DOMRect` is one). */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Least room between the playhead's time and a tick label left showing beside it. */
export const COVER_GAP_PX = 2;

/** The box stretched `ahead` pixels to the right: everywhere it will pass before it is next looked at. */
export function sweptRight(box: Box, ahead: number): Box {
  // Read field by field: a DOMRect's sides are getters, which a spread would not copy.
  const { left, right, top, bottom } = box;
  return { left, right: right + Math.max(0, ahead), top, bottom };
}

/**
 * For each tick label, whether one of the playhead's label boxes covers it or comes closer than
 * `gap`: those step aside while it is there. An empty label (no box) is never covered.
 */
export function coveredLabels(
  heads: readonly Box[],
  labels: readonly Box[],
  gap: number = COVER_GAP_PX,
): boolean[] {
  return labels.map(
    (label) =>
      label.right > label.left &&
      heads.some(
        (head) =>
          head.left - gap < label.right &&
          label.left < head.right + gap &&
          head.top < label.bottom &&
          label.top < head.bottom,
      ),
  );
}
