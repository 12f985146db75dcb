import { bisectLeft, bisector, bisectRight } from 'd3-array';
import type { Story, StoryEvent } from '../story/types';
import { type Journey, storyJourneys } from './journeys';

const MINUTE = 60_000;
/** An instant counts as "happening now" for this long after it (a landing, a departure). */
export const INSTANT_HOLD_MS = 10 * MINUTE;

/** An event known only by its order, placed between the timed events around it. */
export interface OrderWindow {
  /** The nearest timed event before it and after it, if any. */
  readonly after: StoryEvent | null;
  readonly before: StoryEvent | null;
  /** The interval it lies somewhere in: from `after`'s start to `before`'s start. */
  readonly fromMs: number;
  readonly toMs: number;
}

/** What the day looks like at one moment. */
export interface EventAtTime {
  readonly event: StoryEvent;
  /**
   * `past`: over; `now`: happening; `between`: known only by its order and `t` lies in its
   * window, so it may be happening; `future`: not yet.
   */
  readonly phase: 'past' | 'now' | 'between' | 'future';
  /** How strongly to draw it, 0 to 1: an approximate start fades in across its uncertainty. */
  readonly opacity: number;
}

/** The playable day: its events (context left out), windows, journeys and step times. */
export interface PlayModel {
  readonly events: readonly StoryEvent[];
  readonly journeys: readonly Journey[];
  /** From the first departure or event to the last arrival or event end. */
  readonly range: readonly [number, number];
  /** Sorted, distinct moments to step between: timed event starts, departures, arrivals. */
  readonly steps: readonly number[];
  orderWindow(event: StoryEvent): OrderWindow | null;
  /** Timed events that may be happening at `t` (a superset), found by binary search. */
  candidatesAt(t: number): readonly StoryEvent[];
  /** Timed events, by start (ties in story order). */
  readonly timed: readonly StoryEvent[];
  /**
   * Which stretch of the day `t` is in: a number that changes only when some event's phase, the
   * latest started event or a quote's state can change (every start, end and window edge).
   * Found by binary search; what is shown "now" is recomputed only when it changes.
   */
  phaseKey(t: number): number;
}

const byStart = bisector((e: StoryEvent) => e.startMs);
/** The stretch of the day that {@link PlayModel.candidatesAt} lists events by. */
const BUCKET_MS = 5 * MINUTE;

const isOrderOnly = (e: StoryEvent) => e.precision === 'order';

/** Builds the play model of a story once; every query on it is cheap. */
export function buildPlayModel(story: Pick<Story, 'events' | 'routes' | 'eventById'>): PlayModel {
  const events = story.events.filter((e) => !e.context);
  const windows = new Map<string, OrderWindow>();
  let lastTimed: StoryEvent | null = null;
  const pending: StoryEvent[] = [];
  const close = (before: StoryEvent | null, lo: number, hi: number) => {
    for (const e of pending) {
      windows.set(e.id, {
        after: lastTimed,
        before,
        fromMs: lastTimed?.startMs ?? lo,
        toMs: before?.startMs ?? hi,
      });
    }
    pending.length = 0;
  };
  const journeys = storyJourneys(story);
  const times: number[] = [];
  for (const j of journeys)
    for (const leg of j.legs) {
      if (leg.depart) times.push(leg.depart.ms);
      if (leg.arrive) times.push(leg.arrive.ms);
    }
  for (const e of events) if (!isOrderOnly(e)) times.push(e.startMs, e.endMs);
  const range: [number, number] =
    times.length > 0 ? [Math.min(...times), Math.max(...times)] : [0, 0];
  for (const e of events) {
    if (isOrderOnly(e)) pending.push(e);
    else {
      close(e, range[0], range[1]);
      lastTimed = e;
    }
  }
  close(null, range[0], range[1]);
  const starts = events.filter((e) => !isOrderOnly(e)).map((e) => e.startMs);
  const legTimes = journeys.flatMap((j) =>
    j.legs.flatMap((leg) => [leg.depart?.ms, leg.arrive?.ms].filter((ms) => ms !== undefined)),
  );
  const steps = [...new Set([...starts, ...legTimes])].sort((a, b) => a - b);
  // How far before `t` a timed event may start and still be happening, and how far after.
  let reach = INSTANT_HOLD_MS;
  let lead = 0;
  // By start; a stable sort keeps story order among events that start together.
  const timed = events.filter((e) => !isOrderOnly(e)).sort((a, b) => a.startMs - b.startMs);
  for (const e of timed) {
    const approx = (e.approx ?? 0) * MINUTE;
    reach = Math.max(reach, e.endMs - e.startMs + approx, approx);
    lead = Math.max(lead, approx);
  }
  const orderOnly = events.filter(isOrderOnly);
  const firstStartAfter = (ms: number) => byStart.right(timed, ms);
  // Every moment at which something shown "now" may change: an event's fade-in start, start and
  // end, an order-only window's edges (quotes are said at a start or a window's end).
  const edges: number[] = [];
  for (const e of timed) {
    const approx = (e.approx ?? 0) * MINUTE;
    edges.push(e.startMs - approx, e.startMs, endsAt(e));
  }
  for (const w of windows.values()) edges.push(w.fromMs, w.toMs);
  edges.sort((a, b) => a - b);
  // Each stretch of BUCKET_MS of the day lists the timed events that may be happening in it (from
  // their fade-in to their end) and every order-only event, so a query filters a few, not all.
  const buckets: StoryEvent[][] = [];
  const count = Math.ceil((range[1] - range[0]) / BUCKET_MS) + 1;
  if (count < 100_000) {
    for (let i = 0; i < count; i++) buckets.push([]);
    for (const e of timed) {
      const approx = (e.approx ?? 0) * MINUTE;
      const first = Math.max(0, Math.floor((e.startMs - approx - range[0]) / BUCKET_MS));
      const last = Math.min(count - 1, Math.floor((endsAt(e) - range[0]) / BUCKET_MS));
      for (let i = first; i <= last; i++) buckets[i]?.push(e);
    }
    for (const list of buckets) list.push(...orderOnly);
  }
  return {
    events,
    journeys,
    range,
    steps,
    timed,
    orderWindow: (e) => windows.get(e.id) ?? null,
    candidatesAt: (t) => {
      // The bucket's own list when `t` is inside the day; a scan by start outside it.
      const bucket = buckets[Math.floor((t - range[0]) / BUCKET_MS)];
      if (bucket) return bucket;
      return [
        ...timed.slice(firstStartAfter(t - reach - 1), firstStartAfter(t + lead)),
        ...orderOnly,
      ];
    },
    // How many edges are ≤ t and how many are < t: together they settle every `t < edge` and
    // `t <= edge` test, so anything computed from those tests is the same while the key is.
    phaseKey: (t) => bisectRight(edges, t) * (edges.length + 1) + bisectLeft(edges, t),
  };
}

/** When a timed event stops counting as happening: its end, or an instant's hold, plus its approx. */
function endsAt(event: StoryEvent): number {
  const approx = (event.approx ?? 0) * MINUTE;
  return event.endMs > event.startMs
    ? event.endMs + approx
    : event.startMs + Math.max(approx, INSTANT_HOLD_MS);
}

/** An event's phase and opacity at `t` (see {@link EventAtTime}). */
export function eventAt(model: PlayModel, event: StoryEvent, t: number): EventAtTime {
  const window = isOrderOnly(event) ? model.orderWindow(event) : null;
  if (window) {
    if (t < window.fromMs) return { event, phase: 'future', opacity: 0 };
    if (t <= window.toMs) return { event, phase: 'between', opacity: 0.5 };
    return { event, phase: 'past', opacity: 1 };
  }
  const approx = (event.approx ?? 0) * MINUTE;
  const opacity =
    approx > 0
      ? clamp01((t - (event.startMs - approx)) / (2 * approx))
      : t >= event.startMs
        ? 1
        : 0;
  const phase = t < event.startMs - approx ? 'future' : t <= endsAt(event) ? 'now' : 'past';
  return { event, phase, opacity };
}

/** The events happening at `t` (phase `now` or `between`), in time order. */
export function happeningAt(model: PlayModel, t: number): EventAtTime[] {
  // The views in step ask for the same moment one after another: the last answer is kept.
  const known = lastHappening.get(model);
  if (known && known.t === t) return [...known.result];
  const result = model
    .candidatesAt(t)
    .map((e) => eventAt(model, e, t))
    .filter((a) => a.phase === 'now' || a.phase === 'between')
    .sort((a, b) => a.event.order - b.event.order);
  lastHappening.set(model, { t, result });
  return [...result];
}

const lastHappening = new WeakMap<PlayModel, { t: number; result: EventAtTime[] }>();

/**
 * The event a reader would call "what is happening now": the latest timed event that has started
 * by `t` (its nominal start), or `null` before the first. Order-only events are never it: they
 * have no start to compare.
 */
export function latestStarted(model: PlayModel, t: number): StoryEvent | null {
  return model.timed[byStart.right(model.timed, t) - 1] ?? null;
}

/** The first step strictly after `t` (by more than a second), or `null` at the end. */
export function nextStep(model: PlayModel, t: number): number | null {
  return model.steps[bisectRight(model.steps, t + 999)] ?? null;
}

/** The last step strictly before `t` (by more than a second), or `null` at the start. */
export function previousStep(model: PlayModel, t: number): number | null {
  return model.steps[bisectLeft(model.steps, t - 999) - 1] ?? null;
}

/** `t` held inside the playable range. */
export function clampToRange(model: PlayModel, t: number): number {
  return Math.min(model.range[1], Math.max(model.range[0], t));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
