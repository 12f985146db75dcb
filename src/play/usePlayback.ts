import { useEffect } from 'react';
import { useStore, useStory } from '../state/hooks';
import type { PlaySpeed } from '../state/store';
import { prefersReducedMotion } from '../ui/media';
import { clockFor, type Motion, motionAt } from './clock';
import { nextStep } from './dayEvents';

/** Milliseconds of the day per millisecond of playing, for each speed. */
export const rateOf = (speed: PlaySpeed) => 3_600_000 / (speed * 1000);

/** With reduced motion, how long each event stays before the next (by speed). */
export const STEP_DWELL_MS: Record<PlaySpeed, number> = { 5: 1200, 15: 2500, 60: 5000 };

/**
 * Whether the playhead and planes are handed to the compositor as animations (see Motion). Off:
 * in the bench (headless Chromium, software compositing, 2 shared cores) the glides made frames
 * slower than moving the nodes every frame; kept for machines where they pay off.
 */
const GLIDE = false;

/**
 * Runs the clock while `playing`: every animation frame the playhead moves by the frame's time
 * at the chosen speed; at the end of the day it stops. With reduced motion it steps from event
 * to event instead, pausing on each. It stops at the clock's end: the day's, or a stop's span in
 * presentation mode (`clock.playUntil`). Mounted once, by the explorer.
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
        if (t === null || t >= clock.end()) clock.seek(clock.startTime());
        stop = prefersReducedMotion() ? stepLoop() : frameLoop();
      };

      // The day's time follows the page's clock at an even pace (a motion), which the playhead
      // and the planes hand to the compositor; a slow frame never slows the day down. A new
      // motion starts when the speed changes or a hidden tab is shown again (no leap ahead).
      const frameLoop = () => {
        const begin = (at: number): Motion => {
          const motion = {
            from: clock.now() ?? clock.startTime(),
            at,
            rate: rateOf(store.get().speed),
            until: clock.end(),
          };
          if (GLIDE) clock.setMotion(motion);
          return motion;
        };
        let motion = begin(performance.now());
        const unsubscribe = store.subscribe((state, previous) => {
          if (state.speed !== previous.speed) motion = begin(performance.now());
        });
        const onVisible = () => {
          if (document.visibilityState === 'visible') motion = begin(performance.now());
        };
        document.addEventListener('visibilitychange', onVisible);
        let frame = requestAnimationFrame(function tick(time) {
          const next = Math.max(motion.from, motionAt(motion, time));
          clock.advance(next);
          if (next >= motion.until) store.set({ playing: false });
          else frame = requestAnimationFrame(tick);
        });
        return () => {
          cancelAnimationFrame(frame);
          unsubscribe();
          document.removeEventListener('visibilitychange', onVisible);
          clock.setMotion(null);
        };
      };

      const stepLoop = () => {
        let timer = setTimeout(function step() {
          const found = nextStep(clock.model, clock.now() ?? clock.startTime());
          const end = clock.end();
          const next = found === null ? end : Math.min(found, end);
          if (next <= (clock.now() ?? Number.NEGATIVE_INFINITY)) {
            store.set({ playing: false });
            return;
          }
          clock.seek(next);
          if (next >= end) {
            store.set({ playing: false });
            return;
          }
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
          clock.playUntil(null);
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
