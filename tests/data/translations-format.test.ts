import { describe, expect, it } from 'vitest';
import { checkLinks, isLanguageTag } from '../../src/data/links';
import type { RawStory } from '../../src/data/schema';
import { parseStory } from '../../src/story/load';
import { MINI_RAW } from '../fixtures/mini-story';

const mini = (): RawStory => structuredClone(MINI_RAW);

/** The mini story's first quote, spoken in Russian, with two English renderings. */
function translated(): RawStory {
  const story = mini();
  story.quotes[0] = {
    ...story.quotes[0]!,
    text: 'Добрый день',
    lang: 'ru',
    translations: [
      { lang: 'en', text: 'Good afternoon', kind: 'official', sourceIds: ['s1'], by: 'Kremlin' },
      { lang: 'en-US', text: 'Hello', kind: 'ours', sourceIds: [] },
    ],
    printed: [{ text: 'Добрый день!', sourceIds: ['s1'] }],
  };
  return story;
}

describe('the quote format with languages and translations', () => {
  it('loads a version-1 story without languages unchanged: its quotes are English', () => {
    const result = parseStory(JSON.stringify(mini()));
    expect(result.ok).toBe(true);
    if (result.ok) for (const q of result.value.quotes) expect(q.lang).toBeUndefined();
  });

  it('loads a quote with its language, translations and printed forms', () => {
    const result = parseStory(JSON.stringify(translated()));
    expect(result.ok && result.value.quotes[0]).toMatchObject({
      lang: 'ru',
      translations: [{ kind: 'official', by: 'Kremlin' }, { kind: 'ours' }],
      printed: [{ text: 'Добрый день!' }],
    });
  });

  it('checks that every translation and printed form cites sources that exist', () => {
    const story = translated();
    story.quotes[0]!.translations![0]!.sourceIds = ['nowhere'];
    story.quotes[0]!.printed![0]!.sourceIds = ['gone'];
    expect(checkLinks(story).map((p) => p.path)).toEqual([
      'quotes[0].translations[0].sourceIds[0]',
      'quotes[0].printed[0].sourceIds[0]',
    ]);
  });

  it('lets only our own translation stand without a source', () => {
    const story = translated();
    story.quotes[0]!.translations![0]!.sourceIds = [];
    expect(checkLinks(story)).toMatchObject([
      {
        path: 'quotes[0].translations[0].sourceIds',
        message: 'a translation of kind "official" needs at least one source',
      },
    ]);
  });

  it('names a language that is not a BCP 47 tag, and blank words', () => {
    const story = translated();
    story.quotes[0]!.lang = 'russian language';
    story.quotes[0]!.translations![1]!.lang = 'en_GB!';
    story.quotes[0]!.translations![1]!.text = '   ';
    expect(checkLinks(story).map((p) => p.path)).toEqual([
      'quotes[0].lang',
      'quotes[0].translations[1].lang',
      'quotes[0].translations[1].text',
    ]);
  });

  it('refuses a translation kind it does not know, by its path', () => {
    const story = translated() as unknown as { quotes: { translations: { kind: string }[] }[] };
    story.quotes[0]!.translations[0]!.kind = 'machine';
    const result = parseStory(JSON.stringify(story));
    expect(!result.ok && result.problems.map((p) => p.path)).toContain(
      'quotes[0].translations[0].kind',
    );
  });

  it('knows well-formed language tags', () => {
    for (const tag of ['en', 'ru', 'uk', 'en-GB', 'zh-Hant-TW'])
      expect(isLanguageTag(tag)).toBe(true);
    for (const tag of ['', 'english!', 'en_GB', '12']) expect(isLanguageTag(tag)).toBe(false);
  });

  it('names an order-only event’s after and before links that point at nothing', () => {
    const story = mini();
    story.events[0]!.after = 'nothing';
    story.events[0]!.before = 'press';
    expect(checkLinks(story)).toMatchObject([
      { path: 'events[0].after', message: 'no event "nothing"' },
    ]);
  });
});
