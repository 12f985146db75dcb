import { describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { buildStory } from '../../src/story/build';
import { localiseStory } from '../../src/story/localise';
import { realStory } from '../data/real-dataset';
import { MINI_RAW } from '../fixtures/mini-story';

/** The mini story with Russian texts for some fields and none for others. */
function withRussian(): RawStory {
  return {
    ...structuredClone(MINI_RAW),
    texts: {
      ru: {
        title: 'Мини-саммит',
        events: { talks: { title: 'Переговоры' }, arrival: { title: 'Прилёт' } },
        places: {
          base: { name: 'Авиабаза', kind: 'военная база', description: 'База у города.' },
        },
        people: { alice: { name: 'Алиса Адамс' } },
        quotes: { 'q-good': { occasion: 'Заявления для прессы' } },
        routes: { home: { name: 'Полёт домой' } },
        tour: { 'event:talks': { note: 'Потом они говорят.' } },
      },
    },
  };
}

describe('localiseStory', () => {
  it('gives each translated field in the reader’s language', () => {
    const { story } = localiseStory(withRussian(), 'ru');
    expect(story.title).toBe('Мини-саммит');
    expect(story.events.find((e) => e.id === 'talks')?.title).toBe('Переговоры');
    expect(story.places.find((p) => p.id === 'base')).toMatchObject({
      name: 'Авиабаза',
      description: 'База у города.',
    });
    expect(story.people.find((p) => p.id === 'alice')?.name).toBe('Алиса Адамс');
    expect(story.routes?.[0]?.name).toBe('Полёт домой');
    expect(story.tour?.find((s) => s.select === 'event:talks')?.note).toBe('Потом они говорят.');
    expect(story.quotes.find((q) => q.id === 'q-good')?.occasion).toBe('Заявления для прессы');
  });

  it('falls back field by field to the story’s own words where a translation is missing', () => {
    const { story, translated } = localiseStory(withRussian(), 'ru');
    const talks = story.events.find((e) => e.id === 'talks');
    // The title is translated, the summary is not: it stays as the story wrote it.
    expect(talks?.summary).toBe('The two sides talk for nearly three hours.');
    expect(story.intro).toBe(MINI_RAW.intro);
    expect(story.events.find((e) => e.id === 'press')?.title).toBe('Press statements');
    expect(story.people.find((p) => p.id === 'alice')?.role).toBe('President');
    expect(translated.has('events:talks:title')).toBe(true);
    expect(translated.has('events:talks:summary')).toBe(false);
    expect(translated.has('title')).toBe(true);
    expect(translated.has('intro')).toBe(false);
  });

  it('never changes a quote’s words, and leaves the story passed in as it was', () => {
    const raw = withRussian();
    const before = structuredClone(raw);
    const { story } = localiseStory(raw, 'ru');
    expect(story.quotes.map((q) => q.text)).toEqual(raw.quotes.map((q) => q.text));
    expect(raw).toEqual(before);
  });

  it('matches a regional tag to its language, and gives a language it lacks unchanged', () => {
    expect(localiseStory(withRussian(), 'ru-RU').story.title).toBe('Мини-саммит');
    const raw = withRussian();
    expect(localiseStory(raw, 'uk').story).toBe(raw);
    expect(localiseStory(raw, 'en').story).toBe(raw);
  });
});

describe('Story.inLanguage', () => {
  it('builds the model once per language and gives back the same one after', () => {
    const story = buildStory(withRussian());
    const ru = story.inLanguage('ru');
    expect(story.inLanguage('ru')).toBe(ru);
    expect(ru.inLanguage('en')).toBe(story);
    expect(ru.lang).toBe('ru');
    expect(ru.eventById.get('talks')?.title).toBe('Переговоры');
    expect(ru.placeById.get('base')?.name).toBe('Авиабаза');
    expect(ru.tour[1]?.note).toBe('Потом они говорят.');
    // Links and times are the same story's.
    expect(ru.eventById.get('talks')?.startMs).toBe(story.eventById.get('talks')?.startMs);
    expect([...ru.relatedTo({ kind: 'event', id: 'talks' })].sort()).toEqual(
      [...story.relatedTo({ kind: 'event', id: 'talks' })].sort(),
    );
  });

  it('says which texts are shown in the story’s own language (lang="en") for a Russian reader', () => {
    const ru = buildStory(withRussian()).inLanguage('ru');
    expect(ru.langOf('events', 'talks', 'title')).toBeUndefined();
    expect(ru.langOf('events', 'talks', 'summary')).toBe('en');
    expect(ru.langOf('', '', 'title')).toBeUndefined();
    expect(ru.langOf('', '', 'intro')).toBe('en');
    // An English reader reads the story's own words in the page's language: nothing to mark.
    expect(buildStory(withRussian()).langOf('events', 'talks', 'summary')).toBeUndefined();
  });

  it('gives a place’s kind in the reader’s words and keeps the story’s own kind as the key', () => {
    const story = buildStory(withRussian());
    const ru = story.inLanguage('ru');
    // The key that picks the marker's shape is the story's word in every language.
    expect(ru.placeById.get('base')).toMatchObject({ kind: 'base', kindText: 'военная база' });
    expect(ru.langOf('places', 'base', 'kind')).toBeUndefined();
    // No Russian kind for the city: the story's own word, marked as English.
    expect(ru.placeById.get('capital')).toMatchObject({ kind: 'city', kindText: 'city' });
    expect(ru.langOf('places', 'capital', 'kind')).toBe('en');
    expect(story.placeById.get('base')).toMatchObject({ kind: 'base', kindText: 'base' });
    expect(story.inLanguage('uk').placeById.get('base')?.kindText).toBe('base');
  });

  it('names an order-only event’s neighbours by their titles in the reader’s language', () => {
    const raw = withRussian();
    raw.events.push({
      id: 'ride',
      title: 'Ride',
      start: '2025-08-15T11:00:00-08:00',
      precision: 'order',
      after: 'arrival',
      before: 'talks',
      placeIds: [],
      peopleIds: [],
      sourceIds: ['s1'],
    });
    const ru = buildStory(raw).inLanguage('ru');
    expect(ru.eventById.get('ride')?.knownOrder).toEqual({ after: 'Прилёт', before: 'Переговоры' });
  });
});

describe('the Alaska story in Russian and Ukrainian', () => {
  const story = realStory();
  for (const lang of ['ru', 'uk'] as const) {
    it(`translates every title, summary, name, kind, role, side, route and tour note into ${lang}`, () => {
      const local = story.inLanguage(lang);
      const untranslated = [
        ...local.events.flatMap((e) => [
          local.langOf('events', e.id, 'title') && `events.${e.id}.title`,
          e.summary && local.langOf('events', e.id, 'summary') && `events.${e.id}.summary`,
        ]),
        ...local.places.flatMap((p) => [
          local.langOf('places', p.id, 'name') && `places.${p.id}.name`,
          p.kind && local.langOf('places', p.id, 'kind') && `places.${p.id}.kind`,
          p.description &&
            local.langOf('places', p.id, 'description') &&
            `places.${p.id}.description`,
        ]),
        ...local.people.flatMap((p) => [
          local.langOf('people', p.id, 'name') && `people.${p.id}.name`,
          p.role && local.langOf('people', p.id, 'role') && `people.${p.id}.role`,
        ]),
        ...local.quotes.map(
          (q) =>
            q.occasion && local.langOf('quotes', q.id, 'occasion') && `quotes.${q.id}.occasion`,
        ),
        ...local.routes.map((r) => local.langOf('routes', r.id, 'name') && `routes.${r.id}.name`),
        ...local.tour.map((s) => local.langOf('tour', s.select, 'note') && `tour.${s.select}`),
        ...(['title', 'subtitle', 'intro'] as const).map((f) => local.langOf('', '', f) && f),
        // Sides the interface has no words for are named by the story.
        ...[...new Set(local.people.map((p) => p.side))]
          .filter((side) => side && !['us', 'russia', 'ukraine', 'europe'].includes(side))
          .map((side) => local.langOf('sides', side ?? '', 'name') && `sides.${side}`),
      ].filter(Boolean);
      expect(untranslated).toEqual([]);
      // The words as spoken are the same in every language.
      expect(local.quotes.map((q) => q.text)).toEqual(story.quotes.map((q) => q.text));
    });
  }

  it('spells the names as each language does', () => {
    const ru = story.inLanguage('ru');
    const uk = story.inLanguage('uk');
    expect(ru.personById.get('putin')?.name).toBe('Владимир Путин');
    expect(uk.personById.get('putin')?.name).toBe('Володимир Путін');
    expect(ru.personById.get('zelenskyy')?.name).toBe('Владимир Зеленский');
    expect(uk.personById.get('zelenskyy')?.name).toBe('Володимир Зеленський');
    expect(ru.placeById.get('anchorage')?.name).toBe('Анкоридж');
    expect(ru.placeById.get('kyiv')?.name).toBe('Киев');
    expect(uk.placeById.get('kyiv')?.name).toBe('Київ');
    expect(uk.placeById.get('jber')?.name).toBe('Об’єднана база Елмендорф-Річардсон (JBER)');
    expect(ru.placeById.get('fort-richardson-cemetery')?.kindText).toBe('кладбище');
    expect(uk.placeById.get('fort-richardson-cemetery')?.kindText).toBe('цвинтар');
    expect(uk.placeById.get('fort-richardson-cemetery')?.kind).toBe('cemetery');
  });
});
