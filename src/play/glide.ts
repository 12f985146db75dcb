import { type Journey, journeyPosition, pointAlong } from './journeys';
import { bearing } from './travellers';

/** Where a traveller is at one moment of a glide, for a keyframe. */
export interface GlideSample {
  readonly t: number;
  readonly lat: number;
  /** Continuous from the first sample: a path across 180° gives e.g. 190, never a leap to -170. */
  readonly lon: number;
  /** Heading in degrees, unwrapped from the sample before (no spin the long way round). */
  readonly heading: number;
}

/**
 * The traveller's positions from `from` to `until`, for the compositor to glide the plane
 * through: `count` even steps, plus every departure and arrival in the span, so the plane stands
 * still exactly while it waits. Ends early where nothing says where it is (see `journeyPosition`).
 * `lonShift` moves every longitude by the same whole turns (the map's cut).
 */
export function glideSamples(
  journey: Journey,
  from: number,
  until: number,
  count: number,
  lonShift: (lon: number) => number = (lon) => lon,
): GlideSample[] {
  const times = new Set<number>();
  for (let i = 0; i <= count; i++) times.add(from + ((until - from) * i) / count);
  for (const leg of journey.legs)
    for (const m of [leg.depart, leg.arrive]) if (m && m.ms > from && m.ms < until) times.add(m.ms);
  const samples: { t: number; lat: number; lon: number; heading: number }[] = [];
  let heading = Number.NaN;
  for (const t of [...times].sort((a, b) => a - b)) {
    const p = journeyPosition(journey, t);
    if (!p) break;
    const previous = samples[samples.length - 1];
    const lon = previous ? nearestTurn(p.lon, previous.lon) : lonShift(p.lon);
    if (p.phase === 'moving') {
      const leg = journey.legs.find((l) => l.route.id === p.routeId);
      if (leg) {
        const ahead = pointAlong(leg.route.path, Math.min(1, p.progress + 0.01));
        const compass = bearing([p.lat, p.lon], ahead);
        heading = Number.isNaN(heading) ? compass : nearestTurn(compass, heading);
      }
    }
    samples.push({ t, lat: p.lat, lon, heading });
  }
  // Waiting before its first flight, a plane already points the way it will go.
  const first = samples.find((x) => !Number.isNaN(x.heading))?.heading ?? 0;
  for (const x of samples) {
    if (!Number.isNaN(x.heading)) break;
    x.heading = first;
  }
  return samples;
}

/** `x` plus the whole turns that bring it nearest to `reference`. */
function nearestTurn(x: number, reference: number): number {
  return x + 360 * Math.round((reference - x) / 360);
}
