import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
import type { RawStory } from '../../src/data/schema';
import { parseStory } from '../../src/story/load';
import { MINI_RAW } from '../fixtures/mini-story';

/** The problems the checks report for the mini story with these texts, as the page prints them. */
function problemsWith(texts: unknown): string[] {
  const result = checkStory({ ...structuredClone(MINI_RAW), texts });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the story’s texts in other languages', () => {
  it('a version-1 story without texts loads unchanged, in its own language', () => {
    const result = parseStory(JSON.stringify(MINI_RAW));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.lang).toBe('en');
      expect(result.value.title).toBe(MINI_RAW.title);
      expect(result.value.inLanguage('ru').title).toBe(MINI_RAW.title);
    }
  });

  it('loads texts for several languages, one block each', () => {
    const texts = {
      ru: { title: 'Мини-саммит', events: { talks: { title: 'Переговоры', summary: 'Долго.' } } },
      uk: { subtitle: 'Міні-саміт', tour: { 'event:talks': { note: 'Потім вони говорять.' } } },
    };
    expect(problemsWith(texts)).toEqual([]);
    const result = checkStory({ ...structuredClone(MINI_RAW), texts });
    expect(result.ok && (result.value as RawStory).texts).toEqual(texts);
  });

  it('names each id that is not in the story, at its place in the texts', () => {
    expect(
      problemsWith({
        ru: {
          events: { nowhere: { title: 'Нигде' } },
          places: { 'no-place': { name: 'Нет' } },
          people: { nobody: { name: 'Никто' } },
          quotes: { 'q-none': { occasion: 'Никогда' } },
          routes: { 'no-route': { name: 'Нет' } },
          tour: { 'event:press': { note: 'Нет такой остановки' } },
        },
      }),
    ).toEqual([
      'texts.ru.events.nowhere: no event "nowhere"',
      'texts.ru.places["no-place"]: no place "no-place"',
      'texts.ru.people.nobody: no person "nobody"',
      'texts.ru.quotes["q-none"]: no quote "q-none"',
      'texts.ru.routes["no-route"]: no route "no-route"',
      'texts.ru.tour["event:press"]: no tour stop selects "event:press"',
    ]);
  });

  it('names a language that is not a language tag, and one given twice', () => {
    expect(problemsWith({ 'not a tag': { title: 'x' } })).toEqual([
      'texts["not a tag"]: "not a tag" is not a BCP 47 language tag (e.g. "ru", "uk")',
    ]);
    expect(problemsWith({ ru: { title: 'a' }, 'ru-RU': { title: 'b' } })).toEqual([
      'texts["ru-RU"]: the texts for "ru" are already in this language; give them once',
    ]);
  });

  it('refuses empty and blank texts, and fields it does not know (a typo would be lost)', () => {
    expect(problemsWith({ ru: { title: '' } })).toEqual(['texts.ru.title: must not be empty']);
    expect(problemsWith({ uk: { events: { talks: { summary: '   ' } } } })).toEqual([
      'texts.uk.events.talks.summary: must not be blank',
    ]);
    expect(problemsWith({ ru: { events: { talks: { titel: 'Переговоры' } } } })).toEqual([
      'texts.ru.events.talks: unknown field(s): titel',
    ]);
    // A quote's words are never among the texts: they stay as spoken.
    expect(problemsWith({ ru: { quotes: { 'q-good': { text: 'Всё прошло хорошо.' } } } })).toEqual([
      'texts.ru.quotes["q-good"]: unknown field(s): text',
    ]);
  });
});
