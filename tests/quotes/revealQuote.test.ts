import { describe, expect, it } from 'vitest';
import { quoteToReveal, type RevealQuestion } from '../../src/quotes/revealQuote';
import type { Selection } from '../../src/story/selection';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
/** The mini story's list, in its order: q-good (press, base), q-capital (press, next; capital), q-talks (talks; base). */
const allQuotes = new Map(story.quotes.map((q, i) => [q.id, i]));

const ask = (selection: Selection | null, more: Partial<RevealQuestion> = {}) =>
  quoteToReveal(story, {
    selection,
    previous: null,
    pickedInList: null,
    indexOf: allQuotes,
    ...more,
  });

describe('quoteToReveal', () => {
  it('an event or place selected elsewhere brings its first linked quote in the list', () => {
    expect(ask({ kind: 'place', id: 'capital' })).toBe(allQuotes.get('q-capital'));
    expect(ask({ kind: 'event', id: 'talks' })).toBe(allQuotes.get('q-talks'));
    expect(ask({ kind: 'event', id: 'press' })).toBe(allQuotes.get('q-good'));
  });

  it('the first linked quote is the first in the list shown, not in the story', () => {
    // Filtered to the second and third quotes: the press's first linked quote is now q-capital, row 0.
    const filtered = new Map([
      ['q-capital', 0],
      ['q-talks', 1],
    ]);
    expect(ask({ kind: 'event', id: 'press' }, { indexOf: filtered })).toBe(0);
    // None of the base's linked quotes but q-talks is listed.
    expect(ask({ kind: 'place', id: 'base' }, { indexOf: filtered })).toBe(1);
  });

  it('nothing moves for no selection, the same selection again, or nothing linked in the list', () => {
    expect(ask(null)).toBeNull();
    expect(
      ask({ kind: 'event', id: 'talks' }, { previous: { kind: 'event', id: 'talks' } }),
    ).toBeNull();
    expect(ask({ kind: 'event', id: 'talks' }, { indexOf: new Map([['q-good', 0]]) })).toBeNull();
  });

  it('a quote picked in the list leaves the list still; the same quote selected elsewhere is brought', () => {
    const quote: Selection = { kind: 'quote', id: 'q-talks' };
    expect(ask(quote, { pickedInList: 'q-talks' })).toBeNull();
    expect(ask(quote)).toBe(allQuotes.get('q-talks'));
    // A pick in the list of another quote says nothing about this selection.
    expect(ask(quote, { pickedInList: 'q-good' })).toBe(allQuotes.get('q-talks'));
  });
});
