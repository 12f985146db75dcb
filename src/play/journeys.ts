import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Story, StoryRoute } from '../story/types';
import { type Moment, resolveTimeRef } from './timeRef';

/** A route with at least one known time: a leg someone travelled on the day. */
export interface TimedLeg {
  readonly route: StoryRoute;
  readonly depart: Moment | null;
  readonly arrive: Moment | null;
}

/**
 * One traveller (a plane): legs chained where one ends at the place the next starts from, in time
 * order, so Air Force One is one marker all day and not one per route.
 */
export interface Journey {
  /** The first leg's route id: stable, and unique among journeys. */
  readonly id: string;
  readonly legs: readonly TimedLeg[];
}

/** Where a traveller is at one moment, and how sure we are. */
export interface PartyPosition {
  /** The leg in effect: being flown, last flown, or (before any) about to be flown. */
  readonly routeId: string;
  readonly routeName: string;
  /** `waiting` before departure, `moving` on the way, `arrived` after arrival. */
  readonly phase: 'waiting' | 'moving' | 'arrived';
  readonly lat: number;
  /** Continuous along the route: it may leave [-180, 180] rather than jump across 180°. */
  readonly lon: number;
  /** True when the times behind this position are approximate. */
  readonly approx: boolean;
  /** Share of the leg travelled, 0 to 1. */
  readonly progress: number;
}

/** The legs of the story that carry a `depart` or `arrive`, chained into journeys. */
export function storyJourneys(story: Pick<Story, 'routes' | 'eventById'>): Journey[] {
  const legs: TimedLeg[] = story.routes
    .map((route) => ({
      route,
      depart: resolveTimeRef(route.depart, story),
      arrive: resolveTimeRef(route.arrive, story),
    }))
    .filter((leg) => leg.route.path.length >= 2 && (leg.depart || leg.arrive))
    .sort((a, b) => legStart(a) - legStart(b));
  const journeys: TimedLeg[][] = [];
  for (const leg of legs) {
    const from = leg.route.path[0];
    const people = legPeople(leg, story);
    let best: { chain: TimedLeg[]; shared: number; arrived: number } | null = null;
    for (const chain of journeys) {
      const last = chain[chain.length - 1] as TimedLeg;
      const end = last.route.path[last.route.path.length - 1];
      if (!last.arrive || !samePoint(end, from) || last.arrive.ms > legStart(leg)) continue;
      const theirs = new Set(chain.flatMap((l) => [...legPeople(l, story)]));
      const shared = [...people].filter((p) => theirs.has(p)).length;
      // The same people travelling wins; otherwise the plane that arrived last.
      if (
        !best ||
        shared > best.shared ||
        (shared === best.shared && last.arrive.ms > best.arrived)
      )
        best = { chain, shared, arrived: last.arrive.ms };
    }
    if (best) best.chain.push(leg);
    else journeys.push([leg]);
  }
  return journeys.map((chain) => ({ id: (chain[0] as TimedLeg).route.id, legs: chain }));
}

/** The people of the events a leg is linked to: who travelled. */
function legPeople(leg: TimedLeg, story: Pick<Story, 'eventById'>): Set<string> {
  const { route } = leg;
  const ids = [...(route.eventIds ?? [])];
  for (const ref of [route.depart, route.arrive])
    if (ref && 'eventId' in ref) ids.push(ref.eventId);
  return new Set(ids.flatMap((id) => story.eventById.get(id)?.peopleIds ?? []));
}

const legStart = (leg: TimedLeg) => leg.depart?.ms ?? leg.arrive?.ms ?? 0;

function samePoint(a?: readonly [number, number], b?: readonly [number, number]): boolean {
  return !!a && !!b && Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
}

/**
 * Where the traveller is at `t`: waiting at the first place before its first departure, along
 * the great circle while travelling (at an even pace over the leg's length), at the last place
 * after arriving. `null` when nothing says where it is: after a departure with no known arrival,
 * or before an arrival with no known departure.
 */
export function journeyPosition(journey: Journey, t: number): PartyPosition | null {
  const { legs } = journey;
  let index = 0;
  for (let i = 0; i < legs.length; i++) if (legStart(legs[i] as TimedLeg) <= t) index = i;
  return legPosition(legs[index] as TimedLeg, t);
}

/** Where a traveller on this one leg is at `t` (see {@link journeyPosition}). */
export function legPosition(leg: TimedLeg, t: number): PartyPosition | null {
  const { route, depart, arrive } = leg;
  const near = (m: Moment | null) => !!m && m.approxMs > 0 && Math.abs(t - m.ms) <= m.approxMs;
  const at = (progress: number, phase: PartyPosition['phase'], approx: boolean) => {
    const [lat, lon] = pointAlong(route.path, progress);
    return { routeId: route.id, routeName: route.name, phase, lat, lon, approx, progress };
  };
  if (depart && t < depart.ms) return at(0, 'waiting', near(depart));
  if (arrive && t >= arrive.ms) return at(1, 'arrived', near(arrive));
  if (!depart || !arrive) return null;
  const span = arrive.ms - depart.ms;
  const progress = span > 0 ? (t - depart.ms) / span : 1;
  return at(progress, 'moving', depart.approxMs > 0 || arrive.approxMs > 0);
}

/**
 * The point a share `f` (0 to 1) of the way along a path of [lat, lon] stops, each leg a great
 * circle, by distance. Longitudes are unwrapped from the first stop, so a path across the 180°
 * meridian gives e.g. 190 rather than -170.
 */
export function pointAlong(
  path: readonly (readonly [number, number])[],
  f: number,
): [lat: number, lon: number] {
  const first = path[0];
  if (!first) return [Number.NaN, Number.NaN];
  const { stops, lengths, total } = measured(path);
  const share = Math.min(1, Math.max(0, f));
  if (total === 0 || share === 0) return [...(stops[0] as [number, number])];
  let left = share * total;
  for (let i = 0; i < lengths.length; i++) {
    const d = lengths[i] as number;
    const a = stops[i] as [number, number];
    const b = stops[i + 1] as [number, number];
    if (left <= d || i === lengths.length - 1) {
      const k = d === 0 ? 1 : Math.min(1, left / d);
      if (k === 1) return [...b];
      const [lon, lat] = geoInterpolate([a[1], a[0]], [b[1], b[0]])(k);
      return [lat, nearestTurn(lon, a[1])];
    }
    left -= d;
  }
  return [...(stops[stops.length - 1] as [number, number])];
}

interface MeasuredPath {
  readonly stops: [number, number][];
  readonly lengths: number[];
  readonly total: number;
}

const measuredPaths = new WeakMap<readonly (readonly [number, number])[], MeasuredPath>();

/** A path's unwrapped stops and leg lengths, measured once per path (planes ask every frame). */
function measured(path: readonly (readonly [number, number])[]): MeasuredPath {
  const known = measuredPaths.get(path);
  if (known) return known;
  const stops = unwrapStops(path);
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < stops.length; i++) {
    const d = arc(stops[i - 1] as [number, number], stops[i] as [number, number]);
    lengths.push(d);
    total += d;
  }
  const result = { stops, lengths, total };
  measuredPaths.set(path, result);
  return result;
}

/** Stops with each longitude moved by whole turns to within 180° of the stop before. */
function unwrapStops(path: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [lat, lon] of path) {
    const previous = out[out.length - 1];
    out.push([lat, previous ? nearestTurn(lon, previous[1]) : lon]);
  }
  return out;
}

/** `lon` plus the whole number of turns that brings it nearest to `reference`. */
function nearestTurn(lon: number, reference: number): number {
  return lon + 360 * Math.round((reference - lon) / 360);
}

const arc = (a: [number, number], b: [number, number]) => geoDistance([a[1], a[0]], [b[1], b[0]]);
