import type { RawTimeRef } from '../data/schema';
import type { Story } from '../story/types';
import { parseIsoTime } from '../time/iso';

/** A moment resolved to milliseconds, with its uncertainty. */
export interface Moment {
  readonly ms: number;
  /** ± this many milliseconds; 0 when the time is exact. */
  readonly approxMs: number;
}

const MINUTE = 60_000;

/**
 * The moment a route's `depart` or `arrive` names: an event's start (with the event's `approx`),
 * or a written time. An event known only by its order has no clock time, so it gives no moment:
 * a journey is never timed by a made-up minute.
 */
export function resolveTimeRef(
  ref: RawTimeRef | undefined,
  story: Pick<Story, 'eventById'>,
): Moment | null {
  if (!ref) return null;
  if ('eventId' in ref) {
    const event = story.eventById.get(ref.eventId);
    if (!event || event.precision === 'order') return null;
    const loose = event.precision === 'approx' && !event.approx;
    return { ms: event.startMs, approxMs: (event.approx ?? (loose ? 15 : 0)) * MINUTE };
  }
  const ms = parseIsoTime(ref.time);
  return ms === undefined ? null : { ms, approxMs: (ref.approx ?? 0) * MINUTE };
}
