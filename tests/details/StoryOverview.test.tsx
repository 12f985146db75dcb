import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryOverview } from '../../src/details/StoryOverview';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

describe('StoryOverview counts', () => {
  it('say "1 source" for one source and "4 events" for four', () => {
    renderWithStory(<StoryOverview />);
    expect(MINI_RAW.sources).toHaveLength(1);
    const counts = screen.getByRole('list');
    expect(counts).toHaveTextContent('1 source');
    expect(counts).not.toHaveTextContent('1 sources');
    expect(counts).toHaveTextContent(`${MINI_RAW.events.length} events`);
  });

  it('say "1 place" for a story with one place', () => {
    const story = miniStory({
      places: [MINI_RAW.places[0]!],
      events: MINI_RAW.events.map((e) => ({ ...e, placeIds: ['base'] })),
      quotes: MINI_RAW.quotes.map((q) => ({ ...q, placeIds: ['base'] })),
      routes: [],
    });
    renderWithStory(<StoryOverview />, { story });
    expect(screen.getByRole('list')).toHaveTextContent('1 place');
    expect(screen.getByRole('list')).not.toHaveTextContent('1 places');
  });
});
