import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { PlaceDetails } from '../../src/details/PlaceDetails';
import { englishT } from '../../src/i18n/i18n';
import { placeLabel } from '../../src/map/placeLabel';
import { HandoutPlaces } from '../../src/print/HandoutPlaces';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

/** The mini story with a Russian name and kind for the base, and no Russian kind for the city. */
function withRussianKinds() {
  const texts: RawStory['texts'] = {
    ru: { places: { base: { name: 'Авиабаза', kind: 'военная база' } } },
  };
  return miniStory({ texts }).inLanguage('ru');
}

afterEach(cleanup);

describe('a place’s kind in the reader’s language', () => {
  it('the details panel shows the Russian kind, in the page’s language', () => {
    renderWithStory(<PlaceDetails id="base" />, { story: withRussianKinds() });
    const tag = screen.getByText('военная база');
    expect(tag).not.toHaveAttribute('lang');
    expect(screen.queryByText('base')).toBeNull();
  });

  it('a kind the story does not translate shows as written, marked as English', () => {
    renderWithStory(<PlaceDetails id="capital" />, { story: withRussianKinds() });
    expect(screen.getByText('city')).toHaveAttribute('lang', 'en');
  });

  it('the marker’s accessible name says the kind in the reader’s words', () => {
    const place = withRussianKinds().placeById.get('base');
    expect(place && placeLabel(place, 0, 0, englishT)).toBe('Авиабаза, военная база');
  });

  it('the handout lists the place with its Russian kind', () => {
    const story = withRussianKinds();
    renderWithStory(<HandoutPlaces story={story} zone={story.timezone} />, { story });
    const item = screen.getByText('Авиабаза').closest('li') as HTMLElement;
    expect(item).toHaveTextContent('военная база');
    expect(item).not.toHaveTextContent(/\bbase\b/);
  });
});
