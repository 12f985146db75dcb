import { describe, expect, it } from 'vitest';
import { formatCoordinates } from '../../src/print/HandoutPlaces';
import { readableUrl } from '../../src/print/HandoutSources';
import { layoutPrintMap } from '../../src/print/mapLayout';
import { layoutPrintTimeline } from '../../src/print/timelineLayout';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
const day = story.events.filter((e) => !e.context);

describe('layoutPrintTimeline', () => {
  it('puts the events down the axis in time order, each label below the one before', () => {
    const layout = layoutPrintTimeline(day, 'America/Anchorage', { lineHeight: 15 });
    expect(layout.items.map((i) => i.id)).toEqual(['arrival', 'talks', 'press']);
    for (const [a, b] of layout.items.slice(1).map((item, i) => [layout.items[i], item])) {
      expect(b!.labelY - a!.labelY).toBeGreaterThanOrEqual(15);
      expect(b!.y1).toBeGreaterThanOrEqual(a!.y1);
    }
  });

  it('never lets labels overlap, however close the events are', () => {
    const crowded = miniStory({
      events: Array.from({ length: 12 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        start: `2025-08-15T10:${String(i).padStart(2, '0')}:00-08:00`,
        placeIds: ['base'],
        peopleIds: [],
        sourceIds: ['s1'],
      })),
      quotes: [],
      routes: [],
      tour: [],
    }).events;
    const layout = layoutPrintTimeline(crowded, 'America/Anchorage', { lineHeight: 15 });
    const ys = layout.items.map((i) => i.labelY);
    ys.slice(1).forEach((y, i) => {
      expect(y - ys[i]!).toBeGreaterThanOrEqual(15);
    });
    expect(layout.height).toBeGreaterThanOrEqual(ys.at(-1)!);
  });

  it('draws hour lines on whole hours of the chosen zone', () => {
    const anchorage = layoutPrintTimeline(day, 'America/Anchorage');
    expect(anchorage.ticks[0]?.label).toBe('10:00');
    const kolkata = layoutPrintTimeline(day, 'Asia/Kolkata');
    expect(kolkata.ticks.every((t) => t.label.endsWith(':00'))).toBe(true);
  });

  it('labels times honestly: approximate ones carry ≈, in the zone given', () => {
    const layout = layoutPrintTimeline(day, 'UTC', { storyDay: story.date });
    expect(layout.items[0]).toMatchObject({ time: '≈ 18:20 UTC', approx: true, title: 'Arrival' });
    expect(layout.items[2]).toMatchObject({ approx: false });
  });

  it('spans that overlap in time stand in separate lanes', () => {
    const overlapping = miniStory({
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2025-08-15T10:00:00-08:00',
          end: '2025-08-15T12:00:00-08:00',
          placeIds: [],
          peopleIds: [],
          sourceIds: ['s1'],
        },
        {
          id: 'b',
          title: 'B',
          start: '2025-08-15T11:00:00-08:00',
          end: '2025-08-15T13:00:00-08:00',
          placeIds: [],
          peopleIds: [],
          sourceIds: ['s1'],
        },
        {
          id: 'c',
          title: 'C',
          start: '2025-08-15T12:30:00-08:00',
          end: '2025-08-15T14:00:00-08:00',
          placeIds: [],
          peopleIds: [],
          sourceIds: ['s1'],
        },
      ],
      quotes: [],
      routes: [],
      tour: [],
    }).events;
    const lanes = layoutPrintTimeline(overlapping, 'UTC').items.map((i) => i.lane);
    expect(lanes).toEqual([0, 1, 0]);
  });
});

describe('layoutPrintMap', () => {
  it('fits every place inside the drawing, far apart as they are', () => {
    const map = layoutPrintMap(story.places, story.routes, null, { width: 680, height: 420 });
    expect(map.places).toHaveLength(story.places.length);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(680);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(420);
    }
    expect(map.routes[0]?.d).toMatch(/^M/);
  });

  it('numbers places in list order, one label per cluster of markers on the same spot', () => {
    const near = miniStory({
      places: [
        ...story.places,
        { id: 'next-door', name: 'Next door', lat: 61.26, lon: -149.79, sourceIds: ['s1'] },
      ],
    });
    const map = layoutPrintMap(near.places, [], null);
    expect(map.places.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(map.labels.map((l) => l.text).sort()).toEqual(['1, 3', '2']);
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres out, as a map reader expects', () => {
    expect(formatCoordinates(61.2514, -149.8064)).toBe('61.25° N, 149.81° W');
    expect(formatCoordinates(-33.9, 18.42)).toBe('33.90° S, 18.42° E');
  });
});

describe('readableUrl', () => {
  it('prints addresses as people type them, and leaves a malformed one as it is', () => {
    expect(
      readableUrl('https://en.wikipedia.org/wiki/Joint_Base_Elmendorf%E2%80%93Richardson'),
    ).toBe('https://en.wikipedia.org/wiki/Joint_Base_Elmendorf–Richardson');
    expect(readableUrl('https://example.org/100%')).toBe('https://example.org/100%');
  });
});
