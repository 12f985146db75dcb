import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * The sizes the stop's words may take, as fractions of their full size. Every stop of the Alaska
 * story fits at 0.78 or more on a 1920×1080 projector, where that keeps the note at 24 px (1.45rem
 * of 21.5 px); the smaller steps are for short screens (1280×720) and longer words.
 */
export const FIT_STEPS = [1, 0.92, 0.85, 0.78, 0.72, 0.66] as const;

/**
 * The largest of `FIT_STEPS` at which the box's content fits without scrolling, for the content
 * named by `content` (a new stop, language or time zone starts again from full size, and so
 * does a box that changed size). Measured before paint, one step at a time, so the reader never
 * sees a size that did not fit. Where even the smallest does not fit, the box scrolls.
 */
export function useFitToBox(box: RefObject<HTMLElement | null>, content: string): number {
  // Counts the box's changes of size since it was last fitted (its first report is no change).
  const [resizes, setResizes] = useState(0);
  const fittedAt = useRef('');
  const key = `${content}\n${resizes}`;
  const [fit, setFit] = useState({ key, step: 0 });
  const step = fit.key === key ? fit.step : 0;

  useEffect(
    function refitWhenResized() {
      const element = box.current;
      if (!element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => {
        if (sizeOf(element) !== fittedAt.current) setResizes((n) => n + 1);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [box],
  );

  useLayoutEffect(
    function shrinkUntilItFits() {
      const element = box.current;
      if (!element) return;
      fittedAt.current = sizeOf(element);
      if (step >= FIT_STEPS.length - 1) return;
      if (element.scrollHeight > element.clientHeight + 1) setFit({ key, step: step + 1 });
    },
    [box, key, step],
  );

  return FIT_STEPS[step] ?? 1;
}

const sizeOf = (element: HTMLElement) => `${element.clientWidth}x${element.clientHeight}`;
