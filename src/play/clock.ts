import type { ChangeSource, Store } from '../state/store';
import type { Story } from '../story/types';
import { parseIsoTime } from '../time/iso';
import { buildPlayModel, clampToRange, type PlayModel } from './dayEvents';
import { isoInZone } from './isoInZone';

/**
 * How often, at most, playing writes `t` to the store: the address, the embed's `time` message
 * and the playhead's accessible value follow it; everything in step with the playhead reads the
 * clock instead.
 */
export const STORE_INTERVAL_MS = 1000;

/**
 * How often, at most, playing tells the words in step (what is happening, the rings on the map,
 * the quotes' states) that the time moved on; a jump tells them at once.
 */
export const PHASE_INTERVAL_MS = 250;

/**
 * Playing at an even pace: the day's time is `from + (w - at) × rate` at page time `w` (ms, the
 * clock of `performance.now()` and `document.timeline`), until `until`. The playhead and the
 * planes hand this to the compositor as animations, so they glide without the page's main thread.
 */
export interface Motion {
  readonly from: number;
  readonly at: number;
  /** Milliseconds of the day per millisecond of playing. */
  readonly rate: number;
  readonly until: number;
}

/** The day's time a motion gives at page time `w`. */
export const motionAt = (m: Motion, w: number) => Math.min(m.until, m.from + (w - m.at) * m.rate);

/**
 * The playhead's time at frame rate. The store holds `t` for the address and the host (once a
 * second while playing); the playhead and the moving planes read this clock and subscribe to it,
 * so playing moves them every frame without re-rendering the views, and the words in step
 * re-render only when what is happening changes (`useClockPhase`).
 */
export interface PlayClock {
  readonly model: PlayModel;
  /** The playhead in ms, or `null` while no time is set. */
  now(): number | null;
  /** Called on every change of the playhead, up to every frame. */
  subscribe(listener: (ms: number | null) => void): () => void;
  /**
   * The playhead as the words in step see it: it follows every jump at once, and playing at most
   * every {@link PHASE_INTERVAL_MS} (and always the last time).
   */
  calmNow(): number | null;
  /** Called whenever {@link calmNow} changes. */
  subscribeCalm(listener: () => void): () => void;
  /** Jumps (a seek, a drag, a step): the store follows at once. */
  seek(ms: number, source?: ChangeSource): void;
  /** One frame of playing: the store follows at most every {@link STORE_INTERVAL_MS}. */
  advance(ms: number): void;
  /** Where Play starts from when no time is set, or the end has been reached. */
  startTime(): number;
  /** Where playing stops early (a presentation's stop), or `null` for the end of the day. */
  until(): number | null;
  /** Sets {@link until}; playing clears it when it stops. */
  playUntil(ms: number | null): void;
  /** Where playing ends: {@link until}, or the end of the day. */
  end(): number;
  /** The even pace the clock is playing at, or `null` while it stands still or steps. */
  motion(): Motion | null;
  /** Starts (or, with `null`, ends) an even pace; listeners of {@link subscribeMotion} hear it. */
  setMotion(motion: Motion | null): void;
  subscribeMotion(listener: (motion: Motion | null) => void): () => void;
}

const clocks = new WeakMap<Store, { story: Story; clock: PlayClock }>();

/** The one clock of a store and story (made on first use). */
export function clockFor(store: Store, story: Story): PlayClock {
  const known = clocks.get(store);
  if (known && known.story === story) return known.clock;
  const clock = createClock(store, story);
  clocks.set(store, { story, clock });
  return clock;
}

/** The ms of an ISO `t`, or `null`. */
export function parseT(t: string | null): number | null {
  if (t === null) return null;
  return parseIsoTime(t) ?? null;
}

export function createClock(
  store: Store,
  story: Story,
  now: () => number = () => performance.now(),
): PlayClock {
  const model = buildPlayModel(story);
  const listeners = new Set<(ms: number | null) => void>();
  const calmListeners = new Set<() => void>();
  const motionListeners = new Set<(motion: Motion | null) => void>();
  let motion: Motion | null = null;
  let until: number | null = null;
  const adopt = (t: string | null) => {
    const ms = parseT(t);
    return ms === null ? null : clampToRange(model, ms);
  };
  let current = adopt(store.get().t);
  let written = store.get().t;
  let writtenAt = Number.NEGATIVE_INFINITY;

  let calm = current;
  let calmAt = Number.NEGATIVE_INFINITY;
  let calmTimer: ReturnType<typeof setTimeout> | undefined;
  const notifyCalm = () => {
    clearTimeout(calmTimer);
    calmTimer = undefined;
    calmAt = now();
    if (calm === current) return;
    calm = current;
    for (const listener of calmListeners) listener();
  };
  // A jump tells the words in step at once; playing, in a task of its own (not inside the
  // frame that moves the playhead), at most every PHASE_INTERVAL_MS.
  const notify = (jump: boolean) => {
    for (const listener of listeners) listener(current);
    if (jump) notifyCalm();
    else calmTimer ??= setTimeout(notifyCalm, Math.max(0, PHASE_INTERVAL_MS - (now() - calmAt)));
  };
  let writeTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelWrite = () => {
    clearTimeout(writeTimer);
    writeTimer = undefined;
  };
  const write = (source: ChangeSource) => {
    if (current === null) return;
    written = isoInZone(current, story.timezone);
    writtenAt = now();
    store.set({ t: written }, source);
  };

  // Whoever else sets `t` (the URL, a host's seek, Back) moves the clock too. The clock follows
  // the store only while something follows the clock, so an unmounted view leaves no listener.
  const sync = (t: string | null) => {
    if (t === written) return false;
    written = t;
    current = adopt(t);
    return true;
  };
  let stopFollowing: (() => void) | null = null;
  const follow = () => {
    if (stopFollowing) return;
    sync(store.get().t);
    calm = current;
    stopFollowing = store.subscribe((state) => {
      if (sync(state.t)) notify(true);
    });
  };
  const unfollow = () => {
    if (listeners.size > 0 || calmListeners.size > 0 || !stopFollowing) return;
    stopFollowing();
    stopFollowing = null;
    clearTimeout(calmTimer);
    calmTimer = undefined;
  };

  return {
    model,
    now: () => {
      if (!stopFollowing) sync(store.get().t);
      return current;
    },
    subscribe(listener) {
      follow();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        unfollow();
      };
    },
    calmNow: () => {
      if (!stopFollowing) {
        sync(store.get().t);
        calm = current;
      }
      return calm;
    },
    subscribeCalm(listener) {
      follow();
      calmListeners.add(listener);
      return () => {
        calmListeners.delete(listener);
        unfollow();
      };
    },
    seek(ms, source = 'user') {
      current = clampToRange(model, ms);
      cancelWrite();
      notify(true);
      write(source);
    },
    advance(ms) {
      current = clampToRange(model, ms);
      notify(false);
      // Once a second, in a task of its own, half-way between two calm notices: the address,
      // the host and the slider's value never land in the same frame as the words in step.
      const at = now();
      if (
        writeTimer === undefined &&
        at - writtenAt >= STORE_INTERVAL_MS &&
        at - calmAt >= PHASE_INTERVAL_MS / 2
      )
        writeTimer = setTimeout(() => {
          writeTimer = undefined;
          write('user');
        }, 0);
    },
    until: () => until,
    playUntil(ms) {
      until = ms === null ? null : clampToRange(model, ms);
    },
    end: () => Math.min(model.range[1], until ?? Number.POSITIVE_INFINITY),
    motion: () => motion,
    setMotion(next) {
      if (next === motion) return;
      motion = next;
      for (const listener of motionListeners) listener(motion);
    },
    subscribeMotion(listener) {
      motionListeners.add(listener);
      return () => motionListeners.delete(listener);
    },
    startTime() {
      const [from] = story.dayExtent;
      return clampToRange(model, from - 40 * 60_000);
    },
  };
}
