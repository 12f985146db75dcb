import { useEffect } from 'react';
import { useStore, useStory } from '../state/hooks';
import type { PlaySpeed } from '../state/store';
import { clockFor } from './clock';
import { nextStep } from './dayEvents';

/** Milliseconds of the day per millisecond of playing, for each speed. */
export const rateOf = (speed: PlaySpeed) => 3_600_000 / (speed * 1000);

/** With reduced motion, how long each event stays before the next (by speed). */
export const STEP_DWELL_MS: Record<PlaySpeed, number> = { 5: 1200, 15: 2500, 60: 5000 };

/** True when the reader asked the system for less motion. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Runs the clock while `playing`: every animation frame the playhead moves by the frame's time
 * at the chosen speed; at the end of the day it stops. With reduced motion it steps from event
 * to event instead, pausing on each. Mounted once, by the explorer.
 */
export function usePlayback(): void {
  const store = useStore();
  const story = useStory();

  useEffect(
    function followPlaying() {
      const clock = clockFor(store, story);
      let stop: (() => void) | null = null;

      const start = () => {
        const t = clock.now();
        if (t === null || t >= clock.model.range[1]) clock.seek(clock.startTime());
        stop = reducedMotion() ? stepLoop() : frameLoop();
      };

      const frameLoop = () => {
        let last: number | null = null;
        let frame = requestAnimationFrame(function tick(time) {
          const from = clock.now() ?? clock.startTime();
          const elapsed = last === null ? 0 : Math.min(100, time - last);
          last = time;
          const next = from + elapsed * rateOf(store.get().speed);
          clock.advance(next);
          if (next >= clock.model.range[1]) store.set({ playing: false });
          else frame = requestAnimationFrame(tick);
        });
        return () => cancelAnimationFrame(frame);
      };

      const stepLoop = () => {
        let timer = setTimeout(function step() {
          const next = nextStep(clock.model, clock.now() ?? clock.startTime());
          if (next === null) {
            store.set({ playing: false });
            return;
          }
          clock.seek(next);
          timer = setTimeout(step, STEP_DWELL_MS[store.get().speed]);
        }, STEP_DWELL_MS[store.get().speed] / 2);
        return () => clearTimeout(timer);
      };

      const halt = () => {
        stop?.();
        stop = null;
      };

      if (store.get().playing) start();
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.playing === previous.playing) return;
        if (state.playing) start();
        else {
          halt();
          const t = clock.now();
          if (t !== null) clock.seek(t);
        }
      });
      return function stopPlayback() {
        unsubscribe();
        halt();
      };
    },
    [store, story],
  );
}
