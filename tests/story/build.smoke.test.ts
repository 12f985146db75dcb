import { describe, expect, it } from 'vitest';
import { miniStory } from '../fixtures/mini-story';

describe('buildStory', () => {
  it('sorts events by time and relates a place to the quotes said there', () => {
    const story = miniStory();
    expect(story.events.map((e) => e.id)).toEqual(['arrival', 'talks', 'press', 'next']);
    expect([...story.relatedTo({ kind: 'place', id: 'capital' })]).toContain('quote:q-capital');
    expect(story.stateOf('quote', 'q-good', { kind: 'place', id: 'capital' })).toBe('unrelated');
  });
});
