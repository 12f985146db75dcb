import { describe, expect, it } from 'vitest';
import { describeStop } from '../../src/story/stopContent';
import { miniStory } from '../fixtures/mini-story';

describe('describeStop', () => {
  const story = miniStory();

  it('an event stop shows the event, its time in the story zone, its place and its note', () => {
    expect(describeStop(story, 0, 'story')).toMatchObject({
      index: 0,
      total: 3,
      kindLabel: 'Event',
      title: 'Arrival',
      time: '≈ 10:20 AKDT',
      where: 'Air base',
      note: 'It starts with an arrival.',
    });
  });

  it('an event stop shows the first quote said at that event', () => {
    expect(describeStop(story, 1, 'story')?.quote).toEqual({
      id: 'q-talks',
      text: 'Long talks.',
      lang: 'en',
      line: undefined,
      original: undefined,
      speaker: 'Alice Adams',
      side: 'us',
      occasion: 'Talks',
    });
  });

  it('an event without quotes has none', () => {
    expect(describeStop(story, 0, 'story')?.quote).toBeUndefined();
  });

  it('a quote stop shows the quote itself, titled by its event and speaker, at the time of its first event', () => {
    const stop = describeStop(story, 2, 'story');
    expect(stop).toMatchObject({
      kindLabel: 'Quote',
      title: 'Press statements — Boris Belov',
      listTitle: 'Press statements — Boris Belov: “Next time in the capital.”',
      time: '14:30 AKDT',
    });
    expect(stop?.quote?.id).toBe('q-capital');
  });

  it('a quote spoken in another language shows its translation, says so, and keeps the original', () => {
    const translated = miniStory({
      quotes: miniStory().quotes.map((q) =>
        q.id === 'q-capital'
          ? {
              ...q,
              text: 'В следующий раз в столице.',
              lang: 'ru',
              translations: [
                {
                  lang: 'en',
                  text: 'Next time in the capital.',
                  kind: 'official',
                  sourceIds: ['s1'],
                  by: 'Ministry',
                },
              ],
            }
          : q,
      ),
    });
    expect(describeStop(translated, 2, 'story')?.quote).toMatchObject({
      text: 'Next time in the capital.',
      lang: 'en',
      line: 'Translated from Russian · Ministry',
      original: { text: 'В следующий раз в столице.', lang: 'ru', language: 'Russian' },
    });
  });

  it('an order-only event stop says what is known, never its placeholder time', () => {
    const raw = miniStory();
    const ordered = miniStory({
      events: raw.events.map((e) =>
        e.id === 'talks' ? { ...e, precision: 'order' as const, approx: undefined } : e,
      ),
    });
    const time = describeStop(ordered, 1, 'story')?.time ?? '';
    expect(time).toBe('after Arrival; before Press statements');
    expect(time).not.toMatch(/\d/);
  });

  it('a quote is timed by the event it was said at (listed first), not by what it speaks about', () => {
    const raw = miniStory();
    const about = miniStory({
      quotes: raw.quotes.map((q) =>
        q.id === 'q-capital' ? { ...q, eventIds: ['press', 'arrival'] } : q,
      ),
    });
    expect(describeStop(about, 2, 'story')?.time).toBe('14:30 AKDT');
  });

  it('times follow the chosen zone', () => {
    expect(describeStop(story, 0, 'UTC')?.time).toBe('≈ 18:20 UTC');
  });

  it('a place stop shows the first event there and the first quote said there', () => {
    const withPlace = miniStory({ tour: [{ select: 'place:base' }] });
    expect(describeStop(withPlace, 0, 'story')).toMatchObject({
      kindLabel: 'Place',
      title: 'Air base',
      time: '≈ 10:20 AKDT',
      quote: { id: 'q-good' },
    });
  });

  it('a stop past the end of the tour is null', () => {
    expect(describeStop(story, 3, 'story')).toBeNull();
    expect(describeStop(miniStory({ tour: [] }), 0, 'story')).toBeNull();
  });
});
