import { describe, expect, test } from 'vitest';
import { firstViewBounds, WORLD_SPAN_LON } from '../../src/map/firstView';
import { chooseCut, shiftLongitude } from '../../src/map/longitude';
import { miniStory } from '../fixtures/mini-story';

describe('firstViewBounds', () => {
  test('fits every place of the story: Alaska and Moscow together', () => {
    const story = miniStory();
    const cut = chooseCut(story.places.map((p) => p.lon));
    const [[south, west], [north, east]] = firstViewBounds(story, cut);
    expect([south, north]).toEqual([55.75, 61.25]);
    expect(west).toBeCloseTo(37.62, 9);
    expect(east).toBeCloseTo(shiftLongitude(-149.8, cut), 9);
  });

  test('when the places cover about the whole world, fits the places of the day instead', () => {
    const base = miniStory();
    // Places spread every 30° of longitude leave no gap wider than the world-wide limit.
    const spread = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 0,
      lon: -165 + i * 30,
    }));
    const story = miniStory({ places: [...base.places, ...spread] });
    const cut = chooseCut(story.places.map((p) => p.lon));
    const [[, west], [, east]] = firstViewBounds(story, cut);
    // Only "base" has events that are not context, so the view closes in on it.
    expect(east - west).toBeLessThan(WORLD_SPAN_LON);
    expect(west).toBeCloseTo(shiftLongitude(-149.8, cut), 9);
    expect(east).toBeCloseTo(shiftLongitude(-149.8, cut), 9);
  });

  test('shows the whole frame for a story without places', () => {
    const story = miniStory({ places: [], events: [], quotes: [], routes: [], tour: [] });
    const [[, west], [, east]] = firstViewBounds(story, -30);
    expect([west, east]).toEqual([-30, 330]);
  });
});
