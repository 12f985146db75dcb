import { useEffect, useRef } from 'react';
import { useStore, useStory } from '../state/hooks';
import { clockFor, type PlayClock } from './clock';

/** The story's play clock. */
export function usePlayClock(): PlayClock {
  return clockFor(useStore(), useStory());
}

/**
 * Calls `paint` with the playhead's time now and on every change (up to every frame), without
 * re-rendering: for the playhead and the moving planes, which write to their own DOM nodes.
 * `paint` may change between renders; the latest is used.
 */
export function useClockPaint(paint: (ms: number | null) => void): void {
  const clock = usePlayClock();
  const latest = useRef(paint);
  latest.current = paint;
  useEffect(() => {
    latest.current(clock.now());
  });
  useEffect(
    function followClock() {
      return clock.subscribe((ms) => latest.current(ms));
    },
    [clock],
  );
}
