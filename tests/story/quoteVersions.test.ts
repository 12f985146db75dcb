import { afterEach, describe, expect, it } from 'vitest';
import type { RawQuote } from '../../src/data/schema';
import { activate } from '../../src/i18n/i18n';
import { quoteVersionsFor } from '../../src/story/quoteVersions';
import { languageName, renderings, shownQuote } from '../../src/story/translationLabel';
import { realStory } from '../data/real-dataset';

const story = realStory();
const quote = (id: string) => {
  const q = story.quoteById.get(id);
  if (!q) throw new Error(`no quote ${id}`);
  return q;
};

/** A Russian quote with every kind of translation, listed in an order that is not the preferred one. */
const spokenInRussian: RawQuote = {
  id: 'q',
  speakerId: 'putin',
  lang: 'ru',
  text: 'Добрый день, дорогой сосед.',
  eventIds: [],
  placeIds: [],
  sourceIds: ['s-ru'],
  translations: [
    { lang: 'en', text: 'Hello, neighbour (ours).', kind: 'ours', sourceIds: [], by: 'Reuters' },
    { lang: 'en', text: 'Good afternoon, dear neighbor.', kind: 'press', sourceIds: ['s-press'] },
    { lang: 'en', text: 'Good day, dear neighbour.', kind: 'interpretation', sourceIds: ['s-int'] },
    { lang: 'en', text: 'Good afternoon, dear neighbour.', kind: 'official', sourceIds: ['s-off'] },
  ],
};

const keys = (versions: ReturnType<typeof quoteVersionsFor>) => ({
  first: versions.first.key,
  also: versions.also?.key,
  others: versions.others.map((v) => v.key),
});

describe('quoteVersionsFor', () => {
  it('a Russian reader sees Putin’s words in Russian first, the English translations one click away', () => {
    const q = quote('q-dear-neighbour');
    const v = quoteVersionsFor(q, 'ru');
    expect(v.first).toMatchObject({ key: 'original', lang: 'ru', text: q.text, kind: 'original' });
    expect(v.also).toBeUndefined();
    expect(v.others.map((o) => o.kind)).toEqual(['official', 'interpretation']);
  });

  it('an English reader sees the official English translation first, the original one click away', () => {
    const q = quote('q-dear-neighbour');
    const v = quoteVersionsFor(q, 'en');
    expect(v.first).toMatchObject({ lang: 'en', kind: 'official', by: 'Kremlin' });
    expect(v.others[0]).toMatchObject({ key: 'original', lang: 'ru', text: q.text });
  });

  it('prefers official, then interpretation, then press, whatever the order in the file', () => {
    expect(quoteVersionsFor(spokenInRussian, 'en').first.kind).toBe('official');
    const noOfficial = {
      ...spokenInRussian,
      translations: spokenInRussian.translations?.slice(0, 3),
    };
    expect(quoteVersionsFor(noOfficial, 'en').first.kind).toBe('interpretation');
    const pressOnly = {
      ...spokenInRussian,
      translations: spokenInRussian.translations?.slice(0, 2),
    };
    expect(quoteVersionsFor(pressOnly, 'en').first.kind).toBe('press');
    // Every version stays reachable: the first and the others together are all of them.
    const v = quoteVersionsFor(spokenInRussian, 'en');
    expect([v.first, ...v.others].map((x) => x.key).sort()).toEqual(
      ['original', 'translation-0', 'translation-1', 'translation-2', 'translation-3'].sort(),
    );
  });

  it('a Ukrainian reader sees a sourced Ukrainian translation first where there is one', () => {
    const q: RawQuote = {
      ...spokenInRussian,
      translations: [
        ...(spokenInRussian.translations ?? []),
        { lang: 'uk', text: 'Добрий день, дорогий сусіде.', kind: 'press', sourceIds: ['s-uk'] },
      ],
    };
    const v = quoteVersionsFor(q, 'uk');
    expect(v.first).toMatchObject({ key: 'translation-4', lang: 'uk', kind: 'press' });
    expect(v.also).toBeUndefined();
    expect(v.others[0]?.key).toBe('original');
  });

  it('a Ukrainian reader without a Ukrainian translation sees the original and an English one', () => {
    const v = quoteVersionsFor(quote('q-putin-constructive-atmosphere'), 'uk');
    expect(v.first).toMatchObject({ key: 'original', lang: 'ru' });
    expect(v.also).toMatchObject({ lang: 'en', kind: 'official' });
    expect(keys(quoteVersionsFor(spokenInRussian, 'uk'))).toEqual({
      first: 'original',
      also: 'translation-3',
      others: ['translation-2', 'translation-1', 'translation-0'],
    });
  });

  it('never shows our own translation first: it stands beside the original, as ours', () => {
    const oursOnly: RawQuote = {
      ...spokenInRussian,
      translations: [
        { lang: 'en', text: 'Hello, neighbour.', kind: 'ours', sourceIds: [], by: 'Reuters' },
      ],
    };
    const v = quoteVersionsFor(oursOnly, 'en');
    expect(v.first.key).toBe('original');
    expect(v.also).toMatchObject({ kind: 'ours' });
    const shown = shownQuote(oursOnly, { sourceById: new Map() }, 'en');
    // Its `by` names a news agency, but the translation is ours and says so.
    expect(shown.also?.line).toBe('English · our translation');
    expect(shown.also?.line).not.toContain('Reuters');
  });

  it('a Russian reader of an English quote with no Russian translation sees the English words alone', () => {
    const v = quoteVersionsFor(quote('q-extremely-productive'), 'ru');
    expect(v).toEqual({
      first: expect.objectContaining({ key: 'original', lang: 'en' }),
      others: [],
    });
  });
});

describe('shownQuote in the reader’s language of the story', () => {
  it('follows the story the views read: Russian words for a Russian reader, English for an English one', () => {
    const q = quote('q-dear-neighbour');
    expect(shownQuote(q, story.inLanguage('ru'))).toMatchObject({
      lang: 'ru',
      text: q.text,
      shownKey: 'original',
    });
    expect(shownQuote(q, story.inLanguage('ru')).line).toBeUndefined();
    expect(shownQuote(q, story)).toMatchObject({
      lang: 'en',
      line: 'Translated from Russian · Kremlin',
    });
  });
});

describe('renderings: the side-by-side panel of a quote', () => {
  afterEach(() => activate('en'));

  it('says each kind in the reader’s language, and marks who made it as the story’s English words', async () => {
    const q = quote('q-dear-neighbour');
    const english = renderings(q, story);
    expect(english.map((r) => [r.label, r.detail, r.labelLang])).toEqual([
      ['Original', 'Russian', undefined],
      ['Kremlin', 'English · official', undefined],
      ['live interpreter', 'English · live interpretation', undefined],
    ]);
    await activate('ru');
    const russian = renderings(q, story.inLanguage('ru'));
    expect(russian.map((r) => [r.label, r.detail, r.labelLang])).toEqual([
      ['Оригинал', 'русский', undefined],
      ['Kremlin', 'английский · официальный перевод', 'en'],
      ['live interpreter', 'английский · устный перевод', 'en'],
    ]);
  });

  it('calls our own translation ours in the reader’s words, never by its `by`', async () => {
    await activate('uk');
    const ours = renderings(spokenInRussian, { ...story.inLanguage('uk'), lang: 'uk' }).find(
      (r) => r.key !== 'original' && r.text.includes('(ours)'),
    );
    expect(ours).toMatchObject({ label: 'наш переклад', detail: 'англійська · наш переклад' });
    expect(ours?.labelLang).toBeUndefined();
  });
});

describe('languageName', () => {
  it('names a language in the reader’s language, the same each time, and falls back to the tag', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('ru', 'ru')).toBe('русский');
    expect(languageName('uk', 'uk')).toBe('українська');
    // Asked again (served from memory): the same names, not the other language's.
    expect([languageName('ru', 'ru'), languageName('ru', 'en')]).toEqual(['русский', 'Russian']);
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
