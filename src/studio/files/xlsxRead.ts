import { unzipSync } from 'fflate';
import { decode as decodeEntities, Parser } from 'saxen';
import type { Cell, Table, Workbook } from '../workbook';
import {
  formatBytes,
  MAX_COLUMNS,
  MAX_EXPANDED_BYTES,
  MAX_FILE_BYTES,
  MAX_ROWS,
  RefusedFile,
} from './limits';
import { decodeXString } from './xmlText';

/**
 * Reads an .xlsx workbook's cells. Formulas are never evaluated: a formula cell gives the value
 * the spreadsheet saved with it, or nothing. Cells formatted as dates come back as local
 * date-time text (`2025-08-15 10:20`), which the time columns then read in the story's zone.
 * Throws {@link RefusedFile} for files that are too large, expand too far or are not workbooks.
 */
export function readXlsx(
  bytes: Uint8Array,
  limits = { maxExpanded: MAX_EXPANDED_BYTES },
): Workbook {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new RefusedFile(
      `the file is ${formatBytes(bytes.byteLength)}; workbooks are limited to ${formatBytes(MAX_FILE_BYTES)}`,
    );
  }
  const parts = unzipParts(bytes, limits.maxExpanded);
  const text = (path: string) => {
    const part = parts[path];
    return part ? new TextDecoder().decode(part) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  if (!workbookXml) throw new RefusedFile('not an Excel workbook (no xl/workbook.xml inside)');
  const { sheets, date1904 } = readWorkbookXml(workbookXml);
  const targets = readRels(text('xl/_rels/workbook.xml.rels') ?? '');
  const strings = readSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const styles = readStyles(text('xl/styles.xml') ?? '');
  const tables: Table[] = [];
  for (const sheet of sheets) {
    const target = targets.get(sheet.rid);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const xml = text(path);
    if (xml === undefined) continue;
    tables.push({ name: sheet.name, rows: readSheetXml(xml, strings, styles, date1904) });
  }
  return { sheets: tables, date1904 };
}

/** Only the parts a workbook's cells need; their declared sizes are checked before inflating. */
function unzipParts(bytes: Uint8Array, maxExpanded: number): Record<string, Uint8Array> {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        const wanted =
          file.name === 'xl/workbook.xml' ||
          file.name === 'xl/_rels/workbook.xml.rels' ||
          file.name === 'xl/sharedStrings.xml' ||
          file.name === 'xl/styles.xml' ||
          /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
        if (!wanted) return false;
        declared += file.originalSize;
        if (declared > maxExpanded) {
          throw new RefusedFile(
            `the workbook would expand to more than ${formatBytes(maxExpanded)}; refused (is it a zip bomb?)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(
      `not a readable .xlsx workbook (${String((error as Error).message ?? error)})`,
    );
  }
  return files;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** An element's attributes as written: read them through {@link attr}, which decodes entities. */
type Attrs = () => Record<string, string>;

/** One attribute's value, its entities (`&amp;`) decoded. */
function attr(attrs: Record<string, string>, key: string): string | undefined {
  const v = attrs[key];
  return v?.includes('&') ? decodeEntities(v) : v;
}

/**
 * Streams the XML's elements to `open` and `close`. Text goes to `onText` undecoded, with the
 * decoder: a sheet is mostly whitespace and values that need none, and decoding every piece of it
 * would cost more than the rest of the reading.
 */
function parse(
  xml: string,
  open: (name: string, attrs: Attrs, selfClosing: boolean) => void,
  close: (name: string) => void = () => {},
  onText?: (text: string, decode: (text: string) => string) => void,
) {
  if (!xml.trim()) return;
  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    const bare = local(name);
    open(bare, attrs, selfClosing);
    if (selfClosing) close(bare);
  });
  parser.on('closeTag', (name) => close(local(name)));
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', (t) => onText(t, keep));
  }
  parser.on('error', (error) => {
    throw new RefusedFile(`the workbook's XML is broken (${error.message})`);
  });
  parser.parse(xml);
}

const keep = (text: string) => text;

function readWorkbookXml(xml: string) {
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  parse(xml, (name, attrs) => {
    if (name === 'sheet') {
      const a = attrs();
      sheets.push({ name: attr(a, 'name') ?? '', rid: attr(a, 'r:id') ?? '' });
    }
    if (name === 'workbookPr' && /^(1|true)$/.test(attr(attrs(), 'date1904') ?? ''))
      date1904 = true;
  });
  return { sheets, date1904 };
}

function readRels(xml: string) {
  const targets = new Map<string, string>();
  parse(xml, (name, attrs) => {
    if (name !== 'Relationship') return;
    const a = attrs();
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    if (id && target) targets.set(id, target);
  });
  return targets;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let skip = 0;
  parse(
    xml,
    (name) => {
      if (name === 'si') current = '';
      // Phonetic guides (rPh) repeat the text's reading; they are not part of the value.
      else if (name === 'rPh') skip++;
      else if (name === 't' && !skip) inText = true;
    },
    (name) => {
      if (name === 'si') {
        strings.push(decodeXString(current ?? ''));
        current = null;
      } else if (name === 'rPh') skip--;
      else if (name === 't') inText = false;
    },
    (t, decode) => {
      if (inText && current !== null) current += decode(t);
    },
  );
  return strings;
}

type DateStyle = 'date' | 'time' | 'datetime';
const BUILTIN_DATES: Record<number, DateStyle> = {
  14: 'date',
  15: 'date',
  16: 'date',
  17: 'date',
  18: 'time',
  19: 'time',
  20: 'time',
  21: 'time',
  22: 'datetime',
  45: 'time',
  46: 'time',
  47: 'time',
};

/** What each cell style shows a number as: a date, a time, both, or a plain number. */
function readStyles(xml: string): (DateStyle | undefined)[] {
  const custom = new Map<number, string>();
  const xfs: (DateStyle | undefined)[] = [];
  let inCellXfs = false;
  parse(
    xml,
    (name, attrs) => {
      if (name === 'numFmt') {
        const a = attrs();
        custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(attrs(), 'numFmtId') ?? 0);
        const code = custom.get(id);
        xfs.push(code !== undefined ? classifyFormat(code) : BUILTIN_DATES[id]);
      }
    },
    (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  );
  return xfs;
}

/** Whether a number format code shows a date, a time or both (quoted text and colours aside). */
export function classifyFormat(code: string): DateStyle | undefined {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  const date = /[dy]/i.test(bare);
  const time = /[hs]/i.test(bare);
  const month = /m/i.test(bare);
  if (date && time) return 'datetime';
  if (date || (month && !time)) return 'date';
  if (time) return 'time';
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function serialText(serial: number, style: DateStyle, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.round(serial * 86_400) * 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const s = d.getUTCSeconds();
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${s ? `:${pad(s)}` : ''}`;
  if (style === 'date') return date;
  if (style === 'time' && serial < 1) return clock;
  return `${date} ${clock}`;
}

/** Column index from a reference like `AB12` (0 = A). */
function columnOf(ref: string): number | undefined {
  const m = /^([A-Z]+)\d*$/i.exec(ref);
  if (!m) return undefined;
  let n = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function readSheetXml(
  xml: string,
  strings: readonly string[],
  styles: readonly (DateStyle | undefined)[],
  date1904: boolean,
): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let rowIndex = -1;
  let cell: { col: number; type: string; style: number } | null = null;
  let value: string | null = null;
  let inline: string | null = null;
  let capture: 'v' | 't' | null = null;
  let nextCol = 0;
  parse(
    xml,
    (name, getAttrs) => {
      if (name === 'row') {
        const r = Number(attr(getAttrs(), 'r'));
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        if (rowIndex >= MAX_ROWS) {
          throw new RefusedFile(`a sheet has more than ${MAX_ROWS - 1} rows; refused`);
        }
        row = [];
        nextCol = 0;
      } else if (name === 'c' && row) {
        const attrs = getAttrs();
        const ref = attr(attrs, 'r');
        const col = ref ? (columnOf(ref) ?? nextCol) : nextCol;
        cell = { col, type: attr(attrs, 't') ?? 'n', style: Number(attr(attrs, 's') ?? 0) };
        nextCol = col + 1;
        value = null;
        inline = null;
      } else if (name === 'v' && cell) {
        capture = 'v';
        value = '';
      } else if (name === 't' && cell && cell.type === 'inlineStr') {
        capture = 't';
        inline ??= '';
      }
      // <f> (a formula) is never read: only the value the spreadsheet saved (<v>) counts.
    },
    (name) => {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'c' && cell && row) {
        if (cell.col < MAX_COLUMNS)
          row[cell.col] = cellValue(cell, value, inline, strings, styles, date1904);
        cell = null;
      } else if (name === 'row' && row) {
        for (let i = 0; i < row.length; i++) row[i] ??= null;
        rows[rowIndex] = row;
        row = null;
      }
    },
    (t, decode) => {
      if (capture === 'v') value = (value ?? '') + decode(t);
      else if (capture === 't') inline = (inline ?? '') + decode(t);
    },
  );
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

function cellValue(
  cell: { type: string; style: number },
  value: string | null,
  inline: string | null,
  strings: readonly string[],
  styles: readonly (DateStyle | undefined)[],
  date1904: boolean,
): Cell {
  switch (cell.type) {
    case 'inlineStr':
      return inline === null ? null : decodeXString(inline);
    case 's':
      return value === null ? null : (strings[Number(value)] ?? null);
    case 'str':
      return value === null ? null : decodeXString(value);
    case 'b':
      return value === null ? null : value.trim() === '1';
    case 'e':
      // An error value (#REF!, #DIV/0!) is shown as text so that its cell is reported.
      return value;
    case 'd':
      return value === null ? null : value.replace('T', ' ').replace(/(:\d{2})(\.\d+)?Z?$/, '$1');
    default: {
      if (value === null || value.trim() === '') return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      const style = styles[cell.style];
      return style ? serialText(n, style, date1904) : n;
    }
  }
}
