import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/bench/generate-story';
import { checkStory } from '../../src/data/load';
import { checkSheets } from '../../src/studio/check';
import { importFiles } from '../../src/studio/files/importFiles';
import { storyCsvZip, storyXlsx } from '../../src/studio/files/template';
import { readXlsx } from '../../src/studio/files/xlsxRead';
import type { StoryData } from '../../src/studio/mapping';

/**
 * Text a cell can hold: anything but only-blank text (an empty cell means "not given"); lone
 * surrogates, control characters, markup, formula-like and `_x0041_` text included.
 */
const cellText = (max: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('=', '+', '-', '@', "'", '_x0041_', '<b>', '&', '\t', '\r\n', ' '),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      minLength: 1,
      maxLength: 12,
    })
    .map((s) => s.slice(0, max))
    .filter((s) => s.trim() !== '');

const offset = fc
  .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
  .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A valid story: a generated one, with awkward text, numbers and times written in. */
const validStory = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    events: fc.integer({ min: 1, max: 12 }),
    quotes: fc.integer({ min: 0, max: 5 }),
    places: fc.integer({ min: 1, max: 6 }),
    title: cellText(300),
    summary: cellText(5000),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    approx: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    offset,
    seconds: fc.boolean(),
    translations: fc.array(
      fc.record({
        lang: fc.constantFrom('ru', 'en', 'de'),
        text: cellText(300),
        kind: fc.constantFrom('official', 'interpretation', 'press', 'ours'),
      }),
      { maxLength: 2 },
    ),
    texts: fc.option(
      fc.record({
        lang: fc.constantFrom('ru', 'uk', 'de-AT'),
        title: cellText(300),
        eventTitle: fc.option(cellText(300), { nil: undefined }),
        placeName: fc.option(cellText(300), { nil: undefined }),
        role: fc.option(cellText(300), { nil: undefined }),
        note: fc.option(cellText(1000), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const story = generateStory({
      events: r.events,
      quotes: r.quotes,
      places: r.places,
      seed: r.seed,
    }) as unknown as StoryData;
    const events = story.events as Record<string, unknown>[];
    const first = events[0] as Record<string, unknown>;
    first.title = r.title;
    first.summary = r.summary;
    if (r.approx === undefined) delete first.approx;
    else first.approx = r.approx;
    // A time in another offset, with or without seconds: kept exactly as written.
    first.start = `2025-08-15T06:07${r.seconds ? ':08' : ''}${r.offset}`;
    delete first.end;
    const place = (story.places as Record<string, unknown>[])[0] as Record<string, unknown>;
    // -0 cannot be written in JSON (it reads back as 0), so a story file never holds it.
    place.lat = r.lat === 0 ? 0 : r.lat;
    place.lon = r.lon === 0 ? 0 : r.lon;
    const quote = (story.quotes as Record<string, unknown>[])[0];
    // A translation someone else made cites its source (the checks require it); ours may not.
    const source = (story.sources as { id: string }[])[0]?.id;
    if (quote && r.translations.length)
      quote.translations = r.translations.map((t) => ({
        ...t,
        sourceIds: t.kind === 'ours' || !source ? [] : [source],
      }));
    if (r.texts) {
      // The story's texts in another language: on the "Other languages" sheet, one row each.
      const t = r.texts;
      const block: Record<string, unknown> = { title: t.title };
      const person = (story.people as { id: string; role?: string }[])[0];
      const stop = (story.tour as { select: string }[] | undefined)?.[0];
      if (t.eventTitle) block.events = { [String(first.id)]: { title: t.eventTitle } };
      if (t.placeName) block.places = { [String(place.id)]: { name: t.placeName } };
      if (t.role && person) block.people = { [person.id]: { role: t.role } };
      if (t.note && stop) block.tour = { [stop.select]: { note: t.note } };
      story.texts = { [t.lang]: block };
    }
    return story;
  });

describe('story → workbook → story', () => {
  it('is the identity for valid stories (xlsx)', () => {
    fc.assert(
      fc.property(validStory, (story) => {
        expect(checkStory(story).ok).toBe(true);
        const back = checkSheets(readXlsx(storyXlsx(story)));
        expect(back.problems.filter((p) => p.level === 'error')).toEqual([]);
        expect(back.data).toEqual(story);
      }),
      { numRuns: 40 },
    );
  });

  it('is the identity for valid stories (CSV files)', () => {
    fc.assert(
      fc.property(validStory, (story) => {
        const back = checkSheets(
          importFiles([{ name: 'story.zip', bytes: storyCsvZip(story) }]).book,
        );
        expect(back.data).toEqual(story);
      }),
      { numRuns: 25 },
    );
  });
});
