import { describe, expect, it } from 'vitest';
import { checkSheets } from '../../src/studio/check';
import { storyToSheets } from '../../src/studio/mapping';
import { TEXTS_SHEET } from '../../src/studio/textsSheet';
import { describeProblem, type Workbook } from '../../src/studio/workbook';
import { alaska, edit } from './helpers';

/** The spreadsheet row (1 = header) of the first text of that language, item and field. */
function rowOf(book: Workbook, lang: string, item: string, field: string): number {
  const rows = book.sheets.find((s) => s.name === TEXTS_SHEET)?.rows ?? [];
  const i = rows.findIndex((r) => r[0] === lang && r[1] === item && r[3] === field);
  if (i < 0) throw new Error(`no ${lang} ${item} ${field} row`);
  return i + 1;
}

describe('the "Other languages" sheet', () => {
  it('holds one row per text, a language at a time', () => {
    const { book } = storyToSheets(alaska());
    const rows = book.sheets.find((s) => s.name === TEXTS_SHEET)?.rows ?? [];
    expect(rows[0]).toEqual(['Language', 'Item', 'ID', 'Field', 'Text']);
    expect(rows[1]).toEqual(['ru', 'story', null, 'title', 'Саммит на Аляске']);
    expect(rows).toContainEqual([
      'uk',
      'event',
      'talks',
      'title',
      'Переговори у форматі «три на три»',
    ]);
    expect(rows).toContainEqual([
      'ru',
      'tour stop',
      'event:talks',
      'note',
      'Почти три часа переговоров, по трое с каждой стороны, в основном о войне в Украине.',
    ]);
    // Every Russian row comes before the first Ukrainian one.
    const langs = rows.slice(1).map((r) => r[0]);
    expect(langs.lastIndexOf('ru')).toBeLessThan(langs.indexOf('uk'));
  });

  it('points an unknown id at its row, and a field an item has not at its cell', () => {
    let { book } = storyToSheets(alaska());
    const eventRow = rowOf(book, 'uk', 'event', 'summary');
    const placeRow = rowOf(book, 'ru', 'place', 'name');
    book = edit(book, TEXTS_SHEET, eventRow, 'ID', 'nowhere');
    book = edit(book, TEXTS_SHEET, placeRow, 'Field', 'title');
    const lines = checkSheets(book).problems.map(describeProblem);
    expect(lines).toContain(`${TEXTS_SHEET}, row ${eventRow}: no event "nowhere"`);
    expect(lines).toContain(
      `${TEXTS_SHEET}, row ${placeRow}, Field: "title" is not a text of a place; write name or kind or description`,
    );
  });

  it('refuses a text given twice and an item it does not know, and names a bad language', () => {
    let { book } = storyToSheets(alaska());
    const first = rowOf(book, 'ru', 'story', 'title');
    const second = rowOf(book, 'ru', 'story', 'subtitle');
    book = edit(book, TEXTS_SHEET, second, 'Field', 'title');
    const intro = rowOf(book, 'ru', 'story', 'intro');
    book = edit(book, TEXTS_SHEET, intro, 'Item', 'chapter');
    const uk = rowOf(book, 'uk', 'story', 'title');
    book = edit(book, TEXTS_SHEET, uk, 'Language', 'not a language');
    const lines = checkSheets(book).problems.map(describeProblem);
    expect(lines).toContain(
      `${TEXTS_SHEET}, row ${second}, Text: this text is given twice (also in row ${first})`,
    );
    expect(lines).toContain(
      `${TEXTS_SHEET}, row ${intro}, Item: "chapter": write one of story, event, place, person, quote, route, side, tour stop`,
    );
    expect(lines).toContain(
      `${TEXTS_SHEET}, row ${uk}: "not a language" is not a BCP 47 language tag (e.g. "ru", "uk")`,
    );
  });
});
