import type { RawEvent, RawStory } from '../../src/data/schema';
import { validateStory } from '../../src/story/load';
import type { Story } from '../../src/story/types';
import { MINI_RAW } from '../fixtures/mini-story';

/** A seeded pseudo-random sequence in [0, 1), so generated stories are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A story of `count` day events spread over twelve hours of 15 Aug 2025 (instants, spans, some
 * approximate, some known only by order), with context events before and after the day and a
 * quote linked to the last event. Built through the real validator, like a loaded dataset.
 */
export function generatedStory(count: number, seed = 7): Story {
  const key = `${count}/${seed}`;
  const cached = built.get(key);
  if (cached) return cached;
  const story = buildGenerated(count, seed);
  built.set(key, story);
  return story;
}

/** Stories are immutable, so tests in one file share each generated story. */
const built = new Map<string, Story>();

function buildGenerated(count: number, seed: number): Story {
  const result = validateStory(generatedRaw(count, seed));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

/** The dataset behind `generatedStory`, as JSON would hold it. */
export function generatedRaw(count: number, seed = 7): RawStory {
  const next = random(seed);
  const dayStart = Date.parse('2025-08-15T10:00:00-08:00');
  const dayLength = 12 * 3_600_000;
  const events: RawEvent[] = [];
  for (let i = 0; i < count; i++) {
    const start = dayStart + Math.floor((next() * dayLength) / 1000) * 1000;
    const kind = next();
    const event: RawEvent = {
      id: `e${i}`,
      title: `Generated event number ${i}`,
      start: iso(start),
      placeIds: ['base'],
      peopleIds: [],
      sourceIds: ['s1'],
    };
    if (kind < 0.2) event.end = iso(start + Math.floor(next() * 90 + 1) * 60_000);
    if (kind > 0.7) event.approx = Math.ceil(next() * 15);
    if (kind > 0.95) event.precision = 'order';
    events.push(event);
  }
  events.push(
    {
      id: 'history',
      title: 'A war years before',
      start: '1942-06-01T00:00:00Z',
      end: '1945-09-02T00:00:00Z',
      precision: 'year',
      context: true,
      placeIds: ['capital'],
      peopleIds: [],
      sourceIds: ['s1'],
    },
    {
      id: 'later',
      title: 'A meeting weeks later',
      start: '2025-09-15T12:00:00+03:00',
      precision: 'day',
      context: true,
      placeIds: ['capital'],
      peopleIds: [],
      sourceIds: ['s1'],
    },
  );
  const last = events
    .slice(0, count)
    .reduce((a, b) => (Date.parse(b.start) >= Date.parse(a.start) ? b : a));
  const raw: RawStory = {
    ...structuredClone(MINI_RAW),
    id: `generated-${count}`,
    events,
    quotes: [
      {
        id: 'q-last',
        speakerId: 'alice',
        text: 'The last word.',
        eventIds: [last.id],
        placeIds: [],
        sourceIds: ['s1'],
      },
    ],
    routes: [],
    tour: [],
  };
  return raw;
}
