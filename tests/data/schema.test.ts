import { describe, expect, it } from 'vitest';
import { StorySchema } from '../../src/data/schema';
import { MINI_RAW } from '../fixtures/mini-story';
import { realRaw } from './real-dataset';

const withEvent = (patch: Record<string, unknown>) => ({
  ...structuredClone(MINI_RAW),
  events: [{ ...MINI_RAW.events[0], ...patch }],
});
const issuePaths = (value: unknown) => {
  const result = StorySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('StorySchema', () => {
  it('accepts the test fixture and the summit dataset', () => {
    expect(StorySchema.safeParse(MINI_RAW).success).toBe(true);
    expect(StorySchema.safeParse(realRaw()).success).toBe(true);
  });

  it('welcomes fields beyond the named ones', () => {
    const extra = { ...structuredClone(MINI_RAW), license: 'CC BY 4.0' };
    expect(StorySchema.safeParse(extra).success).toBe(true);
  });

  it('requires the named fields of the format', () => {
    for (const field of [
      'version',
      'id',
      'title',
      'timezone',
      'places',
      'people',
      'events',
      'quotes',
      'sources',
    ]) {
      const story: Record<string, unknown> = structuredClone(MINI_RAW);
      delete story[field];
      expect(issuePaths(story), field).toEqual([field]);
    }
  });

  it('accepts only version 1, with a message that says so', () => {
    const result = StorySchema.safeParse({ ...structuredClone(MINI_RAW), version: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/must be 1/);
  });

  it('refuses ids that would break URLs: empty, with spaces, starting with punctuation', () => {
    for (const id of ['', 'the talks', '-talks', 'talks?x=1', 'a/b']) {
      expect(new Set(issuePaths(withEvent({ id }))), JSON.stringify(id)).toEqual(
        new Set(['events.0.id']),
      );
    }
    expect(issuePaths(withEvent({ id: 'talks_2.v-1' }))).toEqual([]);
  });

  it('wants times in ISO 8601 with an offset', () => {
    expect(issuePaths(withEvent({ start: '2025-08-15T10:20:00-08:00' }))).toEqual([]);
    expect(issuePaths(withEvent({ start: '2025-08-15T18:20:00Z' }))).toEqual([]);
    for (const start of ['2025-08-15T10:20:00', '15 Aug 2025 10:20', '2025-08-15', 1755282000000]) {
      expect(issuePaths(withEvent({ start })), String(start)).toEqual(['events.0.start']);
    }
  });

  it('knows the precisions a time can have, and that uncertainty is not negative', () => {
    expect(issuePaths(withEvent({ precision: 'year' }))).toEqual([]);
    expect(issuePaths(withEvent({ precision: 'roughly' }))).toEqual(['events.0.precision']);
    expect(issuePaths(withEvent({ approx: -5 }))).toEqual(['events.0.approx']);
  });

  it('wants tour stops as KIND:ID', () => {
    const story = {
      ...structuredClone(MINI_RAW),
      tour: [{ select: 'talks' }, { select: 'person:alice' }],
    };
    expect(issuePaths(story)).toEqual(['tour.0.select', 'tour.1.select']);
  });

  it('takes only http(s) addresses for sources', () => {
    const story = {
      ...structuredClone(MINI_RAW),
      sources: [{ id: 's1', title: 'A report', url: 'javascript:alert(1)' }],
    };
    expect(issuePaths(story)).toEqual(['sources.0.url']);
  });
});

describe('optional link lists', () => {
  it('an event without people or places, and a quote without events or places, are valid; the model sees []', async () => {
    const { validateStory } = await import('../../src/story/load');
    const story = structuredClone(MINI_RAW) as unknown as {
      events: Record<string, unknown>[];
      quotes: Record<string, unknown>[];
    };
    delete story.events[1]!.peopleIds;
    delete story.events[1]!.placeIds;
    delete story.quotes[0]!.eventIds;
    delete story.quotes[0]!.placeIds;
    const result = validateStory(story);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const event = result.value.events.find((e) => e.id === MINI_RAW.events[1]!.id);
    const quote = result.value.quotes.find((q) => q.id === MINI_RAW.quotes[0]!.id);
    expect(event?.peopleIds).toEqual([]);
    expect(event?.placeIds).toEqual([]);
    expect(quote?.eventIds).toEqual([]);
    expect(quote?.placeIds).toEqual([]);
  });

  it('sourceIds stay required: every time and place names a source', () => {
    const story = structuredClone(MINI_RAW) as unknown as { events: Record<string, unknown>[] };
    delete story.events[0]!.sourceIds;
    expect(issuePaths(story)).toEqual(['events.0.sourceIds']);
  });
});
