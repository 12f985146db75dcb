import { type RefObject, useEffect, useState } from 'react';

/** The part of an element on screen, in px from its top edge, widened to whole steps. */
export interface ViewBand {
  readonly from: number;
  readonly to: number;
}

/** The band moves in steps of this many px, so scrolling re-renders only now and then. */
const STEP = 400;
/** Drawn beyond the screen on each side, so that a quick scroll does not show gaps. */
const MARGIN = 800;

/** What is on screen before the element has been measured: the top of it. */
const FIRST: ViewBand = { from: 0, to: 2 * MARGIN + STEP };

/**
 * Follows which part of a tall element is on screen as the page (or any box around it) scrolls
 * or the window resizes. `off` stops listening and gives `null`: the whole element is drawn.
 */
export function useViewBand(ref: RefObject<HTMLElement | null>, off: boolean): ViewBand | null {
  const [band, setBand] = useState<ViewBand>(FIRST);
  useEffect(
    function followScroll() {
      if (off) return;
      let frame = 0;
      const measure = () => {
        frame = 0;
        const element = ref.current;
        if (!element) return;
        const top = -element.getBoundingClientRect().top;
        const from = Math.floor((top - MARGIN) / STEP) * STEP;
        const to = Math.ceil((top + window.innerHeight + MARGIN) / STEP) * STEP;
        setBand((prev) => (prev.from === from && prev.to === to ? prev : { from, to }));
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(measure);
      };
      measure();
      // Capture: a scroll of any box around the element (the page, a panel) moves it.
      window.addEventListener('scroll', schedule, { capture: true, passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      return function stopFollowing() {
        if (frame) cancelAnimationFrame(frame);
        window.removeEventListener('scroll', schedule, { capture: true });
        window.removeEventListener('resize', schedule);
      };
    },
    [ref, off],
  );
  return off ? null : band;
}
