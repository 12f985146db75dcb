import { type KeyboardEvent, type PointerEvent, type RefObject, useEffect } from 'react';
import { parseT } from '../play/clock';
import { usePlayClock } from '../play/usePlayClock';
import { useStore } from '../state/hooks';
import { formatClock, zoneAbbreviation } from '../time/zone';

export const MINUTE = 60_000;

/** The slider's value (minutes from `from`) and its words, for the time `ms`. */
export function sliderValue(ms: number, from: number, zone: string) {
  return {
    now: Math.round((ms - from) / MINUTE),
    text: `${formatClock(ms, zone)} ${zoneAbbreviation(zone, ms)}`,
  };
}

/** Which way the day runs on the slider: across the wide timeline, down the vertical day. */
export type PlayheadAxis = 'across' | 'down';

/** Minutes a key moves the playhead by, on each axis. */
const KEY_MINUTES: Record<PlayheadAxis, Readonly<Record<string, number>>> = {
  across: { ArrowLeft: -5, ArrowRight: 5, PageDown: -60, PageUp: 60 },
  down: { ArrowUp: -5, ArrowDown: 5, ArrowLeft: -5, ArrowRight: 5, PageUp: -60, PageDown: 60 },
};

/**
 * Where a key moves the playhead from `now`, or null for a key it does not take: five minutes
 * for an arrow, an hour for a page key, the ends for Home and End. The keys follow the line's
 * movement on screen: across, Left and Page Down go earlier (as on any slider); down the
 * screen, Up and Page Up go earlier, so Down moves the line down the day.
 */
export function playheadKeyTarget(
  key: string,
  now: number,
  [from, to]: readonly [number, number],
  axis: PlayheadAxis,
): number | null {
  if (key === 'Home') return from;
  if (key === 'End') return to;
  const minutes = KEY_MINUTES[axis][key];
  return minutes === undefined ? null : now + minutes * MINUTE;
}

/**
 * Keeps the slider's accessible value on the store's `t` (once a second while playing, at once
 * on a jump), written to the element directly: the view around it does not re-render for it.
 */
export function usePlayheadValue(
  headRef: RefObject<Element | null>,
  from: number,
  zone: string,
): void {
  const store = useStore();
  const clock = usePlayClock();
  useEffect(
    function followValue() {
      const write = (t: string | null) => {
        const head = headRef.current;
        if (!head) return;
        const value = sliderValue(parseT(t) ?? clock.startTime(), from, zone);
        head.setAttribute('aria-valuenow', String(value.now));
        head.setAttribute('aria-valuetext', value.text);
      };
      write(store.get().t);
      return store.subscribe((state, previous) => {
        if (state.t !== previous.t) write(state.t);
      });
    },
    [headRef, store, clock, from, zone],
  );
}

/**
 * The playhead's pointer and key handlers, on either axis: a press stops playing and seeks to the
 * pointer (`timeAt` reads its time from the event), a drag scrubs, the keys step (see
 * {@link playheadKeyTarget}); the slider takes the focus without scrolling the page.
 */
export function usePlayheadHandlers(
  headRef: RefObject<HTMLElement | SVGElement | null>,
  axis: PlayheadAxis,
  timeAt: (e: PointerEvent<Element>) => number,
) {
  const store = useStore();
  const clock = usePlayClock();
  return {
    onPointerDown(e: PointerEvent<Element>) {
      if (e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      e.currentTarget.setPointerCapture?.(e.pointerId);
      if (store.get().playing) store.set({ playing: false });
      clock.seek(timeAt(e));
      headRef.current?.focus({ preventScroll: true });
    },
    onPointerMove(e: PointerEvent<Element>) {
      if (e.currentTarget.hasPointerCapture?.(e.pointerId)) clock.seek(timeAt(e));
    },
    onKeyDown(e: KeyboardEvent<Element>) {
      const now = clock.now() ?? clock.startTime();
      const target = playheadKeyTarget(e.key, now, clock.model.range, axis);
      if (target === null) return;
      e.preventDefault();
      e.stopPropagation();
      clock.seek(target);
    },
  };
}
