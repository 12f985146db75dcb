import { describe, expect, it } from 'vitest';
import { isLanguageTag } from '../../src/data/links';
import { realRaw, realStory } from './real-dataset';

/**
 * Issue 11, "The whole day in their own words": what the researched quotes must add up to. The
 * counts (40 quotes, 8 speakers, 80% of the day's events) are met once the researchers' quotes
 * are merged from the research notes in data/sources/.
 */
const raw = realRaw();
const story = realStory();
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('the words of the summit day', () => {
  it('has at least 40 quotes from at least 8 speakers', () => {
    expect(story.quotes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(story.quotes.map((q) => q.speakerId)).size).toBeGreaterThanOrEqual(8);
  });

  it('links a quote to at least 80% of the day’s events (context aside)', () => {
    const day = story.events.filter((e) => !e.context);
    const withQuote = day.filter((e) => story.quotesForEvent(e.id).length > 0);
    const missing = day.filter((e) => !withQuote.includes(e)).map((e) => e.id);
    expect(
      withQuote.length / day.length,
      `no quote for ${missing.join(', ')}`,
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('cites, for every quote and every translation, a source that can be read (has a url)', () => {
    const readable = new Set(story.sources.filter((s) => s.url).map((s) => s.id));
    for (const q of story.quotes) {
      expect(
        q.sourceIds.some((id) => readable.has(id)),
        `${q.id} cites no source with a url`,
      ).toBe(true);
      q.translations?.forEach((t, i) => {
        expect(
          t.sourceIds.some((id) => readable.has(id)),
          `${q.id}.translations[${i}] cites no source with a url`,
        ).toBe(true);
      });
    }
  });

  it('gives every quote spoken in Russian in Cyrillic, with an English translation', () => {
    const russian = story.quotes.filter((q) => q.lang?.split('-')[0] === 'ru');
    expect(russian.length).toBeGreaterThan(0);
    for (const q of russian) {
      expect(q.text, q.id).toMatch(CYRILLIC);
      expect(
        q.translations?.some((t) => t.lang.split('-')[0] === 'en'),
        `${q.id} has an English translation`,
      ).toBe(true);
    }
  });

  /*
   * By speaker, not by the quote's own `lang`: a Russian speaker's quote stored as English (no
   * `lang`, English words) would pass the test above. The story's people who speak Russian or
   * Ukrainian, plus anyone the data itself quotes in those languages.
   */
  const SPEAKERS: Record<'ru' | 'uk', readonly string[]> = {
    ru: ['putin', 'lavrov', 'ushakov', 'peskov'],
    uk: ['zelenskyy'],
  };
  const base = (lang: string | undefined) => lang?.split('-')[0];

  it.each(['ru', 'uk'] as const)(
    'gives every quote by a %s-speaking person the original words in Cyrillic, with an English translation',
    (lang) => {
      for (const id of SPEAKERS[lang]) expect(story.personById.has(id), id).toBe(true);
      const speakers = new Set([
        ...SPEAKERS[lang],
        ...raw.quotes.filter((q) => base(q.lang) === lang).map((q) => q.speakerId),
      ]);
      // Only words the speaker said in English themselves, marked `lang: "en"`, stay English.
      const quotes = raw.quotes.filter((q) => speakers.has(q.speakerId) && base(q.lang) !== 'en');
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(base(q.lang), `${q.id} is marked as spoken in ${lang}`).toBe(lang);
        expect(q.text, q.id).toMatch(CYRILLIC);
        expect(
          q.translations?.some((t) => base(t.lang) === 'en'),
          `${q.id} has an English translation`,
        ).toBe(true);
      }
    },
  );

  it('writes every language as a BCP 47 tag, and every English translation in Latin script', () => {
    for (const q of raw.quotes) {
      if (q.lang !== undefined) expect(isLanguageTag(q.lang), q.id).toBe(true);
      for (const t of q.translations ?? []) {
        expect(isLanguageTag(t.lang), q.id).toBe(true);
        if (t.lang.split('-')[0] === 'en') expect(t.text, q.id).not.toMatch(CYRILLIC);
      }
    }
  });

  it('shows Putin’s greeting in Russian with the Kremlin’s and the interpreter’s English', () => {
    const greeting = story.quoteById.get('q-dear-neighbour');
    expect(greeting).toMatchObject({ speakerId: 'putin', lang: 'ru' });
    expect(greeting?.text).toContain('добрый день, дорогой сосед');
    expect(greeting?.translations?.map((t) => [t.kind, t.by])).toEqual([
      ['official', 'Kremlin'],
      ['interpretation', 'live interpreter'],
    ]);
    expect(greeting?.translations?.[0]?.text).toContain(
      'Good afternoon, dear neighbour. I am glad to see you alive and in good health.',
    );
    expect(greeting?.translations?.[1]?.text).toContain(
      'Good afternoon, dear neighbor. Very good to see you in good health and to see you alive.',
    );
  });

  it('quotes Trump’s sentence whole, keeping the article’s shorter form findable', () => {
    const quote = story.quoteById.get('q-extremely-productive');
    expect(quote?.text).toContain(
      "We didn't get there, but we have a very good chance of getting there.",
    );
    expect(quote?.printed?.map((p) => p.sourceIds)).toContainEqual(['article']);
  });

  it('says that no source names the occasion of “very profound”', () => {
    expect(story.quoteById.get('q-very-profound')?.occasion).toMatch(/not given/i);
  });
});
