import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTimelineIndex,
  eventReach,
  eventsInWindow,
  gutterOf,
} from '../../src/timeline/eventIndex';
import { miniStory } from '../fixtures/mini-story';
import { generatedStory } from './generatedStory';

describe('buildTimelineIndex', () => {
  it('puts context events outside the day in the gutters and keeps every other event on the plot', () => {
    const story = miniStory();
    const index = buildTimelineIndex(story);
    expect(index.before).toEqual([]);
    expect(index.after.map((e) => e.id)).toEqual(['next']);
    expect(index.plot.map((e) => e.id)).toEqual(['arrival', 'talks', 'press']);
  });

  it('loses no event: before, plot and after are the story in time order', () => {
    const story = generatedStory(500);
    const index = buildTimelineIndex(story);
    expect([...index.before, ...index.plot, ...index.after]).toEqual(story.events);
    expect(index.before.every((e) => gutterOf(e, story.dayExtent) === 'before')).toBe(true);
    expect(index.after.every((e) => gutterOf(e, story.dayExtent) === 'after')).toBe(true);
    expect(index.short.length + index.long.length).toBe(index.plot.length);
  });
});

describe('eventsInWindow', () => {
  const story = generatedStory(2000, 11);
  const index = buildTimelineIndex(story);
  const [day0, day1] = story.dayExtent;

  it('finds exactly the plot events whose marks reach into the window, in time order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (at, width) => {
          const t0 = day0 + at * (day1 - day0);
          const t1 = t0 + width * (day1 - day0);
          const expected = index.plot.filter((e) => {
            const [a, b] = eventReach(e);
            return b >= t0 && a <= t1;
          });
          expect(eventsInWindow(index, t0, t1)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
