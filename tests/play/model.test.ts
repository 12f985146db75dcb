import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/data/links';
import type { RawStory } from '../../src/data/schema';
import { StorySchema } from '../../src/data/schema';
import {
  buildPlayModel,
  clampToRange,
  eventAt,
  happeningAt,
  latestStarted,
  nextStep,
  previousStep,
} from '../../src/play/dayEvents';
import { glideSamples } from '../../src/play/glide';
import { isoInZone } from '../../src/play/isoInZone';
import { journeyPosition, legPosition, pointAlong, storyJourneys } from '../../src/play/journeys';
import { resolveTimeRef } from '../../src/play/timeRef';
import { buildStory } from '../../src/story/build';
import { realStory } from '../data/real-dataset';
import { MINI_RAW } from '../fixtures/mini-story';

const story = realStory();
const model = buildPlayModel(story);
const at = (iso: string) => Date.parse(iso);
const journey = (firstRouteId: string) => {
  const j = model.journeys.find((x) => x.id === firstRouteId);
  if (!j) throw new Error(`no journey ${firstRouteId}`);
  return j;
};

describe('pointAlong', () => {
  it('keeps longitude continuous across the 180° meridian (Magadan → Anchorage)', () => {
    const path = [
      [59.5667, 150.8],
      [61.2514, -149.8064],
    ] as const;
    let previous = 150.8;
    for (let f = 0; f <= 1.0001; f += 0.05) {
      const [lat, lon] = pointAlong(path, f);
      expect(lat).toBeGreaterThan(55);
      expect(lon).toBeGreaterThanOrEqual(previous - 1e-9);
      expect(lon).toBeLessThanOrEqual(210.2 + 1e-6);
      previous = lon;
    }
    expect(pointAlong(path, 1)[1]).toBeCloseTo(210.1936, 4);
    expect(pointAlong(path, 0.5)[1]).toBeGreaterThan(175);
  });

  it('follows the great circle, not the straight line on the map', () => {
    // Washington → Anchorage: the great circle bows north of both ends.
    const [lat] = pointAlong(
      [
        [38.81, -76.87],
        [61.25, -149.81],
      ],
      0.5,
    );
    expect(lat).toBeGreaterThan((38.81 + 61.25) / 2 + 3);
  });

  it('goes by distance over several stops and clamps outside 0…1', () => {
    const path = [
      [0, 0],
      [0, 10],
      [0, 30],
    ] as const;
    expect(pointAlong(path, 0.5)[1]).toBeCloseTo(15, 6);
    expect(pointAlong(path, -1)).toEqual([0, 0]);
    expect(pointAlong(path, 2)).toEqual([0, 30]);
  });
});

describe('resolveTimeRef', () => {
  it('takes an event’s start and its uncertainty', () => {
    expect(resolveTimeRef({ eventId: 'putin-lands' }, story)).toEqual({
      ms: at('2025-08-15T10:54:00-08:00'),
      approxMs: 2 * 60_000,
    });
  });
  it('gives no moment for an event known only by its order, never a made-up minute', () => {
    expect(resolveTimeRef({ eventId: 'cemetery-visit' }, story)).toBeNull();
  });
  it('reads a written time with its approx', () => {
    expect(resolveTimeRef({ time: '2025-08-15T04:00:00-08:00', approx: 30 }, story)).toEqual({
      ms: at('2025-08-15T12:00:00Z'),
      approxMs: 30 * 60_000,
    });
  });
});

describe('storyJourneys / journeyPosition', () => {
  it('chains a traveller’s legs: Air Force One is one journey there and back', () => {
    expect(model.journeys.map((j) => j.legs.map((l) => l.route.id))).toEqual([
      ['trump-flight-in', 'trump-flight-out'],
      ['putin-flight-in', 'putin-flight-out'],
    ]);
    // The historical ferry route has no times: it is not a moving party.
    expect(storyJourneys(story).some((j) => j.id === 'alsib')).toBe(false);
  });

  it('puts Putin’s plane over the Bering Sea at 10:40 AKDT, approximately', () => {
    const p = journeyPosition(journey('putin-flight-in'), at('2025-08-15T10:40:00-08:00'));
    expect(p).toMatchObject({ routeId: 'putin-flight-in', phase: 'moving', approx: true });
    expect(p?.lon).toBeGreaterThan(150.8);
    expect(p?.lon).toBeLessThan(210.2);
    expect(p?.progress).toBeGreaterThan(0.9);
  });

  it('has Air Force One on the ground at JBER between its legs', () => {
    const p = journeyPosition(journey('trump-flight-in'), at('2025-08-15T12:00:00-08:00'));
    expect(p).toMatchObject({ routeId: 'trump-flight-in', phase: 'arrived', approx: false });
    expect(p?.lat).toBeCloseTo(61.2514, 4);
    expect(p?.lon).toBeCloseTo(-149.8064, 4);
    const home = journeyPosition(journey('trump-flight-in'), at('2025-08-15T19:00:00-08:00'));
    expect(home).toMatchObject({ routeId: 'trump-flight-out', phase: 'moving' });
  });

  it('waits at the first place before departure, approximate inside the departure’s window', () => {
    const j = journey('putin-flight-in');
    expect(journeyPosition(j, at('2025-08-15T05:00:00-08:00'))).toMatchObject({
      phase: 'waiting',
      approx: false,
      lat: 59.5667,
      lon: 150.8,
    });
    expect(journeyPosition(j, at('2025-08-15T06:40:00-08:00'))?.approx).toBe(true);
  });

  it('knows no position after a departure with no known arrival', () => {
    expect(journeyPosition(journey('putin-flight-in'), at('2025-08-15T17:00:00-08:00'))).toBeNull();
  });

  it('is exact when both times are', () => {
    const route = story.routes.find((r) => r.id === 'putin-flight-in');
    if (!route) throw new Error('no route');
    const leg = {
      route,
      depart: { ms: 0, approxMs: 0 },
      arrive: { ms: 1000, approxMs: 0 },
    };
    expect(legPosition(leg, 500)).toMatchObject({ phase: 'moving', approx: false, progress: 0.5 });
  });
});

describe('eventAt', () => {
  const e = (id: string) => {
    const ev = story.eventById.get(id);
    if (!ev) throw new Error(id);
    return ev;
  };

  it('fades an approximate start in across its uncertainty window', () => {
    const lands = e('putin-lands'); // 10:54 ± 2 min
    expect(eventAt(model, lands, at('2025-08-15T10:51:00-08:00')).opacity).toBe(0);
    expect(eventAt(model, lands, at('2025-08-15T10:54:00-08:00')).opacity).toBeCloseTo(0.5);
    expect(eventAt(model, lands, at('2025-08-15T10:56:00-08:00')).opacity).toBe(1);
    expect(eventAt(model, lands, at('2025-08-15T10:55:00-08:00')).phase).toBe('now');
    expect(eventAt(model, lands, at('2025-08-15T11:30:00-08:00')).phase).toBe('past');
  });

  it('places an order-only event somewhere between its timed neighbours, never at a minute', () => {
    const limo = e('limo-ride');
    const window = model.orderWindow(limo);
    expect(window?.after?.id).toBe('greeting');
    expect(window?.before?.id).toBe('talks');
    expect(eventAt(model, limo, at('2025-08-15T11:08:00-08:00')).phase).toBe('between');
    expect(eventAt(model, limo, at('2025-08-15T11:00:00-08:00')).phase).toBe('future');
    expect(eventAt(model, limo, at('2025-08-15T12:00:00-08:00')).phase).toBe('past');
    // The cemetery visit: after the statements, before Putin leaves.
    const cemetery = model.orderWindow(e('cemetery-visit'));
    expect([cemetery?.after?.id, cemetery?.before?.id]).toEqual([
      'press-statements',
      'putin-departs',
    ]);
  });

  it('lists what is happening, and the latest timed event started', () => {
    const t = at('2025-08-15T11:40:00-08:00');
    expect(happeningAt(model, t).map((a) => a.event.id)).toEqual(['talks']);
    expect(latestStarted(model, t)?.id).toBe('talks');
    expect(latestStarted(model, at('2025-08-15T15:00:00-08:00'))?.id).toBe('press-statements');
    expect(latestStarted(model, at('2025-08-15T09:00:00-08:00'))).toBeNull();
  });
});

describe('happeningAt', () => {
  it('finds by binary search exactly what a scan of every event finds', () => {
    for (let t = model.range[0] - 3_600_000; t <= model.range[1] + 3_600_000; t += 97_000) {
      const scan = model.events
        .map((e) => eventAt(model, e, t))
        .filter((a) => a.phase === 'now' || a.phase === 'between')
        .map((a) => a.event.id);
      expect(happeningAt(model, t).map((a) => a.event.id)).toEqual(scan);
    }
  });
});

describe('steps and range', () => {
  it('runs from the first departure to the last arrival, leaving context events out', () => {
    expect(model.range).toEqual([at('2025-08-15T04:00:00-08:00'), at('2025-08-15T22:45:00-08:00')]);
    expect(model.events.some((e) => e.context)).toBe(false);
    expect(clampToRange(model, 0)).toBe(model.range[0]);
  });

  it('steps to the next and previous timed moment', () => {
    const t = at('2025-08-15T10:40:00-08:00');
    expect(nextStep(model, t)).toBe(at('2025-08-15T10:54:00-08:00'));
    expect(previousStep(model, t)).toBe(at('2025-08-15T10:20:00-08:00'));
    expect(previousStep(model, at('2025-08-15T10:20:00-08:00'))).toBe(
      at('2025-08-15T06:54:00-08:00'),
    );
    expect(nextStep(model, model.range[1])).toBeNull();
    expect(previousStep(model, model.range[0])).toBeNull();
  });
});

describe('isoInZone', () => {
  it('writes the zone’s offset at that moment', () => {
    expect(isoInZone(at('2025-08-15T18:40:00Z'), 'America/Anchorage')).toBe(
      '2025-08-15T10:40:00-08:00',
    );
    expect(isoInZone(at('2025-08-15T18:40:00.700Z'), 'Europe/Moscow')).toBe(
      '2025-08-15T21:40:00+03:00',
    );
    expect(isoInZone(at('2025-01-15T18:40:00Z'), 'America/Anchorage')).toBe(
      '2025-01-15T09:40:00-09:00',
    );
    expect(isoInZone(0, 'UTC')).toBe('1970-01-01T00:00:00+00:00');
  });
});

describe('route times in the dataset format', () => {
  it('loads older stories without them unchanged, and checks the ones given', () => {
    expect(StorySchema.safeParse(MINI_RAW).success).toBe(true);
    const raw: RawStory = {
      ...MINI_RAW,
      routes: [
        {
          id: 'r',
          name: 'A flight',
          placeIds: ['base', 'capital'],
          depart: { eventId: 'nope' },
          arrive: { time: '2025-02-30T10:00:00-08:00' },
        },
      ],
    };
    expect(StorySchema.safeParse(raw).success).toBe(true);
    expect(checkLinks(raw).map((p) => p.path)).toEqual([
      'routes[0].depart.eventId',
      'routes[0].arrive.time',
    ]);
    const bad = {
      ...raw,
      routes: [{ id: 'r', name: 'x', placeIds: [], depart: { time: 'soon' } }],
    };
    expect(StorySchema.safeParse(bad).success).toBe(false);
    expect(buildStory(MINI_RAW).routes.every((r) => r.depart === undefined)).toBe(true);
  });
});

describe('phaseKey', () => {
  it('changes only where what is happening, the latest start or a quote’s state may change', () => {
    let key = model.phaseKey(model.range[0]);
    let seen = happeningAt(model, model.range[0])
      .map((a) => `${a.event.id}:${a.phase}`)
      .join();
    let latest = latestStarted(model, model.range[0])?.id;
    for (let t = model.range[0]; t <= model.range[1]; t += 30_000) {
      const now = happeningAt(model, t)
        .map((a) => `${a.event.id}:${a.phase}`)
        .join();
      const last = latestStarted(model, t)?.id;
      const k = model.phaseKey(t);
      if (k === key) {
        expect(now).toBe(seen);
        expect(last).toBe(latest);
      }
      [key, seen, latest] = [k, now, last];
    }
  });

  it('is the same all through a stretch with nothing starting or ending', () => {
    // The talks run 11:30 to about 14:15 and nothing else starts or ends in between.
    const a = model.phaseKey(at('2025-08-15T12:00:00-08:00'));
    expect(model.phaseKey(at('2025-08-15T12:30:00-08:00'))).toBe(a);
    expect(model.phaseKey(at('2025-08-15T11:00:00-08:00'))).not.toBe(a);
  });
});

describe('glideSamples', () => {
  it('follows the journey through its departures and arrivals, continuous across 180°', () => {
    const putin = journey('putin-flight-in');
    const from = at('2025-08-15T09:00:00-08:00');
    const until = at('2025-08-15T12:00:00-08:00');
    const samples = glideSamples(putin, from, until, 36);
    expect(samples[0]?.t).toBe(from);
    expect(samples[samples.length - 1]?.t).toBe(until);
    for (const leg of putin.legs)
      for (const m of [leg.depart, leg.arrive])
        if (m && m.ms > from && m.ms < until) expect(samples.some((s) => s.t === m.ms)).toBe(true);
    for (let i = 1; i < samples.length; i++) {
      const [a, b] = [samples[i - 1], samples[i]];
      if (!a || !b) continue;
      expect(Math.abs(b.lon - a.lon)).toBeLessThan(20);
      expect(Math.abs(b.heading - a.heading)).toBeLessThanOrEqual(180);
      const p = journeyPosition(putin, b.t);
      expect(p?.lat).toBeCloseTo(b.lat, 6);
      expect(((b.lon - (p?.lon ?? 0)) % 360) + 0).toBeCloseTo(0, 6);
    }
  });
});
