import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/bench/generate-story';
import { parseGenArgs } from '../../scripts/gen-story';
import { parseStory } from '../../src/story/load';

const small = { events: 200, quotes: 150, places: 60, seed: 42 };

describe('generateStory', () => {
  it('gives the same story for the same seed, and another for another seed', () => {
    const a = JSON.stringify(generateStory(small));
    expect(JSON.stringify(generateStory(small))).toBe(a);
    expect(JSON.stringify(generateStory({ ...small, seed: 43 }))).not.toBe(a);
  });

  it('makes exactly the requested number of events, quotes and places, and a tour of ten stops', () => {
    const story = generateStory({ events: 37, quotes: 11, places: 5, seed: 1 });
    expect(story.events).toHaveLength(37);
    expect(story.quotes).toHaveLength(11);
    expect(story.places).toHaveLength(5);
    expect(story.tour).toHaveLength(10);
    expect(story.routes?.length).toBeGreaterThanOrEqual(2);
    expect(story.people.length).toBeGreaterThan(0);
    expect(story.sources.length).toBeGreaterThan(0);
  });

  it('writes a story that parseStory accepts, with spans, approximate times and context events', () => {
    const result = parseStory(JSON.stringify(generateStory(small)));
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const { events } = result.value;
    expect(events.some((e) => e.endMs > e.startMs)).toBe(true);
    expect(events.some((e) => e.approx !== undefined)).toBe(true);
    expect(events.some((e) => e.context)).toBe(true);
    expect(events.some((e) => !e.context)).toBe(true);
  });

  it('puts the day events on 15 August 2025 in Anchorage and context events outside it', () => {
    const story = generateStory(small);
    const day = story.events.filter((e) => !e.context);
    expect(day.every((e) => e.start.startsWith('2025-08-15T') && e.start.endsWith('-08:00'))).toBe(
      true,
    );
    const context = story.events.filter((e) => e.context);
    expect(context.every((e) => !e.start.startsWith('2025-08-15T'))).toBe(true);
  });

  it('spreads events over decades with span "years", still valid', () => {
    const result = parseStory(JSON.stringify(generateStory({ ...small, span: 'years' })));
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const [first, last] = result.value.fullExtent;
    expect(last - first).toBeGreaterThan(20 * 365 * 86_400_000);
  });

  it('spreads places over both hemispheres and on both sides of the 180° meridian', () => {
    const { places, routes } = generateStory(small);
    expect(places.some((p) => p.lon > 170)).toBe(true);
    expect(places.some((p) => p.lon < -170)).toBe(true);
    expect(places.some((p) => p.lat < 0)).toBe(true);
    expect(places.some((p) => p.lat > 0)).toBe(true);
    const lons = (routes ?? []).flatMap((r) => [
      ...(r.points ?? []).map(([, lon]) => lon),
      ...(r.placeIds ?? []).map((id) => places.find((p) => p.id === id)?.lon ?? 0),
    ]);
    expect(lons.some((lon) => lon > 170) && lons.some((lon) => lon < -170)).toBe(true);
  });

  it('links every quote to an event and most to a place', () => {
    const { quotes } = generateStory(small);
    expect(quotes.every((q) => q.eventIds.length >= 1)).toBe(true);
    expect(quotes.filter((q) => q.placeIds.length > 0).length).toBeGreaterThan(quotes.length / 2);
  });

  it('still makes a valid story with nothing in it, or with a single event', () => {
    for (const counts of [
      { events: 0, quotes: 0, places: 0 },
      { events: 1, quotes: 0, places: 0 },
      { events: 2, quotes: 3, places: 1 },
    ]) {
      const result = parseStory(JSON.stringify(generateStory({ ...counts, seed: 9 })));
      expect(result.ok, JSON.stringify(counts)).toBe(true);
    }
  });

  it('makes 10,000 events, 10,000 quotes and 5,000 places that parseStory accepts', () => {
    const text = JSON.stringify(
      generateStory({ events: 10_000, quotes: 10_000, places: 5_000, seed: 2025 }),
    );
    const result = parseStory(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.events).toHaveLength(10_000);
      expect(result.value.quotes).toHaveLength(10_000);
      expect(result.value.places).toHaveLength(5_000);
    }
  });
});

describe('parseGenArgs', () => {
  it('reads the counts, seed, span and output file', () => {
    expect(
      parseGenArgs([
        '--events',
        '10',
        '--quotes',
        '5',
        '--places',
        '3',
        '--seed',
        '7',
        '--span',
        'years',
        '--out',
        'x.json',
      ]),
    ).toEqual({
      events: 10,
      quotes: 5,
      places: 3,
      seed: 7,
      span: 'years',
      out: 'x.json',
      pretty: false,
    });
  });

  it('refuses counts that are not whole numbers, counts over the format limit and unknown spans', () => {
    expect(parseGenArgs(['--events', '-3'])).toHaveProperty('error');
    expect(parseGenArgs(['--events', '2.5'])).toHaveProperty('error');
    expect(parseGenArgs(['--quotes', '100001'])).toHaveProperty('error');
    expect(parseGenArgs(['--span', 'week'])).toHaveProperty('error');
    expect(parseGenArgs(['--colour', 'red'])).toHaveProperty('error');
  });
});
