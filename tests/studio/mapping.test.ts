import { describe, expect, it } from 'vitest';
import { checkSheets } from '../../src/studio/check';
import { storyToSheets } from '../../src/studio/mapping';
import { describeProblem } from '../../src/studio/workbook';
import { alaska, edit } from './helpers';

describe('story ↔ sheets', () => {
  it('reads back the Alaska story it wrote, field for field', () => {
    const story = alaska();
    const { book, warnings } = storyToSheets(story);
    expect(warnings).toEqual([]);
    const checked = checkSheets(book);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual(story);
  });

  it('writes times in the story’s zone and words a non-programmer reads', () => {
    const events = storyToSheets(alaska()).book.sheets.find((s) => s.name === 'Events');
    expect(events?.rows[0]).toContain('Start time');
    expect(events?.rows[0]).toContain('± minutes');
    expect(events?.rows[1]?.[2]).toBe('2025-08-15 10:20');
    expect(events?.rows[1]?.[5]).toBe('approximate');
  });

  it('locates every problem by sheet, row and column', () => {
    let { book } = storyToSheets(alaska());
    book = edit(book, 'Events', 7, 'Start time', 'half past ten');
    book = edit(book, 'Events', 3, 'Place IDs', 'jber, nowhere');
    book = edit(book, 'Places', 4, 'Latitude', '61,2');
    book = edit(book, 'Quotes', 2, 'Speaker ID', 'nobody');
    const lines = checkSheets(book).problems.map(describeProblem);
    expect(lines).toContain(
      'Events, row 7, Start time: not a time; write e.g. 2025-08-15 10:20, or 2025-08-15T10:20:00-08:00 with an offset',
    );
    expect(lines).toContain(
      'Places, row 4, Latitude: "61,2" is not a number (use a point for decimals)',
    );
    expect(
      lines.some((l) => l.startsWith('Events, row 3, Place IDs: ') && l.includes('nowhere')),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('Quotes, row 2, Speaker ID: ') && l.includes('nobody')),
    ).toBe(true);
    const p = checkSheets(book).problems.find((x) => x.column === 'Latitude');
    expect(p?.col).toBe(2);
  });

  it('reports a missing value at its cell and a missing sheet by name', () => {
    let { book } = storyToSheets(alaska());
    book = edit(book, 'Events', 2, 'Title', null);
    const checked = checkSheets(book);
    expect(checked.story).toBeNull();
    expect(checked.problems.map(describeProblem)).toContain(
      'Events, row 2, Title: is missing (expected string)',
    );
    const noStory = checkSheets({ sheets: book.sheets.filter((s) => s.name !== 'Story') });
    expect(noStory.problems.map(describeProblem)[0]).toMatch(
      /^Story: the workbook has no Story sheet/,
    );
  });

  it('keeps fields the schema will gain (quote language, translations, printed wordings)', () => {
    let { book } = storyToSheets(alaska());
    book = edit(book, 'Quotes', 2, 'Language', 'en');
    book = {
      sheets: book.sheets.map((s) =>
        s.name === 'Translations'
          ? {
              name: s.name,
              rows: [
                ...s.rows,
                ['q-very-profound', 'ru', 'очень глубокий', 'press', null, 'article'],
              ],
            }
          : s,
      ),
    };
    const checked = checkSheets(book);
    expect(checked.problems).toEqual([]);
    const quote = (checked.data.quotes as Record<string, unknown>[])[0];
    expect(quote?.lang).toBe('en');
    expect(quote?.translations).toEqual([
      { lang: 'ru', text: 'очень глубокий', kind: 'press', sourceIds: ['article'] },
    ]);
    // …and writes them back into the same sheets.
    const again = storyToSheets(checked.data);
    expect(again.warnings).toEqual([]);
    expect(checkSheets(again.book).data).toEqual(checked.data);
  });

  it('reports a translation whose quote does not exist', () => {
    let { book } = storyToSheets(alaska());
    // The new row's number on the sheet: its header is row 1, so it follows the rows there are.
    let row = 0;
    book = {
      sheets: book.sheets.map((s) => {
        if (s.name !== 'Translations') return s;
        row = s.rows.length + 1;
        return {
          name: s.name,
          rows: [...s.rows, ['q-nope', 'ru', 'да', 'press', null, 'article']],
        };
      }),
    };
    expect(checkSheets(book).problems.map(describeProblem)).toContain(
      `Translations, row ${row}, Quote ID: no quote "q-nope" on the Quotes sheet`,
    );
  });

  it('ignores unknown columns and sheets with a warning, and a date alone means "day only"', () => {
    let { book } = storyToSheets(alaska());
    book = { sheets: [...book.sheets, { name: 'Scratch', rows: [['x']] }] };
    book = edit(book, 'Events', 2, 'Start time', '2025-08-15');
    book = edit(book, 'Events', 2, 'End time', null);
    book = edit(book, 'Events', 2, 'How exact', null);
    const checked = checkSheets(book);
    expect(checked.problems.map(describeProblem)).toEqual([
      'Scratch: not a Dayline sheet; ignored',
    ]);
    const event = (checked.data.events as Record<string, unknown>[])[0];
    expect(event?.start).toBe('2025-08-15T00:00:00-08:00');
    expect(event?.precision).toBe('day');
  });
});
