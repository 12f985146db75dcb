import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { SideMark } from '../../src/ui/SideMark';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

/** The mini story with a bystander on a side of the story's own, named in Russian. */
function withPublicSide() {
  const people: RawStory['people'] = [
    ...structuredClone(MINI_RAW.people),
    { id: 'carol', name: 'Carol Clark', side: 'public' },
  ];
  return miniStory({ people, texts: { ru: { sides: { public: { name: 'частные лица' } } } } });
}

describe('SideMark', () => {
  it('names a side of the story’s own in the reader’s language where the story gives it', () => {
    const story = withPublicSide().inLanguage('ru');
    renderWithStory(<SideMark side="public" story={story} />, { story });
    const mark = screen.getByTitle('частные лица');
    expect(mark).not.toHaveAttribute('lang');
    expect(mark).toHaveTextContent('(частные лица)');
  });

  it('keeps the story’s own word, marked as English, where it gives none', () => {
    const story = withPublicSide().inLanguage('uk');
    renderWithStory(<SideMark side="public" story={story} />, { story });
    expect(screen.getByTitle('public')).toHaveAttribute('lang', 'en');
  });
});
