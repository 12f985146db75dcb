import { describe, expect, it } from 'vitest';
import { certaintyOf, markExtent, markGeometry } from '../../src/timeline/marks';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
const event = (id: string) => story.eventById.get(id)!;
const MINUTE = 60_000;
/** One pixel per minute from the arrival's start. */
const x = (ms: number) => (ms - event('arrival').startMs) / MINUTE;

describe('markGeometry', () => {
  it('approximate events get a whisker of ± approx', () => {
    const arrival = markGeometry(event('arrival'), x, 9);
    expect(arrival.shape).toBe('instant');
    expect(arrival.certainty).toBe('approx');
    expect(arrival.whisker).toEqual([-5, 5]);

    const talks = markGeometry(event('talks'), x, 9);
    const start = x(event('talks').startMs);
    const end = x(event('talks').endMs);
    expect(talks.shape).toBe('span');
    expect(talks.whisker).toEqual([start - 10, end + 10]);
  });

  it('exact instants are drawn without a whisker', () => {
    const press = markGeometry(event('press'), x, 9);
    expect(press.certainty).toBe('exact');
    expect(press.whisker).toBeNull();
    expect(press.x).toBe(press.x2);
  });

  it('order-only times are never exact: they get a whisker of the nominal width', () => {
    const next = markGeometry(event('next'), x, 9);
    expect(certaintyOf(event('next'))).toBe('order');
    expect(next.whisker).toEqual([next.x - 9, next.x + 9]);
  });

  it('the extent of a mark covers its dot and its whisker', () => {
    expect(markExtent(markGeometry(event('press'), x, 9), 4)).toEqual([
      x(event('press').startMs) - 4,
      x(event('press').startMs) + 4,
    ]);
    expect(markExtent(markGeometry(event('arrival'), x, 9), 4)).toEqual([-5, 5]);
  });
});
