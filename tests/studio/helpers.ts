import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { StoryData } from '../../src/studio/mapping';
import { setCell, type Workbook } from '../../src/studio/workbook';

/** The Alaska summit story, as the file holds it. */
export function alaska(): StoryData {
  return JSON.parse(readFileSync('data/alaska-summit-2025.json', 'utf8')) as StoryData;
}

/** Sets a cell by sheet name, spreadsheet row (1 = header) and header text. */
export function edit(
  book: Workbook,
  sheet: string,
  row: number,
  header: string,
  value: string | number | null,
): Workbook {
  const table = book.sheets.find((s) => s.name === sheet);
  if (!table) throw new Error(`no sheet ${sheet}`);
  const col = (table.rows[0] ?? []).indexOf(header);
  if (col < 0) throw new Error(`no column ${header} on ${sheet}`);
  return setCell(book, sheet, row - 1, col, value);
}

/** Replaces parts of a zip (e.g. one worksheet's XML), keeping the others. */
export function patchZip(bytes: Uint8Array, parts: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files);
}
