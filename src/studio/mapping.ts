import {
  type ColumnSpec,
  headerKey,
  LIST_SHEETS,
  type ListSheetSpec,
  PRECISION_WORDS,
  STORY_FIELDS,
  STORY_HEADERS,
} from './sheets';
import { TEXTS_SHEET, TEXTS_SPEC, type TextRow, textsFromRows, textsToTable } from './textsSheet';
import { formatTimeCell, parseTimeCell, type TimeContext } from './times';
import {
  type Cell,
  type CellRef,
  findSheet,
  isBlank,
  type SheetProblem,
  type Table,
  type Workbook,
} from './workbook';

/** A story as plain JSON data, before it is checked. */
export type StoryData = Record<string, unknown>;

/** What reading a workbook gives: the story data, what is wrong, and where each item came from. */
export interface SheetsToStory {
  readonly story: StoryData;
  readonly problems: readonly SheetProblem[];
  /** Finds the cell behind a JSON path such as `events[3].placeIds[1]`. */
  locate(path: string): CellRef | undefined;
}

type Item = Record<string, unknown>;

/** Reads a workbook in the template's shape into story data. Never throws. */
export function sheetsToStory(book: Workbook): SheetsToStory {
  const problems: SheetProblem[] = [];
  const places = new Places();
  const error = (ref: CellRef, message: string) =>
    problems.push({ ...ref, message, level: 'error' });
  const warn = (ref: CellRef, message: string) =>
    problems.push({ ...ref, message, level: 'warning' });

  const story: StoryData = { version: 1 };
  const storySheet = findSheet(book, 'Story');
  if (!storySheet) error({ sheet: 'Story' }, 'the workbook has no Story sheet (title, time zone…)');
  else readStorySheet(storySheet, story, places, error, warn);

  const ctx: TimeContext = {
    zone: typeof story.timezone === 'string' ? story.timezone : undefined,
    date: typeof story.date === 'string' ? story.date : undefined,
    date1904: book.date1904,
  };
  const quotesById = new Map<string, { index: number; item: Item }>();
  for (const spec of LIST_SHEETS) {
    const table = findSheet(book, spec.name);
    if (spec.parent) {
      if (table) readChildSheet(spec, table, quotesById, ctx, places, error, warn);
      continue;
    }
    const items: Item[] = [];
    if (table) {
      readListSheet(
        spec,
        table,
        ctx,
        (item, row, cols) => {
          const index = items.length;
          items.push(item);
          places.item(spec.list, table.name, spec, cols, row);
          if (spec.list === 'quotes' && typeof item.id === 'string' && !quotesById.has(item.id)) {
            quotesById.set(item.id, { index, item });
          }
        },
        error,
        warn,
      );
    }
    // Lists the format requires are always written; the others only when they have rows.
    if (
      items.length > 0 ||
      ['events', 'places', 'people', 'quotes', 'sources'].includes(spec.list)
    ) {
      story[spec.list] = items;
    }
  }
  const textsTable = findSheet(book, TEXTS_SHEET);
  if (textsTable) {
    const rows: { row: TextRow; at: number; cols: Map<ColumnSpec, number> }[] = [];
    readListSheet(
      TEXTS_SPEC,
      textsTable,
      ctx,
      (item, at, cols) => rows.push({ row: item, at, cols }),
      error,
      warn,
    );
    const texts = textsFromRows(
      rows,
      textsTable.name,
      // The first row of a language or an item is where a problem with all of it is shown.
      (path, ref) => {
        if (!places.has(path)) places.set(path, ref);
      },
      error,
      warn,
    );
    if (texts) story.texts = texts;
  }
  for (const table of book.sheets) {
    const known = ['Story', ...LIST_SHEETS.map((s) => s.name), TEXTS_SHEET, 'Read me'];
    if (!known.some((k) => k.toLowerCase() === table.name.trim().toLowerCase())) {
      warn({ sheet: table.name }, 'not a Dayline sheet; ignored');
    }
  }
  return { story, problems, locate: (path) => places.locate(path) };
}

interface ListPlaces {
  readonly sheet: string;
  /** Spreadsheet row of each item, by index in the list. */
  readonly rows: number[];
  /** Column header and position of each field. */
  readonly cols: ReadonlyMap<string, { header: string; col: number | undefined }>;
}

/**
 * Where each part of the story came from. Rows are kept per list (one number per item), not per
 * cell, so that a 10,000-row sheet costs 10,000 numbers rather than 100,000 objects.
 */
class Places {
  private readonly fixed = new Map<string, CellRef>();
  private readonly lists = new Map<string, ListPlaces>();

  set(path: string, ref: CellRef) {
    this.fixed.set(path, ref);
  }

  has(path: string) {
    return this.fixed.has(path);
  }

  /**
   * Records the row of the next item of the list at `listPath` (e.g. `events`,
   * `quotes[2].translations`); its fields' cells follow from the sheet's columns.
   */
  item(
    listPath: string,
    sheet: string,
    spec: ListSheetSpec,
    cols: ReadonlyMap<ColumnSpec, number>,
    row: number,
  ) {
    let list = this.lists.get(listPath);
    if (!list) {
      const byField = new Map<string, { header: string; col: number | undefined }>();
      for (const column of spec.columns)
        byField.set(column.field, { header: column.header, col: cols.get(column) });
      list = { sheet, rows: [], cols: byField };
      this.lists.set(listPath, list);
    }
    list.rows.push(row);
    return list.rows.length - 1;
  }

  /** The cell behind a JSON path, or the nearest row or sheet that holds it. */
  locate(path: string): CellRef | undefined {
    let p = path;
    for (;;) {
      const found = this.fixed.get(p);
      if (found) return found;
      const m = /^(.+)\[(\d+)\](?:\.([\w$]+))?$/.exec(p);
      const inList = m ? this.lists.get(m[1] ?? '') : undefined;
      if (m && inList) {
        const row = inList.rows[Number(m[2])];
        if (row !== undefined) {
          const field = m[3] === undefined ? undefined : inList.cols.get(m[3]);
          return field
            ? { sheet: inList.sheet, row, column: field.header, col: field.col }
            : { sheet: inList.sheet, row };
        }
      }
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return undefined;
      p = p.slice(0, cut);
    }
  }
}

type Report = (ref: CellRef, message: string) => void;

function readStorySheet(
  table: Table,
  story: StoryData,
  places: Places,
  error: Report,
  warn: Report,
) {
  const seen = new Set<string>();
  table.rows.forEach((cells, r) => {
    if (r === 0) return;
    const [name, value] = cells;
    if (isBlank(name) && isBlank(value)) return;
    const ref: CellRef = { sheet: table.name, row: r + 1, column: 'Value', col: 1 };
    const spec = STORY_FIELDS.find((f) => headerKey(f.header) === headerKey(String(name ?? '')));
    if (!spec) {
      warn(
        { ...ref, column: 'Field', col: 0 },
        `"${String(name ?? '')}" is not a story field; ignored`,
      );
      return;
    }
    if (seen.has(spec.field)) {
      error({ ...ref, column: 'Field', col: 0 }, `${spec.header} is given twice`);
      return;
    }
    seen.add(spec.field);
    places.set(spec.field, { ...ref, column: spec.header });
    const read = readCell(spec, value ?? null, { zone: undefined, date: undefined });
    if ('error' in read) error({ ...ref, column: spec.header }, read.error);
    else if (read.value !== undefined) story[spec.field] = read.value;
  });
  for (const spec of STORY_FIELDS) {
    if (!places.has(spec.field)) places.set(spec.field, { sheet: table.name, column: spec.header });
  }
}

/** Maps each header to its column spec; reports unknown and repeated headers. */
function readHeaders(spec: ListSheetSpec, table: Table, error: Report, warn: Report) {
  const cols = new Map<ColumnSpec, number>();
  const header = table.rows[0] ?? [];
  header.forEach((cell, col) => {
    if (isBlank(cell)) return;
    const key = headerKey(String(cell));
    const column = spec.columns.find((c) => headerKey(c.header) === key);
    const ref: CellRef = { sheet: table.name, row: 1, column: String(cell), col };
    if (!column) warn(ref, `"${String(cell)}" is not a column Dayline knows; ignored`);
    else if (cols.has(column)) error(ref, `the column ${column.header} appears twice`);
    else cols.set(column, col);
  });
  return cols;
}

function readListSheet(
  spec: ListSheetSpec,
  table: Table,
  ctx: TimeContext,
  add: (item: Item, row: number, cols: Map<ColumnSpec, number>) => void,
  error: Report,
  warn: Report,
) {
  const cols = readHeaders(spec, table, error, warn);
  for (let r = 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const item: Item = {};
    let dateOnly = false;
    for (const column of spec.columns) {
      const col = cols.get(column);
      const cell = col === undefined ? null : (cells[col] ?? null);
      const read = readCell(column, cell, ctx);
      if ('error' in read) {
        error({ sheet: table.name, row: r + 1, column: column.header, col }, read.error);
        continue;
      }
      if (read.dateOnly && column.field === 'start') dateOnly = true;
      if (read.value !== undefined) item[column.field] = read.value;
    }
    // A start given as a date alone means the day is all that is known.
    if (dateOnly && item.precision === undefined) item.precision = 'day';
    add(item, r + 1, cols);
  }
}

function readChildSheet(
  spec: ListSheetSpec,
  table: Table,
  quotes: Map<string, { index: number; item: Item }>,
  ctx: TimeContext,
  places: Places,
  error: Report,
  warn: Report,
) {
  const parentColumn = spec.columns[0];
  if (!parentColumn) return;
  readListSheet(
    spec,
    table,
    ctx,
    (item, row, cols) => {
      const parentCol = cols.get(parentColumn);
      const parentId = item[''];
      delete item[''];
      const ref: CellRef = { sheet: table.name, row, column: parentColumn.header, col: parentCol };
      if (typeof parentId !== 'string') {
        error(ref, 'is empty: which quote is this for?');
        return;
      }
      const parent = quotes.get(parentId);
      if (!parent) {
        error(ref, `no quote "${parentId}" on the Quotes sheet`);
        return;
      }
      const list = (parent.item[spec.list] as Item[] | undefined) ?? [];
      parent.item[spec.list] = list;
      list.push(item);
      places.item(`quotes[${parent.index}].${spec.list}`, table.name, spec, cols, row);
    },
    error,
    warn,
  );
}

type Read = { value: unknown; dateOnly?: boolean } | { error: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Reads one cell for one column. Empty cells mean "not given" (an empty list for lists). */
export function readCell(column: ColumnSpec, cell: Cell, ctx: TimeContext): Read {
  if (isBlank(cell)) return { value: column.alwaysList ? [] : undefined };
  const c = cell as string | number | boolean;
  switch (column.kind) {
    case 'text':
      return { value: typeof c === 'string' ? c : String(c) };
    case 'id':
      return { value: String(c).trim() };
    case 'number': {
      if (typeof c === 'number') return { value: c };
      const t = String(c).trim();
      if (typeof c === 'string' && NUMBER.test(t)) return { value: Number(t) };
      return {
        error: `"${t}" is not a number${t.includes(',') ? ' (use a point for decimals)' : ''}`,
      };
    }
    case 'bool': {
      if (typeof c === 'boolean') return { value: c };
      const t = String(c).trim().toLowerCase();
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { error: `"${String(c)}": write yes or no (or leave it empty)` };
    }
    case 'ids':
      return {
        value: String(c)
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'time': {
      if (typeof c === 'boolean') return { error: 'not a time' };
      const t = parseTimeCell(c, ctx);
      return t.ok ? { value: t.iso, dateOnly: t.dateOnly } : { error: t.message };
    }
    case 'precision': {
      const t = String(c).trim().toLowerCase();
      const found = Object.entries(PRECISION_WORDS).find(
        ([key, words]) => t === key || t === words,
      );
      return found
        ? { value: found[0] }
        : { error: `"${String(c)}": write one of ${Object.values(PRECISION_WORDS).join(', ')}` };
    }
    case 'points': {
      const points: [number, number][] = [];
      for (const part of String(c).split(/[;\n]/)) {
        if (!part.trim()) continue;
        const nums = part.trim().split(/[\s,]+/);
        if (nums.length !== 2 || !nums.every((n) => NUMBER.test(n))) {
          return { error: `"${part.trim()}" is not a point; write "lat lon; lat lon"` };
        }
        points.push([Number(nums[0]), Number(nums[1])]);
      }
      return { value: points };
    }
    case 'moment':
      return readMoment(c, ctx);
  }
}

const EVENT_MOMENT = /^event[:\s]+(\S+)$/i;

/** A route's departure or arrival: `event ID`, or a time with an optional `± minutes`. */
function readMoment(c: string | number | boolean, ctx: TimeContext): Read {
  if (typeof c === 'boolean') return { error: 'not a time' };
  const text = String(c).trim();
  const byEvent = EVENT_MOMENT.exec(text);
  if (byEvent) return { value: { eventId: byEvent[1] } };
  const [time = '', approx, ...rest] = typeof c === 'number' ? [c] : text.split('±');
  if (rest.length > 0) return { error: `"${text}": write one "±" at the most` };
  const t = parseTimeCell(typeof time === 'number' ? time : time.trim(), ctx);
  if (!t.ok) return { error: `${t.message} (or write "event ID")` };
  if (approx === undefined) return { value: { time: t.iso } };
  const minutes = String(approx).trim();
  if (!NUMBER.test(minutes)) return { error: `"${minutes}" after "±" is not a number of minutes` };
  return { value: { time: t.iso, approx: Number(minutes) } };
}

/** Writes a route's departure or arrival, the inverse of {@link readMoment}. */
function writeMoment(value: unknown, ctx: TimeContext): Cell {
  if (typeof value !== 'object' || value === null) return String(value);
  const moment = value as { eventId?: unknown; time?: unknown; approx?: unknown };
  if (typeof moment.eventId === 'string') return `event ${moment.eventId}`;
  if (typeof moment.time !== 'string') return JSON.stringify(value);
  const time = formatTimeCell(moment.time, ctx);
  return typeof moment.approx === 'number' ? `${time} ± ${moment.approx}` : time;
}

/** Writes one value into a cell, the inverse of {@link readCell}. */
export function writeCell(column: ColumnSpec, value: unknown, ctx: TimeContext): Cell {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'bool':
      return value === true ? 'yes' : value === false ? 'no' : String(value);
    case 'ids':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'time':
      return typeof value === 'string' ? formatTimeCell(value, ctx) : String(value);
    case 'precision':
      return PRECISION_WORDS[String(value)] ?? String(value);
    case 'points':
      return Array.isArray(value)
        ? value.map((p) => (Array.isArray(p) ? p.join(' ') : String(p))).join('; ')
        : String(value);
    case 'moment':
      return writeMoment(value, ctx);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** What writing a story into sheets gives: the workbook, and any field no column can hold. */
export interface StoryToSheets {
  readonly book: Workbook;
  readonly warnings: readonly string[];
}

/** Writes story data into the template's sheets, one row per item. */
export function storyToSheets(story: StoryData): StoryToSheets {
  const warnings: string[] = [];
  const ctx: TimeContext = {
    zone: typeof story.timezone === 'string' ? story.timezone : undefined,
    date: typeof story.date === 'string' ? story.date : undefined,
  };
  const storyRows: Cell[][] = [[...STORY_HEADERS]];
  for (const spec of STORY_FIELDS) {
    const value = story[spec.field];
    if (value === undefined && spec.field === '$schema') continue;
    storyRows.push([spec.header, writeCell(spec, value, ctx), spec.note]);
  }
  const storyKnown = new Set([
    'version',
    ...STORY_FIELDS.map((f) => f.field),
    ...LIST_SHEETS.map((s) => s.list),
    'texts',
  ]);
  for (const key of Object.keys(story)) {
    if (!storyKnown.has(key))
      warnings.push(`the story field "${key}" has no place in the workbook`);
  }
  const sheets: Table[] = [{ name: 'Story', rows: storyRows }];
  const quotes = Array.isArray(story.quotes) ? (story.quotes as Item[]) : [];
  for (const spec of LIST_SHEETS) {
    const rows: Cell[][] = [spec.columns.map((c) => c.header)];
    const known = new Set(spec.columns.map((c) => c.field));
    const writeItem = (item: Item, where: string, parentId?: unknown) => {
      rows.push(
        spec.columns.map((c) =>
          c.field === '' ? String(parentId) : writeCell(c, item[c.field], ctx),
        ),
      );
      for (const key of Object.keys(item)) {
        if (
          !known.has(key) &&
          !(spec.list === 'quotes' && (key === 'translations' || key === 'printed'))
        ) {
          warnings.push(`${where} has a field "${key}" the workbook has no column for`);
        }
      }
    };
    if (spec.parent) {
      quotes.forEach((quote, q) => {
        const children = quote[spec.list];
        if (Array.isArray(children)) {
          children.forEach((child: Item, k) => {
            writeItem(child, `quotes[${q}].${spec.list}[${k}]`, quote.id);
          });
        }
      });
    } else {
      const items = story[spec.list];
      if (Array.isArray(items))
        items.forEach((item: Item, i) => {
          writeItem(item, `${spec.list}[${i}]`);
        });
    }
    sheets.push({ name: spec.name, rows });
  }
  sheets.push(textsToTable(story.texts, warnings));
  return { book: { sheets }, warnings };
}
