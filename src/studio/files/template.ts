import { zipSync } from 'fflate';
import { type StoryData, storyToSheets } from '../mapping';
import { LIST_SHEETS, STORY_FIELDS } from '../sheets';
import { TEXTS_SPEC } from '../textsSheet';
import type { Cell, Table, Workbook } from '../workbook';
import { writeCsv } from './csv';
import { writeXlsx } from './xlsxWrite';

/** The "Read me" sheet: every sheet and column, with what to write in it. */
export function readMeTable(): Table {
  const rows: Cell[][] = [['Sheet', 'Column', 'What to write']];
  rows.push([
    'Story',
    '',
    'One row per field: the Field column names it, the Value column holds it. Every other sheet has one row per item. Lists of IDs are comma-separated. Times without an offset are read in the story’s time zone; write dates as YYYY-MM-DD.',
  ]);
  for (const f of STORY_FIELDS) rows.push(['Story', f.header, f.note]);
  for (const sheet of [...LIST_SHEETS, TEXTS_SPEC]) {
    rows.push([sheet.name, '', sheet.note]);
    for (const col of sheet.columns) rows.push([sheet.name, col.header, col.note]);
  }
  return { name: 'Read me', rows };
}

/** A story as a workbook, with the "Read me" sheet first. */
export function storyWorkbook(story: StoryData): { book: Workbook; warnings: readonly string[] } {
  const { book, warnings } = storyToSheets(story);
  return { book: { ...book, sheets: [readMeTable(), ...book.sheets] }, warnings };
}

/** The story as an .xlsx file. */
export function storyXlsx(story: StoryData): Uint8Array {
  return writeXlsx(storyWorkbook(story).book);
}

/** The story as a zip of CSV files, one per sheet (`Events.csv`…), UTF-8 with a BOM for Excel. */
export function storyCsvZip(story: StoryData): Uint8Array {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const table of storyWorkbook(story).book.sheets) {
    files[`${table.name}.csv`] = enc.encode(`\uFEFF${writeCsv(table)}`);
  }
  return zipSync(files, { level: 6 });
}
