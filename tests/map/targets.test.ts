import { describe, expect, test } from 'vitest';
import { chooseCut, shiftLongitude } from '../../src/map/longitude';
import { routeState } from '../../src/map/routeState';
import { placesOf, selectionBounds } from '../../src/map/targets';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
const home = story.routes.find((r) => r.id === 'home');
if (!home) throw new Error('the fixture has a route "home"');

describe('placesOf (where the map goes for a selection)', () => {
  test('a place is shown by itself', () => {
    expect(placesOf(story, { kind: 'place', id: 'capital' })).toEqual(['capital']);
  });

  test('an event is shown at its places', () => {
    expect(placesOf(story, { kind: 'event', id: 'talks' })).toEqual(['base']);
  });

  test('a quote is shown where it was said, or else where its events happened', () => {
    expect(placesOf(story, { kind: 'quote', id: 'q-capital' })).toEqual(['capital']);
    const unplaced = miniStory({
      quotes: [
        {
          id: 'q',
          speakerId: 'alice',
          text: 'Hi.',
          eventIds: ['press', 'next'],
          placeIds: [],
          sourceIds: ['s1'],
        },
      ],
      tour: [],
    });
    expect(placesOf(unplaced, { kind: 'quote', id: 'q' })).toEqual(['base', 'capital']);
  });

  test('an unknown item shows nothing', () => {
    expect(placesOf(story, { kind: 'place', id: 'nowhere' })).toEqual([]);
    expect(selectionBounds(story, { kind: 'event', id: 'nothing' }, 0)).toBeUndefined();
  });

  test('selectionBounds uses the same cut as the markers', () => {
    const cut = chooseCut(story.places.map((p) => p.lon));
    const [[, west]] = selectionBounds(story, { kind: 'place', id: 'base' }, cut) ?? [[0, 0]];
    expect(west).toBe(shiftLongitude(-149.8, cut));
  });
});

describe('routeState', () => {
  test('is idle without a selection', () => {
    expect(routeState(story, home, null)).toBe('idle');
  });

  test('is related when one of its events or places is selected', () => {
    expect(routeState(story, home, { kind: 'event', id: 'next' })).toBe('related');
    expect(routeState(story, home, { kind: 'place', id: 'capital' })).toBe('related');
  });

  test('is related when the selection is linked to one of its places', () => {
    // "Talks" happened at the base, where the flight home starts.
    expect(routeState(story, home, { kind: 'event', id: 'talks' })).toBe('related');
  });

  test('is unrelated otherwise', () => {
    const lonely = miniStory({
      places: [...story.places, { id: 'elsewhere', name: 'Elsewhere', lat: 0, lon: 0 }],
    });
    const route = lonely.routes[0];
    if (!route) throw new Error('route');
    expect(routeState(lonely, route, { kind: 'place', id: 'elsewhere' })).toBe('unrelated');
  });
});
