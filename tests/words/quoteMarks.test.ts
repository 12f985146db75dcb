import { describe, expect, it } from 'vitest';
import { inQuoteMarks, quoteMarks } from '../../src/words/quoteMarks';

describe('quoteMarks', () => {
  it('gives CLDR’s marks: «…» for Russian and Ukrainian, “…” for English', () => {
    expect(quoteMarks('ru')).toEqual(['«', '»']);
    expect(quoteMarks('uk')).toEqual(['«', '»']);
    expect(quoteMarks('en')).toEqual(['“', '”']);
    expect(quoteMarks('de')).toEqual(['„', '“']);
  });

  it('reads a regional tag by its language, and falls back to English marks', () => {
    expect(quoteMarks('ru-RU')).toEqual(['«', '»']);
    expect(quoteMarks('UK')).toEqual(['«', '»']);
    expect(quoteMarks('ja')).toEqual(['“', '”']);
    expect(quoteMarks(undefined)).toEqual(['“', '”']);
  });

  it('inQuoteMarks() wraps the words and changes nothing inside them', () => {
    expect(inQuoteMarks('Добрый день, «сосед»', 'ru')).toBe('«Добрый день, «сосед»»');
    expect(inQuoteMarks('Good afternoon', 'en-GB')).toBe('“Good afternoon”');
  });
});
