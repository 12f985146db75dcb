import { startTransition, useEffect, useState } from 'react';

/** Where animation frames are paused (a background tab, an off-screen frame), wait no longer. */
const FALLBACK_MS = 150;

/**
 * False until the frame in which the component first appeared has been painted, then true (set
 * in a transition, so what it reveals renders in slices). Views that are not needed for the first
 * paint use it to come in a frame later, which keeps the first render's one long task short.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(function waitForPaint() {
    let timer = 0;
    const reveal = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
      startTransition(() => setPainted(true));
    };
    // A task queued from an animation frame runs after that frame's paint.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(reveal, 0);
    });
    const fallback = window.setTimeout(reveal, FALLBACK_MS);
    return function stopWaiting() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}
