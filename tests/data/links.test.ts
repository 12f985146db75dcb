import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/data/links';
import type { RawStory } from '../../src/data/schema';
import { isKnownTimeZone } from '../../src/time/zone';
import { MINI_RAW } from '../fixtures/mini-story';
import { realRaw } from './real-dataset';

const mini = (): RawStory => structuredClone(MINI_RAW);

describe('checkLinks', () => {
  it('finds nothing wrong in the test fixture or the summit dataset', () => {
    expect(checkLinks(mini())).toEqual([]);
    expect(checkLinks(realRaw())).toEqual([]);
  });

  it('names a link to a missing event by its path', () => {
    const story = mini();
    story.quotes[0]!.eventIds = ['talk'];
    expect(checkLinks(story)).toMatchObject([
      { path: 'quotes[0].eventIds[0]', message: 'no event "talk"' },
    ]);
  });

  it('checks every kind of link: places, people, sources, speakers, routes', () => {
    const story = mini();
    story.events[0]!.placeIds = ['nowhere'];
    story.events[0]!.peopleIds = ['alice', 'nobody'];
    story.events[0]!.sourceIds = ['s9'];
    story.quotes[1]!.speakerId = 'ghost';
    story.places[0]!.sourceIds = ['s8'];
    story.routes![0]!.placeIds = ['base', 'atlantis'];
    story.routes![0]!.eventIds = ['never'];
    expect(
      checkLinks(story)
        .map((p) => p.path)
        .sort(),
    ).toEqual(
      [
        'events[0].placeIds[0]',
        'events[0].peopleIds[1]',
        'events[0].sourceIds[0]',
        'quotes[1].speakerId',
        'places[0].sourceIds[0]',
        'routes[0].placeIds[1]',
        'routes[0].eventIds[0]',
      ].sort(),
    );
  });

  it('reports a duplicate id at the second use, naming the first', () => {
    const story = mini();
    story.places.push({ ...story.places[0]! });
    expect(checkLinks(story)).toMatchObject([
      { path: 'places[2].id', message: 'duplicate id "base" (already used by places[0])' },
    ]);
  });

  it('lets different kinds share an id, since links always say which kind they mean', () => {
    const story = mini();
    story.people.push({ id: 'talks', name: 'Talks, the person' });
    expect(checkLinks(story)).toEqual([]);
  });

  it('refuses an end before the start, and a date that does not exist', () => {
    const story = mini();
    story.events[0]!.end = '2025-08-15T09:00:00-08:00';
    story.events[1]!.start = '2025-02-30T10:20:00-08:00';
    expect(checkLinks(story).map((p) => p.path)).toEqual(['events[0].end', 'events[1].start']);
  });

  it('accepts an end equal to the start', () => {
    const story = mini();
    story.events[0]!.end = story.events[0]!.start;
    expect(checkLinks(story)).toEqual([]);
  });

  it('keeps coordinates on the globe, for places and route points', () => {
    const story = mini();
    story.places[0]!.lat = 95;
    story.places[1]!.lon = 200;
    story.routes!.push({
      id: 'r2',
      name: 'Odd route',
      points: [
        [0, 0],
        [-91, 181],
      ],
    });
    expect(checkLinks(story).map((p) => p.path)).toEqual([
      'places[0].lat',
      'places[1].lon',
      'routes[1].points[1][0]',
      'routes[1].points[1][1]',
    ]);
  });

  it('accepts the edges of the globe, the 180° meridian included', () => {
    const story = mini();
    Object.assign(story.places[0]!, { lat: 90, lon: 180 });
    Object.assign(story.places[1]!, { lat: -90, lon: -180 });
    expect(checkLinks(story)).toEqual([]);
  });

  it('wants a route to have at least two places or points', () => {
    const story = mini();
    story.routes = [
      { id: 'a', name: 'No path' },
      { id: 'b', name: 'One stop', placeIds: ['base'] },
    ];
    expect(checkLinks(story)).toMatchObject([
      { path: 'routes[0]', message: 'needs "placeIds" or "points"' },
      { path: 'routes[1]', message: 'needs at least two places or points' },
    ]);
  });

  it('wants tour stops to name real items of their kind', () => {
    const story = mini();
    story.tour = [{ select: 'event:nope' }, { select: 'place:talks' }, { select: 'quote:q-good' }];
    expect(checkLinks(story)).toMatchObject([
      { path: 'tour[0].select', message: 'no event "nope"' },
      { path: 'tour[1].select', message: 'no place "talks"' },
    ]);
  });

  it('wants both time zones to be IANA zones the runtime knows', () => {
    const story = { ...mini(), timezone: 'Mars/Olympus_Mons', secondTimezone: 'MSK' };
    expect(checkLinks(story).map((p) => p.path)).toEqual(['timezone', 'secondTimezone']);
  });

  it('reports every problem at once rather than stopping at the first', () => {
    const story = mini();
    story.quotes.forEach((q) => {
      q.placeIds = ['x'];
    });
    expect(checkLinks(story)).toHaveLength(story.quotes.length);
  });
});

describe('isKnownTimeZone', () => {
  it('knows the zones of the summit and UTC, and not made-up names', () => {
    expect(isKnownTimeZone('America/Anchorage')).toBe(true);
    expect(isKnownTimeZone('Europe/Moscow')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
