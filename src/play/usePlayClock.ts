import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
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

/**
 * A value computed from the playhead's time, for the views in step with it (what is happening,
 * the rings on the map, a quote's state). It follows the clock's calm time (every jump, and a
 * few times a second while playing), is recomputed only when that time enters another stretch
 * of the day (see `PlayModel.phaseKey`) or `deps` change, and the component re-renders
 * only when the value changes (compare with `Object.is`: return a string or number to skip
 * re-renders for equal results). `compute` gets the time at which the stretch was entered.
 */
export function useClockPhase<T>(compute: (t: number | null) => T, deps: readonly unknown[]): T {
  const clock = usePlayClock();
  const cache = useRef<{ key: number | null; deps: readonly unknown[]; value: T } | null>(null);
  const latest = useRef(compute);
  latest.current = compute;
  const subscribe = useCallback((onChange: () => void) => clock.subscribeCalm(onChange), [clock]);
  const read = () => {
    const t = clock.calmNow();
    const key = t === null ? null : clock.model.phaseKey(t);
    const known = cache.current;
    if (known && known.key === key && sameDeps(known.deps, deps)) return known.value;
    const value = latest.current(t);
    cache.current = { key, deps, value };
    return value;
  };
  return useSyncExternalStore(subscribe, read, read);
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
