import { unzipSync } from 'fflate';
import { MAX_STORY_BYTES, parseStoryData } from '../../data/load';
import { formatProblem } from '../../data/problems';
import type { StoryData } from '../mapping';
import { headerKey, LIST_SHEETS, SHEET_NAMES } from '../sheets';
import type { Table, Workbook } from '../workbook';
import { readDelimited } from './csv';
import { formatBytes, MAX_EXPANDED_BYTES, MAX_FILE_BYTES, RefusedFile } from './limits';
import { storyWorkbook } from './template';
import {
  isTimelineJs,
  isTimelineJsSheet,
  timelineJsSheetToStory,
  timelineJsToStory,
} from './timelinejs';
import { readXlsx } from './xlsxRead';

/** A file handed to the Studio: its name and bytes. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What an import gives: whole workbook, or sheets that replace those of the same name. */
export interface Imported {
  readonly book: Workbook;
  /** True when the sheets replace the whole draft (a workbook or a story file). */
  readonly whole: boolean;
  /** Things the reader should know (fields that do not map, ignored files). */
  readonly warnings: readonly string[];
}

const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Reads dropped or chosen files: one .xlsx workbook, one story or TimelineJS .json file, or CSV/TSV
 * files (or a zip of them) named after their sheets. Throws {@link RefusedFile} with a reason.
 */
export function importFiles(files: readonly InputFile[]): Imported {
  if (files.length === 0) throw new RefusedFile('no file');
  for (const f of files) {
    if (f.bytes.byteLength > MAX_FILE_BYTES) {
      throw new RefusedFile(
        `${f.name} is ${formatBytes(f.bytes.byteLength)}; files are limited to ${formatBytes(MAX_FILE_BYTES)}`,
      );
    }
  }
  const first = files[0];
  if (files.length === 1 && first) {
    const kind = sniff(first);
    if (kind === 'xlsx') {
      return { book: readXlsx(first.bytes), whole: true, warnings: [] };
    }
    if (kind === 'json') return importJson(first);
    if (kind === 'zip') return importCsvs(unzipCsvs(first.bytes));
    if (kind === 'xls' || kind === 'ods' || kind === 'numbers') {
      throw new RefusedFile(`${first.name}: save it as .xlsx or CSV first (File › Save as)`);
    }
  }
  return importCsvs(files);
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;
const PK_WORKBOOK = new TextEncoder().encode('xl/workbook.xml');

/** The file's kind by its name, or by its first bytes when the name says nothing. */
function sniff(file: InputFile): string {
  const kind = ext(file.name);
  if (['xlsx', 'json', 'zip', 'csv', 'tsv', 'txt', 'xls', 'ods', 'numbers'].includes(kind))
    return kind;
  const b = file.bytes;
  if (isZip(b)) return containsBytes(b, PK_WORKBOOK) ? 'xlsx' : 'zip';
  const start = new TextDecoder()
    .decode(b.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('{')) return 'json';
  return start.includes('\t') ? 'tsv' : 'csv';
}

/** True when a zip's (uncompressed) names contain the bytes, e.g. a workbook's part name. */
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function importJson(file: InputFile): Imported {
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
  if (text.length > MAX_STORY_BYTES) throw new RefusedFile(`${file.name} is too large`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RefusedFile(`${file.name} is not valid JSON (${(error as Error).message})`);
  }
  if (isTimelineJs(value)) {
    const { story, warnings } = timelineJsToStory(value);
    const { book, warnings: more } = storyWorkbook(story);
    return { book, whole: true, warnings: [...warnings, ...more] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const checked = parseStoryData(text);
    throw new RefusedFile(
      `${file.name}: ${checked.ok ? 'not a story' : checked.problems.map(formatProblem).join('; ')}`,
    );
  }
  // A story with problems is still imported: the problems then show located in the sheets.
  const { book, warnings } = storyWorkbook(value as StoryData);
  return { book, whole: true, warnings };
}

function unzipCsvs(bytes: Uint8Array): InputFile[] {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (!/\.(csv|tsv|txt)$/i.test(file.name) || file.name.startsWith('__MACOSX')) return false;
        declared += file.originalSize;
        if (declared > MAX_EXPANDED_BYTES) {
          throw new RefusedFile(
            `the zip would expand to more than ${formatBytes(MAX_EXPANDED_BYTES)}; refused (is it a zip bomb?)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(`not a readable zip file (${(error as Error).message})`);
  }
  return Object.entries(files).map(([name, data]) => ({ name, bytes: data }));
}

function importCsvs(files: readonly InputFile[]): Imported {
  const sheets: Table[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const kind = sniff(file);
    if (!['csv', 'tsv', 'txt'].includes(kind)) {
      warnings.push(`${file.name}: not a CSV, TSV, .xlsx or .json file; ignored`);
      continue;
    }
    const text = new TextDecoder().decode(file.bytes);
    const table = readDelimited(text, '', kind === 'tsv' ? '\t' : undefined);
    if (files.length === 1 && isTimelineJsSheet(table)) {
      const { story, warnings: notes } = timelineJsSheetToStory(table);
      const { book, warnings: more } = storyWorkbook(story);
      return { book, whole: true, warnings: [...notes, ...more] };
    }
    const name = sheetFromFileName(file.name) ?? guessSheet(table);
    if (!name) {
      warnings.push(
        `${file.name}: cannot tell which sheet it is; name the file after its sheet (e.g. Events.csv)`,
      );
      continue;
    }
    if (name === 'Read me') continue;
    sheets.push({ name, rows: table.rows });
  }
  if (sheets.length === 0) throw new RefusedFile(warnings.join('; ') || 'nothing to import');
  return { book: { sheets }, whole: false, warnings };
}

/** `Alaska - Events.csv` → Events (the longest sheet name the file name contains). */
export function sheetFromFileName(fileName: string): string | undefined {
  const base = fileName
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase();
  const names = [...SHEET_NAMES, 'Read me'].sort((a, b) => b.length - a.length);
  return names.find((n) => new RegExp(`(^|[^a-z])${n.toLowerCase()}($|[^a-z])`).test(base));
}

/** The sheet whose columns best match a table's header row, when at least two match. */
export function guessSheet(table: Table): string | undefined {
  const header = (table.rows[0] ?? []).map((c) => headerKey(String(c ?? '')));
  if (headerKey(String(table.rows[0]?.[0] ?? '')) === 'field' && header.includes('value'))
    return 'Story';
  let best: { name: string; score: number } | undefined;
  for (const spec of LIST_SHEETS) {
    const score = spec.columns.filter((c) => header.includes(headerKey(c.header))).length;
    // Ties go to the sheet with fewer columns: its header is matched more completely.
    if (score >= 2 && (!best || score > best.score)) best = { name: spec.name, score };
  }
  return best?.name;
}
